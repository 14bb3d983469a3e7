--[[
  purge: an operator deletes a finished job (state: completed | failed | cancelled -> gone).
  The caller deletes its blobs.

  KEYS[1] job hash        {docket}:job:<id>
  KEYS[2] completed zset  {docket}:completed
  KEYS[3] failed zset     {docket}:failed
  KEYS[4] cancelled zset  {docket}:cancelled
  ARGV[1] job id

  Returns  1 deleted
          -1 no such job
          -3 the job is not finished: nothing deleted
]]
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  return -1
end
if state ~= 'completed' and state ~= 'failed' and state ~= 'cancelled' then
  return -3
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('ZREM', KEYS[4], ARGV[1])
return 1
