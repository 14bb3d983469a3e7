--[[
  claimWebhook: take ownership of a webhook message a dispatcher has just moved from the outbox into the
  in-flight list with BRPOPLPUSH (webhook state: pending/retrying -> delivering). Counts the attempt and
  sets the delivery lease; recording the attempt's result must present the token (fencing).

  KEYS[1] job hash        {docket}:job:<id>
  KEYS[2] lease key       {docket}:webhooks:lease:<id>
  KEYS[3] in-flight list  {docket}:webhooks:inflight
  KEYS[4] stalled set     {docket}:webhooks:stalled (the claim clears the id's mark)
  ARGV[1] job id
  ARGV[2] lease token (random)
  ARGV[3] lease, ms

  Returns the job hash as a flat field/value array (webhookAttempts already counted), or
          -1 the job hash is gone (expired or purged): its id is removed from the in-flight list
          -2 the message is not waiting to be sent (a duplicate entry): its id is removed
]]
local state = redis.call('HGET', KEYS[1], 'webhookState')
if not state then
  redis.call('LREM', KEYS[3], -1, ARGV[1])
  return -1
end
if state ~= 'pending' and state ~= 'retrying' then
  redis.call('LREM', KEYS[3], -1, ARGV[1])
  return -2
end
redis.call('SREM', KEYS[4], ARGV[1])
redis.call('HINCRBY', KEYS[1], 'webhookAttempts', 1)
redis.call('HSET', KEYS[1], 'webhookState', 'delivering')
redis.call('HDEL', KEYS[1], 'webhookNextAt')
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return redis.call('HGETALL', KEYS[1])
