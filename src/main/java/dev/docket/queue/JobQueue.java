package dev.docket.queue;

import dev.docket.config.ReplicaAck;
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
 * The client side of the queue in Redis: submit, read, list, cancel and retry jobs, each transition one
 * script on the shared pooled client. Non-blocking; safe to call from any context. Worker-side
 * transitions live in {@link FencedTransitions}, blocking pops in {@link JobTaker}.
 *
 * <p>Every future fails with the Redis or connection error ({@code Throwable}) when Redis is unreachable.
 */
public final class JobQueue {
  /** How long an Idempotency-Key is remembered, seconds (24 h). */
  public static final long IDEMPOTENCY_WINDOW_SECONDS = 86_400;
  /** How long the tombstone of an expired job answers 410, seconds (7 days). */
  public static final long GONE_SECONDS = 7 * 86_400;

  private final Redis redis;
  private final RedisKeys keys;
  private final ScriptRunner scripts;
  private final ReplicaAck replicaAck;
  private final ReplicatedScript replicated;

  /** A queue whose submissions are acknowledged after the master's write alone. */
  public JobQueue(Redis redis, RedisKeys keys) {
    this(redis, keys, ReplicaAck.NONE);
  }

  /**
   * @param redis the pooled client; with {@code replicaAck.required()} it must hand out connections
   *     ({@link Redis#connect()}) for the enqueue script and its WAIT
   * @param replicaAck how many replicas must confirm a submission
   */
  public JobQueue(Redis redis, RedisKeys keys, ReplicaAck replicaAck) {
    this(redis, keys, replicaAck, redis);
  }

  /**
   * @param redis the client for every command, e.g. a {@link PipelinedRedis}
   * @param replicaAck how many replicas must confirm a submission
   * @param connections with {@code replicaAck.required()}: a client that hands out connections of their own
   *     ({@link Redis#connect()}, e.g. the pooled one) for the enqueue script and its WAIT, which must share
   *     a connection (a pipelined connection refuses WAIT: it would hold up every other caller's replies)
   */
  public JobQueue(Redis redis, RedisKeys keys, ReplicaAck replicaAck, Redis connections) {
    this.redis = redis;
    this.keys = keys;
    this.scripts = new ScriptRunner(redis);
    this.replicaAck = replicaAck;
    this.replicated = new ReplicatedScript(connections, replicaAck);
  }

  public RedisKeys keys() {
    return keys;
  }

  /** The shared pooled client (for the worker-side transitions and maintenance of the same process). */
  public Redis redis() {
    return redis;
  }

  /** Submits a job without an idempotency key. */
  public Future<Void> enqueue(NewJob job, int maxAttempts) {
    return enqueue(job, maxAttempts, null, "").compose(r -> r.outcome() == EnqueueResult.Outcome.CREATED
        ? Future.succeededFuture() : Future.failedFuture(new IllegalStateException("unexpected " + r)));
  }

  /**
   * Writes a new job's hash and pushes its id onto the queue, in one script (enqueue-3.lua). With an
   * idempotency key seen in the last 24 h, nothing is written and the original job is named instead.
   *
   * <p>With {@code DOCKET_REDIS_MIN_REPLICAS > 0} the script and {@code WAIT} share one connection
   * ({@link ReplicatedScript}) and the future completes only once enough replicas hold the write.
   *
   * @param idempotencyKey the client's key, or null
   * @param contentHash sha-256 hex of the upload (compared for repeated keys)
   * @return what the submission became; fails with {@link IllegalStateException} if the id exists, with
   *     {@link NotReplicatedException} when the script ran (CREATED or DUPLICATE) but too few replicas confirmed
   *     it (a created job stays queued; a CONFLICT needs no confirmation), or with the Redis or connection error
   */
  public Future<EnqueueResult> enqueue(NewJob job, int maxAttempts, String idempotencyKey, String contentHash) {
    boolean keyed = idempotencyKey != null;
    List<String> args = new ArrayList<>(List.of(job.id(), keys.events(), now(), Integer.toString(maxAttempts),
        contentHash, Long.toString(keyed ? IDEMPOTENCY_WINDOW_SECONDS : 0),
        "target", job.target(), "inputName", job.inputName(), "inputType", job.inputType(),
        "inputBytes", Long.toString(job.inputBytes()), "inputKey", job.inputKey()));
    if (job.callbackUrl() != null) {
      args.addAll(List.of("callbackUrl", job.callbackUrl()));
    }
    List<String> scriptKeys = List.of(keys.job(job.id()), keys.queue(), keys.idempotency(keyed ? idempotencyKey : ""));
    if (!replicaAck.required()) {
      return scripts.run(LuaScript.ENQUEUE, scriptKeys, args).compose(r -> enqueueResult(job.id(), r));
    }
    return replicated.run(LuaScript.ENQUEUE, scriptKeys, args).compose(acked -> enqueueResult(job.id(), acked.reply())
        .compose(result -> confirmed(result, acked)));
  }

  /** The result once enough replicas confirmed it; a CONFLICT wrote nothing and needs no confirmation. */
  private Future<EnqueueResult> confirmed(EnqueueResult result, ReplicatedScript.Outcome acked) {
    int required = replicaAck.minReplicas();
    return acked.replicas() >= required || result.outcome() == EnqueueResult.Outcome.CONFLICT
        ? Future.succeededFuture(result)
        : Future.failedFuture(new NotReplicatedException(result, acked.replicas(), required, acked.detail()));
  }

