--[[
  queueWebhook (an include, not a transition of its own): LuaScript prepends this file to the scripts
  that finish a job for good (complete-5, fail-6, reapStalled-6), so the webhook message is queued in the
  same atomic step that records the outcome: no outcome is recorded without its delivery, even if the
  process dies right after.

  queueWebhook(jobKey, webhooksKey, id, event)
    jobKey      {docket}:job:<id>
    webhooksKey {docket}:webhooks (the outbox list)
    id          job id
    event       'job.completed' or 'job.failed'
  Iff the job has a callbackUrl: starts a new message (webhookId msg_<id>_<n>, n counting the job's
  messages; the same id on every attempt of this message), state pending, attempts 0, last results
  cleared, and LPUSHes the job id onto the outbox. Otherwise does nothing.
]]
local function queueWebhook(jobKey, webhooksKey, id, event)
  if redis.call('HEXISTS', jobKey, 'callbackUrl') == 0 then
    return
  end
  local n = redis.call('HINCRBY', jobKey, 'webhookSeq', 1)
  redis.call('HDEL', jobKey, 'webhookLastStatus', 'webhookLastError', 'webhookDeliveredAt', 'webhookNextAt',
    'webhookBody')
  redis.call('HSET', jobKey, 'webhookId', 'msg_' .. id .. '_' .. n, 'webhookEvent', event,
    'webhookState', 'pending', 'webhookAttempts', 0)
  redis.call('LPUSH', webhooksKey, id)
end
