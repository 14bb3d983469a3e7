--[[
  failWebhook: record a failed delivery attempt (non-2xx answer, timeout, connection error, or a refused
  address). With attempts left and a retryable failure the message waits in the delayed set for its
  backoff (delivering -> retrying, with webhookNextAt), keeping the body it was sent with so every attempt
  sends the same bytes; otherwise it is dead-lettered (delivering -> failed). Fenced by the lease token.

  KEYS[1] job hash        {docket}:job:<id>
  KEYS[2] lease key       {docket}:webhooks:lease:<id>
  KEYS[3] in-flight list  {docket}:webhooks:inflight
  KEYS[4] delayed zset    {docket}:webhooks:delayed (score: due time)
  ARGV[1] job id
  ARGV[2] lease token
  ARGV[3] now, epoch ms
  ARGV[4] the receiver's HTTP status, or "" when there was no answer
  ARGV[5] error, one line
  ARGV[6] retry delay, ms (full-jitter backoff chosen by the caller), or -1 for a permanent failure
  ARGV[7] attempt limit (DOCKET_WEBHOOK_MAX_ATTEMPTS)
  ARGV[8] the body that was sent (kept for the next attempt)

  Returns  1 dead-lettered (state failed)
           2 retry scheduled
          -2 lease lost (missing or held by another token): nothing written
          -3 the message is not being delivered: nothing written
]]
if redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return -2
end
if redis.call('HGET', KEYS[1], 'webhookState') ~= 'delivering' then
  return -3
end
redis.call('DEL', KEYS[2])
redis.call('LREM', KEYS[3], -1, ARGV[1])
if ARGV[4] == '' then
  redis.call('HDEL', KEYS[1], 'webhookLastStatus')
else
  redis.call('HSET', KEYS[1], 'webhookLastStatus', ARGV[4])
end
redis.call('HSET', KEYS[1], 'webhookLastError', ARGV[5])
local attempts = tonumber(redis.call('HGET', KEYS[1], 'webhookAttempts') or '0')
local delay = tonumber(ARGV[6])
if delay >= 0 and attempts < tonumber(ARGV[7]) then
  local due = tonumber(ARGV[3]) + delay
  redis.call('HSET', KEYS[1], 'webhookState', 'retrying', 'webhookNextAt', due, 'webhookBody', ARGV[8])
  redis.call('ZADD', KEYS[4], due, ARGV[1])
  return 2
end
redis.call('HSET', KEYS[1], 'webhookState', 'failed')
redis.call('HDEL', KEYS[1], 'webhookBody')
return 1
