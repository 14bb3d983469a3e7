--[[
  cancel: a client asks to cancel a job.
  A queued (or delayed) job leaves the queue at once (state: queued -> cancelled). An active job is
  marked cancelRequested and its worker is told on the control channel; it stops between pages and
  confirms with ackCancel (the lease renewal reports the mark too, should the message be missed).

  KEYS[1] job hash        {docket}:job:<id>
  KEYS[2] queue list      {docket}:queue
  KEYS[3] delayed zset    {docket}:delayed
  KEYS[4] cancelled zset  {docket}:cancelled (score: finish time)
  ARGV[1] job id
  ARGV[2] now, epoch ms
  ARGV[3] events channel
  ARGV[4] control channel ({docket}:control)

  Returns  1 cancelled now
           2 cancellation requested from the worker running it
          -1 no such job
          -3 already finished (completed, failed or cancelled): nothing written
  Event   {id, state="cancelled", ...} or {id, state="active", cancelRequested=true, ...}
]]
local f = redis.call('HMGET', KEYS[1], 'state', 'progress', 'pagesDone', 'pagesTotal', 'attempts')
local state = f[1]
if not state then
  return -1
end
if state == 'queued' then
  redis.call('LREM', KEYS[2], 0, ARGV[1])
  redis.call('ZREM', KEYS[3], ARGV[1])
  redis.call('HSET', KEYS[1], 'state', 'cancelled', 'finishedAt', ARGV[2])
  redis.call('HDEL', KEYS[1], 'nextRetryAt')
  redis.call('ZADD', KEYS[4], ARGV[2], ARGV[1])
  redis.call('PUBLISH', ARGV[3], cjson.encode({id = ARGV[1], state = 'cancelled', progress = tonumber(f[2]),
    pagesDone = tonumber(f[3]), pagesTotal = tonumber(f[4]), attempts = tonumber(f[5])}))
  return 1
end
if state == 'active' then
  redis.call('HSET', KEYS[1], 'cancelRequested', 1)
  redis.call('PUBLISH', ARGV[4], cjson.encode({type = 'cancel', id = ARGV[1]}))
  redis.call('PUBLISH', ARGV[3], cjson.encode({id = ARGV[1], state = 'active', cancelRequested = true,
    progress = tonumber(f[2]), pagesDone = tonumber(f[3]), pagesTotal = tonumber(f[4]), attempts = tonumber(f[5])}))
  return 2
end
return -3
