--[[
  completeWebhook: record that the receiver accepted a webhook message with a 2xx answer (webhook state:
  delivering -> delivered). Fenced by the delivery lease token.

  KEYS[1] job hash        {docket}:job:<id>
  KEYS[2] lease key       {docket}:webhooks:lease:<id>
  KEYS[3] in-flight list  {docket}:webhooks:inflight
  ARGV[1] job id
  ARGV[2] lease token
  ARGV[3] now, epoch ms
  ARGV[4] the receiver's HTTP status

  Returns  1 delivered
          -2 lease lost (missing or held by another token): nothing written
          -3 the message is not being delivered: nothing written
]]
if redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return -2
end
if redis.call('HGET', KEYS[1], 'webhookState') ~= 'delivering' then
  return -3
end
redis.call('HSET', KEYS[1], 'webhookState', 'delivered', 'webhookLastStatus', ARGV[4], 'webhookDeliveredAt', ARGV[3])
redis.call('HDEL', KEYS[1], 'webhookLastError', 'webhookBody')
redis.call('DEL', KEYS[2])
redis.call('LREM', KEYS[3], -1, ARGV[1])
return 1
