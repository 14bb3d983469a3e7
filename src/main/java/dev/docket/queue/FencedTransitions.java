package dev.docket.queue;

import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import io.vertx.core.Future;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.ResponseType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The worker side of the queue: the transitions of a job a worker holds, each one script, each fenced
 * by the lease token the claim stored, so a worker that lost its lease can never overwrite a newer
 * attempt's outcome. Non-blocking; safe to call from any context.
 */
public final class FencedTransitions {
  private final RedisKeys keys;
  private final ScriptRunner scripts;

  public FencedTransitions(Redis redis, RedisKeys keys) {
    this.keys = keys;
    this.scripts = new ScriptRunner(redis);
  }

  public RedisKeys keys() {
    return keys;
  }

  /**
   * Claims a job the worker has moved into the active list (claim-4.lua): state active, attempts+1,
   * lease key set with the token for {@code leaseMs}.
   *
   * @return the claimed job, or empty when it is gone or no longer queued (its id is then dropped from active)
   */
  public Future<Optional<Job>> claim(Lease lease, String worker, long leaseMs) {
    String id = lease.jobId();
    return scripts.run(LuaScript.CLAIM, List.of(keys.job(id), keys.lease(id), keys.active(), keys.stalled()),
            List.of(id, lease.token(), worker, Long.toString(leaseMs), JobQueue.now(), keys.events()))
        .map(r -> r.type() == ResponseType.MULTI ? Optional.of(new Job(JobQueue.toMap(r))) : Optional.<Job>empty());
  }

  /** Records progress reported now (see {@link #progress(Lease, int, int, long)}). */
  public Future<TransitionResult> progress(Lease lease, int pagesDone, int pagesTotal) {
    return progress(lease, pagesDone, pagesTotal, System.currentTimeMillis());
  }

  /**
   * Records progress (progress-2.lua); LEASE_LOST or WRONG_STATE when it may not.
   *
   * @param reportedAt when the converter reported the page, epoch ms; published as the event's {@code at}
   */
  public Future<TransitionResult> progress(Lease lease, int pagesDone, int pagesTotal, long reportedAt) {
    String id = lease.jobId();
    int percent = pagesTotal <= 0 ? 0 : (int) Math.min(100, (100L * pagesDone) / pagesTotal);
    return scripts.run(LuaScript.PROGRESS, List.of(keys.job(id), keys.lease(id)),
            List.of(id, lease.token(), Integer.toString(pagesDone), Integer.toString(pagesTotal),
                Integer.toString(percent), keys.events(), Long.toString(reportedAt)))
        .map(r -> TransitionResult.fromCode(r.toLong()));
  }

  /** Records the result (complete-5.lua; queues the job's webhook message when it has a callbackUrl). */
  public Future<TransitionResult> complete(Lease lease, JobResult result) {
    String id = lease.jobId();
    return scripts.run(LuaScript.COMPLETE,
            List.of(keys.job(id), keys.lease(id), keys.active(), keys.completed(), keys.webhooks()),
            List.of(id, lease.token(), JobQueue.now(), keys.events(), result.blobKey(), result.mediaType(),
                Long.toString(result.bytes()), Integer.toString(result.pages())))
        .map(r -> TransitionResult.fromCode(r.toLong()));
  }

  /**
   * Records a failed attempt (fail-6.lua; a job failing for good with a callbackUrl gets its webhook message queued).
   *
   * @param retryDelayMs backoff before the next attempt, or -1 for a permanent failure
   * @return APPLIED (failed for good), RETRY_SCHEDULED, LEASE_LOST or WRONG_STATE
   */
  public Future<TransitionResult> fail(Lease lease, ErrorCode code, String message, long retryDelayMs) {
    String id = lease.jobId();
    return scripts.run(LuaScript.FAIL,
            List.of(keys.job(id), keys.lease(id), keys.active(), keys.failed(), keys.delayed(), keys.webhooks()),
            List.of(id, lease.token(), JobQueue.now(), keys.events(), code.name(),
                message == null ? code.name() : message, Long.toString(retryDelayMs)))
        .map(r -> TransitionResult.fromCode(r.toLong(), TransitionResult.RETRY_SCHEDULED));
  }

  /** Confirms a requested cancellation once the work has stopped (ackCancel-4.lua). */
  public Future<TransitionResult> ackCancel(Lease lease) {
    String id = lease.jobId();
    return scripts.run(LuaScript.ACK_CANCEL,
            List.of(keys.job(id), keys.lease(id), keys.active(), keys.cancelled()),
            List.of(id, lease.token(), JobQueue.now(), keys.events()))
        .map(r -> TransitionResult.fromCode(r.toLong()));
  }

  /** Returns a job to the head of the queue without counting the attempt (handBack-5.lua; shutdown). */
  public Future<TransitionResult> handBack(Lease lease) {
    String id = lease.jobId();
    return scripts.run(LuaScript.HAND_BACK,
            List.of(keys.job(id), keys.lease(id), keys.active(), keys.queue(), keys.cancelled()),
            List.of(id, lease.token(), keys.events(), JobQueue.now()))
        .map(r -> TransitionResult.fromCode(r.toLong(), TransitionResult.CANCEL_REQUESTED));
  }

  /**
   * Renews many leases in one round trip (extendLeases.lua).
   *
   * @return for each lease, in order, whether it was renewed, renewed with a cancellation request, or lost
   */
  public Future<List<LeaseStatus>> extendLeases(List<Lease> leases, long leaseMs) {
    if (leases.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    List<String> leaseKeys = new ArrayList<>(leases.size());
    List<String> args = new ArrayList<>(leases.size() + 2);
    args.add(Long.toString(leaseMs));
    args.add(keys.prefix());
    for (Lease lease : leases) {
      leaseKeys.add(keys.lease(lease.jobId()));
      args.add(lease.token());
    }
    return scripts.run(LuaScript.EXTEND_LEASES, leaseKeys, args).map(r -> {
      List<LeaseStatus> statuses = new ArrayList<>(r.size());
      r.forEach(item -> statuses.add(switch (item.toInteger()) {
        case 1 -> LeaseStatus.RENEWED;
        case 2 -> LeaseStatus.CANCEL_REQUESTED;
        default -> LeaseStatus.LOST;
      }));
      return statuses;
    });
  }
}
