--[[
  enqueue: write a new job's hash and push its id onto the queue (state: none -> queued).
  With an idempotency key, a repeated submission returns the original job instead.

  KEYS[1] job hash        {docket}:job:<id>
  KEYS[2] queue list      {docket}:queue
  KEYS[3] idempotency key {docket}:idem:<key>, or {docket}:idem: (empty) when the client sent none
  ARGV[1] job id
  ARGV[2] events channel ({docket}:events)
  ARGV[3] now, epoch ms
  ARGV[4] attempt limit (DOCKET_MAX_ATTEMPTS)
  ARGV[5] content hash of the upload (sha-256 hex), used with the idempotency key
  ARGV[6] idempotency window, seconds (0 = no key)
  ARGV[7...] further field/value pairs (target, inputName, inputType, inputBytes, inputKey, callbackUrl?)

  Returns  {1, id}          queued
           {2, originalId}  the key was used before with the same content: nothing new written (the
                            idempotency record is rewritten unchanged, for WAIT)
           {3, originalId}  the key was used before with different content: nothing written
          -1                a job with this id exists already
  Event   {id, state="queued", progress=0, pagesDone=0, pagesTotal=0, attempts=0}
]]
local useKey = tonumber(ARGV[6]) > 0
if useKey then
  local seen = redis.call('GET', KEYS[3])
  if seen then
    local sep = string.find(seen, ':', 1, true)
    local originalId, hash = string.sub(seen, 1, sep - 1), string.sub(seen, sep + 1)
    if hash == ARGV[5] then
      -- rewrite the record unchanged (same value, same TTL): a replicated write, so that a WAIT sent after
      -- this script (DOCKET_REDIS_MIN_REPLICAS) also covers the original submission, which another
      -- connection wrote earlier (WAIT counts up to this connection's last write)
      redis.call('SET', KEYS[3], seen, 'KEEPTTL')
      return {2, originalId}
    end
    return {3, originalId}
  end
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  return -1
end
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'state', 'queued', 'progress', 0, 'pagesDone', 0,
  'pagesTotal', 0, 'attempts', 0, 'attemptLimit', ARGV[4], 'stalledCount', 0, 'createdAt', ARGV[3],
  unpack(ARGV, 7))
redis.call('LPUSH', KEYS[2], ARGV[1])
if useKey then
  redis.call('SET', KEYS[3], ARGV[1] .. ':' .. ARGV[5], 'EX', ARGV[6])
end
redis.call('PUBLISH', ARGV[2], cjson.encode({id = ARGV[1], state = 'queued', progress = 0,
  pagesDone = 0, pagesTotal = 0, attempts = 0}))
return {1, ARGV[1]}
