--[[
  reapWebhooks: recovers webhook deliveries whose dispatcher died, two-phase like reapStalled: an id in
  the in-flight list whose delivery lease is missing is only marked on the first sweep (it may sit between
  its dispatcher's BRPOPLPUSH and claim); still missing on the next sweep, it goes back to the head of the
  outbox (webhook state delivering -> retrying; the interrupted attempt stays counted). Ids of jobs that
  are gone, or whose message is no longer being delivered, are only removed from the in-flight list.

  KEYS[1] in-flight list  {docket}:webhooks:inflight
  KEYS[2] stalled set     {docket}:webhooks:stalled (marks from the previous sweep)
  KEYS[3] outbox list     {docket}:webhooks
  ARGV[1] key prefix, e.g. "{docket}:" (job and lease keys share the hash tag, so the same slot)
  ARGV[2] most in-flight ids to examine in one sweep

  Returns the ids put back into the outbox
]]
local prefix = ARGV[1]
local marked = {}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  marked[id] = true
end
redis.call('DEL', KEYS[2])
local requeued = {}
for _, id in ipairs(redis.call('LRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1)) do
  if redis.call('EXISTS', prefix .. 'webhooks:lease:' .. id) == 0 then
    if marked[id] then
      redis.call('LREM', KEYS[1], -1, id)
      local job = prefix .. 'job:' .. id
      local state = redis.call('HGET', job, 'webhookState')
      if state == 'delivering' or state == 'pending' or state == 'retrying' then
        redis.call('HSET', job, 'webhookState', 'retrying')
        redis.call('RPUSH', KEYS[3], id) -- the head: BRPOPLPUSH takes from the right
        table.insert(requeued, id)
      end
    else
      redis.call('SADD', KEYS[2], id)
    end
  end
end
return requeued
