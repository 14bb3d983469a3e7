--[[
  promoteWebhooks: moves webhook messages whose backoff has elapsed from the delayed set back to the
  outbox (webhook state stays retrying).

  KEYS[1] delayed zset  {docket}:webhooks:delayed (score: due time)
  KEYS[2] outbox list   {docket}:webhooks
  ARGV[1] now, epoch ms
  ARGV[2] most messages to promote in one call

  Returns the number of messages promoted
]]
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, id in ipairs(due) do
  redis.call('ZREM', KEYS[1], id)
  redis.call('LPUSH', KEYS[2], id)
end
return #due
