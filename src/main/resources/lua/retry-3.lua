--[[
  retry: an operator re-queues a failed job with a fresh attempt budget (state: failed -> queued).

  KEYS[1] job hash     {docket}:job:<id>
  KEYS[2] queue list   {docket}:queue
  KEYS[3] failed zset  {docket}:failed
  ARGV[1] job id
  ARGV[2] events channel
  ARGV[3] attempts allowed from now on (DOCKET_MAX_ATTEMPTS)

  Returns  1 queued
          -1 no such job
          -3 the job has not failed: nothing written
  Event   {id, state="queued", progress=0, pagesDone=0, pagesTotal=0, attempts}
]]
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  return -1
end
if state ~= 'failed' then
  return -3
end
local attempts = tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0')
redis.call('HSET', KEYS[1], 'state', 'queued', 'attemptLimit', attempts + tonumber(ARGV[3]), 'stalledCount', 0,
  'progress', 0, 'pagesDone', 0, 'pagesTotal', 0)
redis.call('HDEL', KEYS[1], 'errorCode', 'errorMessage', 'finishedAt', 'nextRetryAt', 'cancelRequested')
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('LPUSH', KEYS[2], ARGV[1])
redis.call('PUBLISH', ARGV[2], cjson.encode({id = ARGV[1], state = 'queued', progress = 0, pagesDone = 0,
  pagesTotal = 0, attempts = attempts}))
return 1
