--[[
  expireFinished: retention. Finished jobs older than the cutoff are deleted; a tombstone
  {docket}:gone:<id> remains for a while so that the API can answer 410 Gone instead of 404.
  The caller deletes the returned jobs' blobs.

  KEYS[1] completed zset  {docket}:completed
  KEYS[2] failed zset     {docket}:failed
  KEYS[3] cancelled zset  {docket}:cancelled
  ARGV[1] cutoff, epoch ms (finish times at or before it expire)
  ARGV[2] key prefix, e.g. "{docket}:"
  ARGV[3] most jobs to expire in one call
  ARGV[4] tombstone lifetime, seconds

  Returns the expired job ids
]]
local expired = {}
local budget = tonumber(ARGV[3])
for _, set in ipairs(KEYS) do
  if budget <= 0 then break end
  local ids = redis.call('ZRANGEBYSCORE', set, '-inf', ARGV[1], 'LIMIT', 0, budget)
  for _, id in ipairs(ids) do
    redis.call('ZREM', set, id)
    redis.call('DEL', ARGV[2] .. 'job:' .. id)
    redis.call('SET', ARGV[2] .. 'gone:' .. id, ARGV[1], 'EX', tonumber(ARGV[4]))
    table.insert(expired, id)
  end
  budget = budget - #ids
end
return expired