  private static Future<EnqueueResult> enqueueResult(String id, Response r) {
    if (r.type() != ResponseType.MULTI) {
      return Future.failedFuture(new IllegalStateException("job " + id + " exists already"));
    }
    EnqueueResult.Outcome outcome = EnqueueResult.Outcome.values()[r.get(0).toInteger() - 1];
    return Future.succeededFuture(new EnqueueResult(outcome, r.get(1).toString()));
  }

  /** The job with this id, or empty when there is none. */
  public Future<Optional<Job>> find(String id) {
    return redis.send(Request.cmd(Command.HGETALL).arg(keys.job(id)))
        .map(r -> {
          Map<String, String> fields = toMap(r);
          return fields.isEmpty() ? Optional.<Job>empty() : Optional.of(new Job(fields));
        });
  }

  /** True when a job with this id existed and expired under the retention policy. */
  public Future<Boolean> isGone(String id) {
    return redis.send(Request.cmd(Command.EXISTS).arg(keys.gone(id))).map(r -> r.toInteger() == 1);
  }

  /**
   * Cancels a job (cancel-4.lua): a queued or delayed one at once; an active one by asking its worker.
   *
   * @return APPLIED (cancelled now), CANCEL_REQUESTED (its worker will stop it), JOB_MISSING or
   *     WRONG_STATE (already finished)
   */
  public Future<TransitionResult> cancel(String id) {
    return scripts.run(LuaScript.CANCEL, List.of(keys.job(id), keys.queue(), keys.delayed(), keys.cancelled()),
            List.of(id, now(), keys.events(), keys.control()))
        .map(r -> TransitionResult.fromCode(r.toLong(), TransitionResult.CANCEL_REQUESTED));
  }

  /**
   * Re-queues a failed job with a fresh budget of {@code maxAttempts} attempts (retry-3.lua).
   *
   * @return APPLIED, JOB_MISSING, or WRONG_STATE when the job has not failed
   */
  public Future<TransitionResult> retry(String id, int maxAttempts) {
    return scripts.run(LuaScript.RETRY, List.of(keys.job(id), keys.queue(), keys.failed()),
            List.of(id, keys.events(), Integer.toString(maxAttempts)))
        .map(r -> TransitionResult.fromCode(r.toLong()));
  }

  /**
   * Deletes a finished job's record (purge-4.lua); the caller deletes its blobs.
   *
   * @return APPLIED, JOB_MISSING, or WRONG_STATE when the job is not finished
   */
  public Future<TransitionResult> purge(String id) {
    return scripts.run(LuaScript.PURGE, List.of(keys.job(id), keys.completed(), keys.failed(), keys.cancelled()),
            List.of(id))
        .map(r -> TransitionResult.fromCode(r.toLong()));
  }

  /**
   * One page of a listing, in the listing's order (see {@link Listing}).
   *
   * @param offset index of the first job, 0-based
   * @param limit page size, 1..500
   */
  public Future<JobPage> list(Listing listing, int offset, int limit) {
    int last = offset + limit - 1;
    Request ids;
    Request count;
    switch (listing) {
      case QUEUED -> {
        ids = Request.cmd(Command.LRANGE).arg(keys.queue()).arg(offset).arg(last);
        count = Request.cmd(Command.LLEN).arg(keys.queue());
      }
      case ACTIVE -> {
        ids = Request.cmd(Command.LRANGE).arg(keys.active()).arg(offset).arg(last);
        count = Request.cmd(Command.LLEN).arg(keys.active());
      }
      case DELAYED -> {
        ids = Request.cmd(Command.ZRANGE).arg(keys.delayed()).arg(offset).arg(last);
        count = Request.cmd(Command.ZCARD).arg(keys.delayed());
      }
      default -> {
        String set = switch (listing) {
          case COMPLETED -> keys.completed();
          case FAILED -> keys.failed();
          default -> keys.cancelled();
        };
        ids = Request.cmd(Command.ZREVRANGE).arg(set).arg(offset).arg(last);
        count = Request.cmd(Command.ZCARD).arg(set);
      }
    }
    return redis.batch(List.of(ids, count)).compose(replies -> {
      List<Request> reads = new ArrayList<>();
      replies.get(0).forEach(id -> reads.add(Request.cmd(Command.HGETALL).arg(keys.job(id.toString()))));
      long total = replies.get(1).toLong();
      Future<List<Response>> hashes = reads.isEmpty() ? Future.succeededFuture(List.of()) : redis.batch(reads);
      return hashes.map(rs -> {
        List<Job> jobs = new ArrayList<>();
        for (Response r : rs) {
          Map<String, String> fields = toMap(r);
          if (!fields.isEmpty()) {
            jobs.add(new Job(fields));
          }
        }
        return new JobPage(jobs, total, offset, limit);
      });
    });
  }

  /** Turns a RESP2 flat field/value array (HGETALL) into a map. */
  public static Map<String, String> toMap(Response flat) {
    Map<String, String> map = new HashMap<>();
    if (flat == null || flat.type() != ResponseType.MULTI) {
      return map;
    }
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      map.put(flat.get(i).toString(), flat.get(i + 1).toString());
    }
    return map;
  }

  static String now() {
    return Long.toString(System.currentTimeMillis());
  }
}
