--[[
  claim: take ownership of a job the worker has just moved into the active list with
  BRPOPLPUSH (state: queued -> active). Sets a random lease token and the lease key with a TTL;
  every later transition by this worker must present the token (fencing).

  KEYS[1] job hash      {docket}:job:<id>
  KEYS[2] lease key     {docket}:lease:<id>
  KEYS[3] active list   {docket}:active
  KEYS[4] stalled set   {docket}:stalled (the claim clears the job's mark: a mark made while it sat
                        between pop and claim must not survive into a later activation)
  ARGV[1] job id
  ARGV[2] lease token (random)
  ARGV[3] worker name (host/pid/slot)
  ARGV[4] lease, ms
  ARGV[5] now, epoch ms
  ARGV[6] events channel

  Returns the job hash as a flat field/value array on success, or
          -1 the job hash is gone (expired or deleted): its id is removed from active
          -2 the job is not queued (e.g. cancelled while it waited): its id is removed from active
  Event   {id, state="active", attempts, worker, progress=0, pagesDone=0, pagesTotal}
]]
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  redis.call('LREM', KEYS[3], -1, ARGV[1])
  return -1
end
if state ~= 'queued' then
  redis.call('LREM', KEYS[3], -1, ARGV[1])
  return -2
end
redis.call('SREM', KEYS[4], ARGV[1])
local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('HSET', KEYS[1], 'state', 'active', 'token', ARGV[2], 'worker', ARGV[3],
  'startedAt', ARGV[5], 'progress', 0, 'pagesDone', 0)
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[4])
local total = tonumber(redis.call('HGET', KEYS[1], 'pagesTotal') or '0')
redis.call('PUBLISH', ARGV[6], cjson.encode({id = ARGV[1], state = 'active', attempts = attempts,
  worker = ARGV[3], progress = 0, pagesDone = 0, pagesTotal = total}))
return redis.call('HGETALL', KEYS[1])
