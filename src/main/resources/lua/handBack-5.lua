--[[
  handBack: a worker shutting down returns a job it cannot finish within its grace period, at once
  rather than leaving it for lease expiry (state: active -> queued, at the head of the queue). The
  attempt is not counted. A job whose cancellation was requested is cancelled instead.

  KEYS[1] job hash        {docket}:job:<id>
  KEYS[2] lease key       {docket}:lease:<id>
  KEYS[3] active list     {docket}:active
  KEYS[4] queue list      {docket}:queue
  KEYS[5] cancelled zset  {docket}:cancelled
  ARGV[1] job id
  ARGV[2] lease token
  ARGV[3] events channel
  ARGV[4] now, epoch ms

  Returns  1 requeued
           2 cancelled (its cancellation had been requested)
          -2 lease lost: nothing written
          -3 the job is not active: nothing written
  Event   {id, state="queued", progress=0, pagesDone=0, pagesTotal, attempts}
]]
if redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return -2
end
if redis.call('HGET', KEYS[1], 'state') ~= 'active' then
  return -3
end
redis.call('HDEL', KEYS[1], 'token')
redis.call('DEL', KEYS[2])
redis.call('LREM', KEYS[3], -1, ARGV[1])
if redis.call('HGET', KEYS[1], 'cancelRequested') == '1' then
  redis.call('HSET', KEYS[1], 'state', 'cancelled', 'finishedAt', ARGV[4])
  redis.call('ZADD', KEYS[5], ARGV[4], ARGV[1])
  local f = redis.call('HMGET', KEYS[1], 'progress', 'pagesDone', 'pagesTotal', 'attempts')
  redis.call('PUBLISH', ARGV[3], cjson.encode({id = ARGV[1], state = 'cancelled', progress = tonumber(f[1]),
    pagesDone = tonumber(f[2]), pagesTotal = tonumber(f[3]), attempts = tonumber(f[4])}))
  return 2
end
local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', -1)
redis.call('HSET', KEYS[1], 'state', 'queued', 'progress', 0, 'pagesDone', 0)
redis.call('RPUSH', KEYS[4], ARGV[1])
redis.call('PUBLISH', ARGV[3], cjson.encode({id = ARGV[1], state = 'queued', progress = 0, pagesDone = 0,
  pagesTotal = tonumber(redis.call('HGET', KEYS[1], 'pagesTotal') or '0'), attempts = attempts}))
return 1
