--[[
  enqueue: write a new job's hash and push its id onto the queue (state: none -> queued).

  KEYS[1] job hash      {docket}:job:<id>
  KEYS[2] queue list    {docket}:queue
  ARGV[1] job id
  ARGV[2] events channel ({docket}:events)
  ARGV[3] now, epoch ms
  ARGV[4...] further field/value pairs of the job (target, inputName, inputType, inputBytes, inputKey)

  Returns  1 queued
          -1 a job with this id exists already (nothing written)
  Event   {id, state="queued", progress=0, pagesDone=0, pagesTotal=0, attempts=0}
]]
if redis.call('EXISTS', KEYS[1]) == 1 then
  return -1
end
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'state', 'queued', 'progress', 0, 'pagesDone', 0,
  'pagesTotal', 0, 'attempts', 0, 'createdAt', ARGV[3], unpack(ARGV, 4))
redis.call('LPUSH', KEYS[2], ARGV[1])
redis.call('PUBLISH', ARGV[2], cjson.encode({id = ARGV[1], state = 'queued', progress = 0,
  pagesDone = 0, pagesTotal = 0, attempts = 0}))
return 1
