--[[
  reapStalled: stalled-job recovery, two-phase like BullMQ's stalled check. A job in the active list
  whose lease key is missing is only marked on the first sweep (it may be between its worker's
  BRPOPLPUSH and claim); if its lease is still missing on the next sweep, its worker is gone: the job
  goes back to the head of the queue with stalledCount+1 (state: active/queued -> queued), or past
  maxStalled it fails with STALLED_LIMIT into dead-letter (a document that kills its worker must not
  loop forever). A stalled job whose cancellation was requested is cancelled. A job failed with
  STALLED_LIMIT that has a callbackUrl gets its webhook message queued (include/queueWebhook.lua).

  KEYS[1] active list     {docket}:active
  KEYS[2] stalled set     {docket}:stalled (marks from the previous sweep)
  KEYS[3] queue list      {docket}:queue
  KEYS[4] failed zset     {docket}:failed
  KEYS[5] cancelled zset  {docket}:cancelled
  KEYS[6] webhooks list   {docket}:webhooks (the webhook outbox)
  ARGV[1] now, epoch ms
  ARGV[2] events channel
  ARGV[3] max stalled count (DOCKET_MAX_STALLED)
  ARGV[4] key prefix, e.g. "{docket}:" (job and lease keys share the hash tag, so the same slot)
  ARGV[5] most active ids to examine in one sweep

  Returns {requeued ids..., "|", failed ids..., "|", cancelled ids...} — as one flat array
]]
local prefix, now, maxStalled = ARGV[4], ARGV[1], tonumber(ARGV[3])
local marked = {}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  marked[id] = true
end
redis.call('DEL', KEYS[2])
local requeued, failed, cancelled = {}, {}, {}

local function event(id, state, extra)
  local f = redis.call('HMGET', prefix .. 'job:' .. id, 'progress', 'pagesDone', 'pagesTotal', 'attempts', 'stalledCount')
  local e = {id = id, state = state, progress = tonumber(f[1]), pagesDone = tonumber(f[2]),
    pagesTotal = tonumber(f[3]), attempts = tonumber(f[4]), stalledCount = tonumber(f[5])}
  if extra then e.error = extra end
  redis.call('PUBLISH', ARGV[2], cjson.encode(e))
end

local function recover(id)
  local job = prefix .. 'job:' .. id
  redis.call('LREM', KEYS[1], -1, id)
  local f = redis.call('HMGET', job, 'state', 'cancelRequested')
  if not f[1] then
    return
  end
  if f[1] ~= 'active' and f[1] ~= 'queued' then
    return -- finished meanwhile; only the stray list entry was left
  end
  redis.call('HDEL', job, 'token')
  if f[2] == '1' then
    redis.call('HSET', job, 'state', 'cancelled', 'finishedAt', now)
    redis.call('ZADD', KEYS[5], now, id)
    table.insert(cancelled, id)
    event(id, 'cancelled')
    return
  end
  local stalled = redis.call('HINCRBY', job, 'stalledCount', 1)
  if stalled > maxStalled then
    local message = 'the job stalled ' .. stalled .. ' times (its worker stopped while converting it); '
      .. 'the document may crash workers'
    local history = redis.call('HGET', job, 'history')
    history = history and cjson.decode(history) or {}
    table.insert(history, {attempt = tonumber(redis.call('HGET', job, 'attempts') or '0'),
      code = 'STALLED_LIMIT', message = message, at = tonumber(now)})
    redis.call('HSET', job, 'state', 'failed', 'finishedAt', now, 'errorCode', 'STALLED_LIMIT',
      'errorMessage', message, 'history', cjson.encode(history))
    redis.call('ZADD', KEYS[4], now, id)
    queueWebhook(job, KEYS[6], id, 'job.failed')
    table.insert(failed, id)
    event(id, 'failed', {code = 'STALLED_LIMIT', message = message})
    return
  end
  redis.call('HSET', job, 'state', 'queued', 'progress', 0, 'pagesDone', 0)
  redis.call('RPUSH', KEYS[3], id) -- the head: BRPOPLPUSH takes from the right
  table.insert(requeued, id)
  event(id, 'queued')
end

for _, id in ipairs(redis.call('LRANGE', KEYS[1], 0, tonumber(ARGV[5]) - 1)) do
  if redis.call('EXISTS', prefix .. 'lease:' .. id) == 0 then
    if marked[id] then
      recover(id)
    else
      redis.call('SADD', KEYS[2], id)
    end
  end
end

local out = {}
for _, id in ipairs(requeued) do table.insert(out, id) end
table.insert(out, '|')
for _, id in ipairs(failed) do table.insert(out, id) end
table.insert(out, '|')
for _, id in ipairs(cancelled) do table.insert(out, id) end
return out
