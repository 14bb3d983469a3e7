package dev.docket.queue;

import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job store and queue in Redis: every state transition as one script call on the shared pooled
 * client. Non-blocking; safe to call from any context. Blocking pops live in {@link JobTaker}.
 *
 * <p>Every future fails with the Redis or connection error ({@code Throwable}) when Redis is unreachable.
 */
public final class JobQueue {
  private final Redis redis;
  private final RedisKeys keys;
  private final ScriptRunner scripts;

  public JobQueue(Redis redis, RedisKeys keys) {
    this.redis = redis;
    this.keys = keys;
    this.scripts = new ScriptRunner(redis);
  }

  public RedisKeys keys() {
    return keys;
  }

  /**
   * Writes a new job's hash and pushes its id onto the queue, in one script (enqueue-2.lua).
   *
   * @return succeeds once Redis has acknowledged; fails with {@link IllegalStateException} if the id exists
   */
  public Future<Void> enqueue(NewJob job) {
    List<String> args = new ArrayList<>(List.of(job.id(), keys.events(), now(),
        "target", job.target(), "inputName", job.inputName(), "inputType", job.inputType(),
        "inputBytes", Long.toString(job.inputBytes()), "inputKey", job.inputKey()));
    return scripts.run(LuaScript.ENQUEUE, List.of(keys.job(job.id()), keys.queue()), args)
        .compose(r -> r.toLong() == 1
            ? Future.succeededFuture()
            : Future.failedFuture(new IllegalStateException("job " + job.id() + " exists already")));
  }

  /** The job with this id, or empty when there is none. */
  public Future<Optional<Job>> find(String id) {
    return redis.send(Request.cmd(Command.HGETALL).arg(keys.job(id)))
        .map(r -> {
          Map<String, String> fields = toMap(r);
          return fields.isEmpty() ? Optional.<Job>empty() : Optional.of(new Job(fields));
        });
  }

  /**
   * Claims a job a worker has moved into the active list (claim-3.lua): state active, attempts+1, lease
   * key set with the token for {@code leaseMs}.
   *
   * @return the claimed job, or empty when it is gone or no longer queued (its id is then dropped from active)
   */
  public Future<Optional<Job>> claim(Lease lease, String worker, long leaseMs) {
    String id = lease.jobId();
    return scripts.run(LuaScript.CLAIM, List.of(keys.job(id), keys.lease(id), keys.active()),
            List.of(id, lease.token(), worker, Long.toString(leaseMs), now(), keys.events()))
        .map(r -> r.type() == ResponseType.MULTI ? Optional.of(new Job(toMap(r))) : Optional.<Job>empty());
  }

  /** Records progress (progress-2.lua); refused when the lease was lost or the job is no longer active. */
  public Future<TransitionResult> progress(Lease lease, int pagesDone, int pagesTotal) {
    String id = lease.jobId();
    int percent = pagesTotal <= 0 ? 0 : (int) Math.min(100, (100L * pagesDone) / pagesTotal);
    return scripts.run(LuaScript.PROGRESS, List.of(keys.job(id), keys.lease(id)),
            List.of(id, lease.token(), Integer.toString(pagesDone), Integer.toString(pagesTotal),
                Integer.toString(percent), keys.events()))
        .map(r -> TransitionResult.fromCode(r.toLong()));
  }

  /** Records the result (complete-4.lua), fenced by the lease token. */
  public Future<TransitionResult> complete(Lease lease, JobResult result) {
    String id = lease.jobId();
    return scripts.run(LuaScript.COMPLETE,
            List.of(keys.job(id), keys.lease(id), keys.active(), keys.completed()),
            List.of(id, lease.token(), now(), keys.events(), result.blobKey(), result.mediaType(),
                Long.toString(result.bytes()), Integer.toString(result.pages())))
        .map(r -> TransitionResult.fromCode(r.toLong()));
  }

  /** Records a failure with its stable code (fail-4.lua), fenced by the lease token. */
  public Future<TransitionResult> fail(Lease lease, ErrorCode code, String message) {
    String id = lease.jobId();
    return scripts.run(LuaScript.FAIL,
            List.of(keys.job(id), keys.lease(id), keys.active(), keys.failed()),
            List.of(id, lease.token(), now(), keys.events(), code.name(), message == null ? code.name() : message))
        .map(r -> TransitionResult.fromCode(r.toLong()));
  }

  /**
   * Renews many leases in one round trip (extendLeases.lua).
   *
   * @return for each lease, in order, true when renewed and false when lost
   */
  public Future<List<Boolean>> extendLeases(List<Lease> leases, long leaseMs) {
    if (leases.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    List<String> leaseKeys = new ArrayList<>(leases.size());
    List<String> args = new ArrayList<>(leases.size() + 1);
    args.add(Long.toString(leaseMs));
    for (Lease lease : leases) {
      leaseKeys.add(keys.lease(lease.jobId()));
      args.add(lease.token());
    }
    return scripts.run(LuaScript.EXTEND_LEASES, leaseKeys, args).map(r -> {
      List<Boolean> renewed = new ArrayList<>(r.size());
      r.forEach(item -> renewed.add(item.toLong() == 1));
      return renewed;
    });
  }

  /** Turns a RESP2 flat field/value array (HGETALL) into a map. */
  static Map<String, String> toMap(Response flat) {
    Map<String, String> map = new HashMap<>();
    if (flat == null) {
      return map;
    }
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      map.put(flat.get(i).toString(), flat.get(i + 1).toString());
    }
    return map;
  }

  private static String now() {
    return Long.toString(System.currentTimeMillis());
  }
}
