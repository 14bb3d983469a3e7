--[[
  progress: record a running job's progress and announce it (state stays active).
  Only the lease holder may write: a worker whose lease was lost is refused.

  KEYS[1] job hash      {docket}:job:<id>
  KEYS[2] lease key     {docket}:lease:<id>
  ARGV[1] job id
  ARGV[2] lease token
  ARGV[3] pages done
  ARGV[4] pages total
  ARGV[5] progress, 0-100
  ARGV[6] events channel
  ARGV[7] when the worker reported this page, epoch ms

  Returns  1 recorded
          -2 lease lost (missing or held by another token)
          -3 the job is not active
  Event   {id, state="active", progress, pagesDone, pagesTotal, at} (at = ARGV[7]: lets a subscriber
          measure how long the report took to reach it; bench/http's progress latency)
]]
if redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return -2
end
if redis.call('HGET', KEYS[1], 'state') ~= 'active' then
  return -3
end
redis.call('HSET', KEYS[1], 'pagesDone', ARGV[3], 'pagesTotal', ARGV[4], 'progress', ARGV[5])
redis.call('PUBLISH', ARGV[6], cjson.encode({id = ARGV[1], state = 'active', progress = tonumber(ARGV[5]),
  pagesDone = tonumber(ARGV[3]), pagesTotal = tonumber(ARGV[4]), at = tonumber(ARGV[7])}))
return 1
