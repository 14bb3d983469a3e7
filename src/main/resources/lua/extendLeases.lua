--[[
  extendLeases: renew every lease one worker process holds, in one round trip (heartbeat).
  A lease is renewed only while it still holds the caller's token. The reply also tells the worker
  which of its jobs a client asked to cancel (a fallback should the control message be missed).

  KEYS[1..n]   lease keys   {docket}:lease:<id>
  ARGV[1]      lease, ms
  ARGV[2]      key prefix, e.g. "{docket}:" (job hashes share the hash tag, so the same slot)
  ARGV[3..n+2] the token held for KEYS[i] (ARGV[i+2])

  Returns an array of n integers: 1 renewed, 2 renewed but cancellation requested,
          0 lost (missing or held by another token)
]]
local out = {}
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[i + 2] then
    redis.call('PEXPIRE', key, ARGV[1])
    local id = string.sub(key, string.len(ARGV[2]) + string.len('lease:') + 1)
    if redis.call('HGET', ARGV[2] .. 'job:' .. id, 'cancelRequested') == '1' then
      out[i] = 2
    else
      out[i] = 1
    end
  else
    out[i] = 0
  end
end
return out
