--[[
  complete: record a job's result (state: active -> completed). Fenced by the lease token, so a
  worker that lost its lease can never overwrite a newer attempt's outcome. When the job has a
  callbackUrl, its webhook message is queued in the same step (include/queueWebhook.lua, prepended).

  KEYS[1] job hash        {docket}:job:<id>
  KEYS[2] lease key       {docket}:lease:<id>
  KEYS[3] active list     {docket}:active
  KEYS[4] completed zset  {docket}:completed (score: finish time)
  KEYS[5] webhooks list   {docket}:webhooks (the webhook outbox)
  ARGV[1] job id
  ARGV[2] lease token
  ARGV[3] now, epoch ms
  ARGV[4] events channel
  ARGV[5] result blob key
  ARGV[6] result media type
  ARGV[7] result size, bytes
  ARGV[8] pages written

  Returns  1 completed
          -2 lease lost (missing or held by another token): nothing written
          -3 the job is not active: nothing written
  Event   {id, state="completed", progress=100, pagesDone, pagesTotal, result={type, bytes}}
]]
if redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return -2
end
if redis.call('HGET', KEYS[1], 'state') ~= 'active' then
  return -3
end
redis.call('HSET', KEYS[1], 'state', 'completed', 'progress', 100, 'pagesDone', ARGV[8],
  'pagesTotal', ARGV[8], 'finishedAt', ARGV[3], 'resultKey', ARGV[5], 'resultType', ARGV[6],
  'resultBytes', ARGV[7])
redis.call('HDEL', KEYS[1], 'token', 'errorCode', 'errorMessage', 'nextRetryAt')
redis.call('HINCRBY', KEYS[1], 'completions', 1) -- audited by bench/chaos: must never exceed 1
redis.call('DEL', KEYS[2])
redis.call('LREM', KEYS[3], -1, ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
queueWebhook(KEYS[1], KEYS[5], ARGV[1], 'job.completed')
local pages = tonumber(ARGV[8])
redis.call('PUBLISH', ARGV[4], cjson.encode({id = ARGV[1], state = 'completed', progress = 100,
  pagesDone = pages, pagesTotal = pages, result = {type = ARGV[6], bytes = tonumber(ARGV[7])}}))
return 1
