package dev.docket.worker;

import dev.docket.queue.FencedTransitions;
import dev.docket.queue.Lease;
import dev.docket.queue.LeaseStatus;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker role, on an event loop: renews the lease of every job this process holds every {@code lease/3}
 * milliseconds, all in one round trip (extendLeases.lua). It runs here rather than in the worker
 * verticles because their timers cannot fire while their thread converts.
 *
 * <p>A lease that could not be renewed (its token is gone or replaced) makes the job stop at its next
 * page (LEASE_LOST); the fenced complete/fail scripts would refuse its outcome anyway. A renewal that
 * reports a cancellation request stops the job as CANCELLED. When Redis itself is unreachable for longer
 * than a lease, every held job is stopped as LEASE_LOST, since the reaper may already have handed it on.
 */
public final class LeaseKeeper extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

  private final FencedTransitions transitions;
  private final ActiveJobs active;
  private final long leaseMs;
  private long lastRenewalMs = System.currentTimeMillis();
  private long timerId = -1;
  private boolean inFlight;

  private final dev.docket.metrics.DocketMetrics metrics;

  public LeaseKeeper(FencedTransitions transitions, ActiveJobs active, long leaseMs,
      dev.docket.metrics.DocketMetrics metrics) {
    this.metrics = metrics;
    this.transitions = transitions;
    this.active = active;
    this.leaseMs = leaseMs;
  }

  @Override
  public Future<?> start() {
    timerId = vertx.setPeriodic(Math.max(100, leaseMs / 3), id -> renew());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timerId);
    return Future.succeededFuture();
  }

  private void renew() {
    if (inFlight) {
      return; // the previous round trip is still out; never pile up
    }
    List<ActiveJobs.RunningJob> held = active.snapshot();
    if (held.isEmpty()) {
      lastRenewalMs = System.currentTimeMillis();
      return;
    }
    List<Lease> leases = held.stream().map(ActiveJobs.RunningJob::lease).toList();
    inFlight = true;
    transitions.extendLeases(leases, leaseMs)
        .onComplete(ar -> inFlight = false)
        .onSuccess(statuses -> {
          lastRenewalMs = System.currentTimeMillis();
          for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i) == LeaseStatus.LOST) {
              LOG.warn("job={} lease lost; stopping it", leases.get(i).jobId());
              metrics.leaseLost();
              held.get(i).stop(StopReason.LEASE_LOST);
            } else if (statuses.get(i) == LeaseStatus.CANCEL_REQUESTED) {
              held.get(i).stop(StopReason.CANCELLED);
            }
          }
        })
        .onFailure(err -> {
          long since = System.currentTimeMillis() - lastRenewalMs;
          LOG.warn("lease renewal failed ({} ms since the last success): {}", since, err.getMessage());
          if (since > leaseMs) {
            held.forEach(job -> job.stop(StopReason.LEASE_LOST));
          }
        });
  }
}
