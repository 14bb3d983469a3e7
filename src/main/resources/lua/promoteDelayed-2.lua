--[[
  promoteDelayed: moves retries whose backoff has elapsed from the delayed set to the queue
  (state stays queued; nextRetryAt is cleared).

  KEYS[1] delayed zset  {docket}:delayed (score: due time)
  KEYS[2] queue list    {docket}:queue
  ARGV[1] now, epoch ms
  ARGV[2] events channel
  ARGV[3] key prefix, e.g. "{docket}:"
  ARGV[4] most jobs to promote in one call

  Returns the number of jobs promoted
]]
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[4]))
for _, id in ipairs(due) do
  local job = ARGV[3] .. 'job:' .. id
  redis.call('ZREM', KEYS[1], id)
  if redis.call('HGET', job, 'state') == 'queued' then
    redis.call('HDEL', job, 'nextRetryAt')
    redis.call('LPUSH', KEYS[2], id)
    local f = redis.call('HMGET', job, 'attempts', 'pagesTotal')
    redis.call('PUBLISH', ARGV[2], cjson.encode({id = id, state = 'queued', progress = 0, pagesDone = 0,
      pagesTotal = tonumber(f[2]), attempts = tonumber(f[1])}))
  end
end
return #due
