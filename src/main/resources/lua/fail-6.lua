--[[
  fail: record a failed attempt. Fenced by the lease token like complete.
  A transient failure with attempts left goes to the delayed set to be retried after a backoff
  (state: active -> queued, with nextRetryAt); otherwise the job fails (active -> failed, the
  dead-letter set). Every attempt's error is appended to the job's history. A job that fails for good
  and has a callbackUrl gets its webhook message queued in the same step (include/queueWebhook.lua).

  KEYS[1] job hash      {docket}:job:<id>
  KEYS[2] lease key     {docket}:lease:<id>
  KEYS[3] active list   {docket}:active
  KEYS[4] failed zset   {docket}:failed (score: finish time; the dead-letter list)
  KEYS[5] delayed zset  {docket}:delayed (score: due time)
  KEYS[6] webhooks list {docket}:webhooks (the webhook outbox)
  ARGV[1] job id
  ARGV[2] lease token
  ARGV[3] now, epoch ms
  ARGV[4] events channel
  ARGV[5] error code (stable, e.g. CORRUPT_DOCUMENT)
  ARGV[6] error message
  ARGV[7] retry delay, ms (backoff with jitter chosen by the caller), or -1 for a permanent error

  Returns  1 failed (dead-letter)
           2 retry scheduled
          -2 lease lost (missing or held by another token): nothing written
          -3 the job is not active: nothing written
  Event   {id, state="failed", ..., error={code, message}} or {id, state="queued", nextRetryAt, ...}
]]
if redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return -2
end
if redis.call('HGET', KEYS[1], 'state') ~= 'active' then
  return -3
end
local f = redis.call('HMGET', KEYS[1], 'attempts', 'attemptLimit', 'history', 'worker', 'pagesDone', 'pagesTotal', 'progress')
local attempts, limit = tonumber(f[1]), tonumber(f[2] or '1')
local history = f[3] and cjson.decode(f[3]) or {}
table.insert(history, {attempt = attempts, code = ARGV[5], message = ARGV[6], at = tonumber(ARGV[3]), worker = f[4]})
redis.call('HSET', KEYS[1], 'history', cjson.encode(history))
redis.call('HDEL', KEYS[1], 'token')
redis.call('DEL', KEYS[2])
redis.call('LREM', KEYS[3], -1, ARGV[1])
local delay = tonumber(ARGV[7])
if delay >= 0 and attempts < limit then
  local due = tonumber(ARGV[3]) + delay
  redis.call('HSET', KEYS[1], 'state', 'queued', 'nextRetryAt', due, 'progress', 0, 'pagesDone', 0)
  redis.call('ZADD', KEYS[5], due, ARGV[1])
  redis.call('PUBLISH', ARGV[4], cjson.encode({id = ARGV[1], state = 'queued', progress = 0, pagesDone = 0,
    pagesTotal = tonumber(f[6]), attempts = attempts, nextRetryAt = due,
    lastError = {code = ARGV[5], message = ARGV[6]}}))
  return 2
end
redis.call('HSET', KEYS[1], 'state', 'failed', 'finishedAt', ARGV[3], 'errorCode', ARGV[5], 'errorMessage', ARGV[6])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
queueWebhook(KEYS[1], KEYS[6], ARGV[1], 'job.failed')
redis.call('PUBLISH', ARGV[4], cjson.encode({id = ARGV[1], state = 'failed', progress = tonumber(f[7]),
  pagesDone = tonumber(f[5]), pagesTotal = tonumber(f[6]), attempts = attempts,
  error = {code = ARGV[5], message = ARGV[6]}}))
return 1
