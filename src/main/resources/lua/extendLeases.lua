--[[
  extendLeases: renew every lease one worker process holds, in one round trip (heartbeat).
  A lease is renewed only while it still holds the caller's token.

  KEYS[1..n] lease keys   {docket}:lease:<id>
  ARGV[1]    lease, ms
  ARGV[2..n+1] the token held for KEYS[i] (ARGV[i+1])

  Returns an array of n integers: 1 renewed, 0 lost (missing or held by another token)
]]
local out = {}
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[i + 1] then
    redis.call('PEXPIRE', key, ARGV[1])
    out[i] = 1
  else
    out[i] = 0
  end
end
return out
