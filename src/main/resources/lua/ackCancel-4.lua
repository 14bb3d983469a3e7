--[[
  ackCancel: the worker has stopped a job whose cancellation was requested and removed its partial
  output (state: active -> cancelled). Fenced by the lease token.

  KEYS[1] job hash        {docket}:job:<id>
  KEYS[2] lease key       {docket}:lease:<id>
  KEYS[3] active list     {docket}:active
  KEYS[4] cancelled zset  {docket}:cancelled
  ARGV[1] job id
  ARGV[2] lease token
  ARGV[3] now, epoch ms
  ARGV[4] events channel

  Returns  1 cancelled
          -2 lease lost: nothing written
          -3 the job is not active: nothing written
  Event   {id, state="cancelled", progress, pagesDone, pagesTotal}
]]
if redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return -2
end
if redis.call('HGET', KEYS[1], 'state') ~= 'active' then
  return -3
end
redis.call('HSET', KEYS[1], 'state', 'cancelled', 'finishedAt', ARGV[3])
redis.call('HDEL', KEYS[1], 'token')
redis.call('DEL', KEYS[2])
redis.call('LREM', KEYS[3], -1, ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
local f = redis.call('HMGET', KEYS[1], 'progress', 'pagesDone', 'pagesTotal', 'attempts')
redis.call('PUBLISH', ARGV[4], cjson.encode({id = ARGV[1], state = 'cancelled', progress = tonumber(f[1]),
  pagesDone = tonumber(f[2]), pagesTotal = tonumber(f[3]), attempts = tonumber(f[4])}))
return 1
