--[[
  popAndClaim: move the next queued id into the active list and claim it, in one round trip and
  without blocking (state: queued -> active). A worker slot calls it when it has no job in hand and
  falls back to its blocking pop (JobTaker, BRPOPLPUSH) only when this finds the queue empty. Unlike
  BRPOPLPUSH + claim-4 there is no moment in which the id sits in active without a lease.

  Composite: ChainedTransitions loads this file with claim-4.lua prepended as a local function
  claim(KEYS, ARGV), so the claim rules are exactly claim-4's. Run alone, this file fails: claim is nil.

  KEYS[1] queue list      {docket}:queue
  KEYS[2] active list     {docket}:active
  KEYS[3] stalled set     {docket}:stalled
  ARGV[1] lease token (random)
  ARGV[2] worker name (host/pid/slot)
  ARGV[3] lease, ms
  ARGV[4] now, epoch ms
  ARGV[5] events channel
  ARGV[6] key prefix, e.g. "{docket}:"
  ARGV[7] most queued ids to try (ids of jobs gone or no longer queued are dropped, as claim-4 does)

  Returns {}             nothing claimed (queue empty or only unclaimable ids)
          {id, hash}     claimed; hash as claim-4 returns it
  Event   claim-4's
]]
local prefix = ARGV[6]
for _ = 1, tonumber(ARGV[7]) do
  local id = redis.call('RPOPLPUSH', KEYS[1], KEYS[2])
  if not id then
    break
  end
  local job = claim({prefix .. 'job:' .. id, prefix .. 'lease:' .. id, KEYS[2], KEYS[3]},
    {id, ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]})
  if type(job) == 'table' then
    return {id, job}
  end
end
return {}
