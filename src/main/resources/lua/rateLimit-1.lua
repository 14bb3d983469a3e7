--[[
  rateLimit: counts one submission against a submitter's budget, by the Generic Cell Rate Algorithm
  (GCRA, ITU-T I.371; the form used by redis-cell and described in Brandur Leach, "Rate limiting, cells,
  and GCRA", 2015). The key holds the submitter's theoretical arrival time (TAT), epoch ms. Redis's own
  clock (TIME) is used, so every web node judges by the same clock.

  KEYS[1] rate key   {docket}:rate:<subject>
  ARGV[1] emission interval, ms (60,000 / submissions per minute)
  ARGV[2] burst: submissions allowed at once with unused budget (at least 1)

  Returns {1, 0}              allowed; the TAT moved one interval on (expires when it is reached)
          {0, retryAfterMs}   refused, nothing written; the next submission is allowed in retryAfterMs
]]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then
  tat = now
end
local nextTat = tat + interval
local allowAt = nextTat - interval * tonumber(ARGV[2])
if now < allowAt then
  return {0, allowAt - now}
end
redis.call('SET', KEYS[1], nextTat, 'PX', nextTat - now)
return {1, 0}
