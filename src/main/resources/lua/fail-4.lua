--[[
  fail: record why a job failed (state: active -> failed). Fenced by the lease token like complete.

  KEYS[1] job hash      {docket}:job:<id>
  KEYS[2] lease key     {docket}:lease:<id>
  KEYS[3] active list   {docket}:active
  KEYS[4] failed zset   {docket}:failed (score: finish time; the dead-letter list)
  ARGV[1] job id
  ARGV[2] lease token
  ARGV[3] now, epoch ms
  ARGV[4] events channel
  ARGV[5] error code (stable, e.g. CORRUPT_DOCUMENT)
  ARGV[6] error message

  Returns  1 failed
          -2 lease lost (missing or held by another token): nothing written
          -3 the job is not active: nothing written
  Event   {id, state="failed", progress, pagesDone, pagesTotal, error={code, message}}
]]
if redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return -2
end
if redis.call('HGET', KEYS[1], 'state') ~= 'active' then
  return -3
end
redis.call('HSET', KEYS[1], 'state', 'failed', 'finishedAt', ARGV[3], 'errorCode', ARGV[5],
  'errorMessage', ARGV[6])
redis.call('HDEL', KEYS[1], 'token')
redis.call('DEL', KEYS[2])
redis.call('LREM', KEYS[3], -1, ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
local f = redis.call('HMGET', KEYS[1], 'progress', 'pagesDone', 'pagesTotal')
redis.call('PUBLISH', ARGV[4], cjson.encode({id = ARGV[1], state = 'failed', progress = tonumber(f[1]),
  pagesDone = tonumber(f[2]), pagesTotal = tonumber(f[3]), error = {code = ARGV[5], message = ARGV[6]}}))
return 1
