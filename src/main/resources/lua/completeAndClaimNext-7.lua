--[[
  completeAndClaimNext: record one job's result and claim the next queued job, in one round trip
  (states: active -> completed for the finished job; queued -> active for the next one). A worker
  slot that just finished a job asks for its next one in the same call, so a busy queue costs one round
  trip per job instead of three (complete, BRPOPLPUSH, claim). When the queue is empty the slot falls
  back to its blocking pop (JobTaker) and claim-4.

  Composite: ChainedTransitions loads this file with complete-5.lua and claim-4.lua prepended, each
  wrapped as a local function complete(KEYS, ARGV) / claim(KEYS, ARGV), so the fencing and state rules
  are exactly those scripts' own (nothing is copied). Run alone, this file fails: complete is nil.

  KEYS[1] job hash        {docket}:job:<id> of the finished job
  KEYS[2] lease key       {docket}:lease:<id> of the finished job
  KEYS[3] active list     {docket}:active
  KEYS[4] completed zset  {docket}:completed
  KEYS[5] queue list      {docket}:queue
  KEYS[6] stalled set     {docket}:stalled
  KEYS[7] webhooks list   {docket}:webhooks (complete-5 queues the finished job's webhook message there)
  ARGV[1..8] as complete-5: id, lease token, now (epoch ms), events channel, result blob key,
             result media type, result bytes, pages written
  ARGV[9]  lease token for the next job (random)
  ARGV[10] worker name (host/pid/slot)
  ARGV[11] lease, ms
  ARGV[12] key prefix, e.g. "{docket}:" (the next job's hash and lease key are built from it; same hash
           tag, so the same cluster slot)
  ARGV[13] most queued ids to try (ids of jobs gone or no longer queued are dropped, as claim-4 does)

  Returns {code}                   nothing claimed (queue empty or only unclaimable ids)
          {code, nextId, hash}     the next job was moved to active and claimed; hash as claim-4 returns it
          code is complete-5's reply: 1 completed, -2 lease lost, -3 not active (nothing written)
  Events  complete-5's, then claim-4's for the next job
]]
local code = complete({KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[7]},
  {ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8]})
local prefix = ARGV[12]
for _ = 1, tonumber(ARGV[13]) do
  local id = redis.call('RPOPLPUSH', KEYS[5], KEYS[3])
  if not id then
    break
  end
  local job = claim({prefix .. 'job:' .. id, prefix .. 'lease:' .. id, KEYS[3], KEYS[6]},
    {id, ARGV[9], ARGV[10], ARGV[11], ARGV[3], ARGV[4]})
  if type(job) == 'table' then
    return {code, id, job}
  end
end
return {code}
