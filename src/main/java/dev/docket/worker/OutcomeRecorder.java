package dev.docket.worker;

import dev.docket.config.QueueSettings;
import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import dev.docket.job.JobIds;
import dev.docket.queue.Backoff;
import dev.docket.queue.ChainedTransitions;
import dev.docket.queue.FencedTransitions;
import dev.docket.queue.Lease;
import dev.docket.queue.Stats;
import dev.docket.queue.TransitionResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records how an attempt ended, with the fenced script that fits: complete; fail (transient codes retry
 * after a full-jitter exponential backoff, permanent ones go to dead-letter); ackCancel; TIMEOUT failure;
 * hand back on shutdown; nothing when the lease was lost. Calls that cannot reach Redis are retried for
 * up to one lease, so a short outage does not throw finished work away. One log line per transition.
 *
 * <p>A success can also claim the slot's next job in the same round trip ({@link #recordAndClaimNext},
 * {@code completeAndClaimNext-6.lua}), so a slot with work waiting costs Redis one call per job.
 */
final class OutcomeRecorder {
  private static final Logger LOG = LoggerFactory.getLogger(OutcomeRecorder.class);

  private final FencedTransitions transitions;
  private final ChainedTransitions chained;
  private final ConversionTask task;
  private final QueueSettings settings;
  private final Stats stats;

  private final dev.docket.metrics.DocketMetrics metrics;

  OutcomeRecorder(FencedTransitions transitions, ChainedTransitions chained, ConversionTask task,
      QueueSettings settings, Stats stats, dev.docket.metrics.DocketMetrics metrics) {
    this.metrics = metrics;
    this.transitions = transitions;
    this.chained = chained;
    this.task = task;
    this.settings = settings;
    this.stats = stats;
  }

  /** Records the outcome of {@code lease}'s attempt (see the class comment); never claims another job. */
  Future<Void> record(Vertx vertx, Lease lease, Job job, Outcome outcome, long elapsedMs) {
    String head = head(job);
    return send(vertx, head, lease, job, outcome, elapsedMs)
        .compose(result -> settle(vertx, head, outcome, result, elapsedMs));
  }

  /**
   * As {@link #record}, but a success is recorded with {@code completeAndClaimNext}: the same fenced
   * complete, plus the next queued job claimed for {@code worker} under a fresh lease token.
   *
   * @return the next job, claimed, or empty (queue empty, the outcome was not a success, or Redis could
   *     not be reached: then the complete is retried alone, and a job the lost reply may have claimed is
   *     recovered by the reaper like any job whose worker vanished)
   */
  Future<Optional<ChainedTransitions.Claimed>> recordAndClaimNext(Vertx vertx, Lease lease, Job job,
      Outcome outcome, long elapsedMs, String worker) {
    if (!(outcome instanceof Outcome.Success s)) {
      return record(vertx, lease, job, outcome, elapsedMs).map(v -> Optional.empty());
    }
    String head = head(job);
    logCompleted(head, s, elapsedMs);
    return chained.completeAndClaimNext(lease, s.result(), JobIds.randomToken(16), worker, settings.leaseMs())
        .transform(ar -> ar.succeeded()
            ? settle(vertx, head, outcome, ar.result().completed(), elapsedMs).map(v -> ar.result().next())
            : retrying(vertx, head, () -> transitions.complete(lease, s.result()))
                .compose(result -> settle(vertx, head, outcome, result, elapsedMs))
                .map(v -> Optional.<ChainedTransitions.Claimed>empty()));
  }

  private static String head(Job job) {
    return "job=" + job.id() + " attempt=" + job.attempts();
  }

  private static void logCompleted(String head, Outcome.Success s, long elapsedMs) {
    LOG.info("{} completed pages={} bytes={} ms={}", head, s.result().pages(), s.result().bytes(), elapsedMs);
  }

  private Future<TransitionResult> send(Vertx vertx, String head, Lease lease, Job job, Outcome outcome,
      long elapsedMs) {
    if (outcome instanceof Outcome.Success s) {
      logCompleted(head, s, elapsedMs);
      return retrying(vertx, head, () -> transitions.complete(lease, s.result()));
    }
    if (outcome instanceof Outcome.Failure f) {
      long delay = f.code().isTransient()
          ? Backoff.fullJitter(job.attempts(), settings.retryBackoffMs(), QueueSettings.MAX_RETRY_BACKOFF_MS,
              ThreadLocalRandom.current())
          : -1;
      LOG.info("{} failed code={} transient={} ms={} message={}", head, f.code(), delay >= 0, elapsedMs, f.message());
      return retrying(vertx, head, () -> transitions.fail(lease, f.code(), f.message(), delay));
    }
    StopReason reason = ((Outcome.Stopped) outcome).reason();
    LOG.info("{} stopped reason={} ms={}", head, reason, elapsedMs);
    return switch (reason) {
      case CANCELLED -> retrying(vertx, head, () -> transitions.ackCancel(lease));
      case TIMEOUT -> retrying(vertx, head, () -> transitions.fail(lease, ErrorCode.TIMEOUT,
          "the conversion ran longer than the " + settings.jobTimeoutMs() + " ms limit", -1));
      case SHUTDOWN -> retrying(vertx, head, () -> transitions.handBack(lease));
      case LEASE_LOST -> Future.succeededFuture(TransitionResult.LEASE_LOST);
    };
  }

  /** Logs, counts and meters what the script answered; a refused success's result file is deleted. */
  private Future<Void> settle(Vertx vertx, String head, Outcome outcome, TransitionResult result, long elapsedMs) {
    if (result == TransitionResult.APPLIED || result == TransitionResult.RETRY_SCHEDULED
        || result == TransitionResult.CANCEL_REQUESTED) {
      LOG.info("{} recorded {}", head, result);
      countFinished(outcome, result);
      meter(outcome, result, elapsedMs);
      return Future.succeededFuture();
    }
    LOG.warn("{} outcome not recorded: {}", head, result);
    return outcome instanceof Outcome.Success s
        ? vertx.executeBlocking(() -> {
          task.discard(s.result()); // a newer attempt owns the job; this attempt's file must not linger
          return null;
        }, false)
        : Future.succeededFuture();
  }

  private void meter(Outcome outcome, TransitionResult result, long elapsedMs) {
    metrics.processing(elapsedMs);
    if (result == TransitionResult.RETRY_SCHEDULED) {
      metrics.retried();
    } else if (outcome instanceof Outcome.Success s) {
      metrics.jobFinished("completed", "none");
      metrics.pagesConverted(s.result().pages());
    } else if (outcome instanceof Outcome.Failure f) {
      metrics.jobFinished("failed", f.code().name());
    } else if (outcome instanceof Outcome.Stopped st && st.reason() == StopReason.TIMEOUT) {
      metrics.jobFinished("failed", ErrorCode.TIMEOUT.name());
    } else if (outcome instanceof Outcome.Stopped st && st.reason() == StopReason.CANCELLED) {
      metrics.jobFinished("cancelled", "none");
    }
  }

  /** Bumps the dashboard's per-minute counters for jobs that finished for good. */
  private void countFinished(Outcome outcome, TransitionResult result) {
    if (result != TransitionResult.APPLIED) {
      return;
    }
    if (outcome instanceof Outcome.Success) {
      stats.recordFinished("completed");
    } else if (outcome instanceof Outcome.Failure
        || (outcome instanceof Outcome.Stopped st && st.reason() == StopReason.TIMEOUT)) {
      stats.recordFinished("failed");
    }
  }

  private Future<TransitionResult> retrying(Vertx vertx, String head,
      java.util.function.Supplier<Future<TransitionResult>> call) {
    return Retrying.call(vertx, head + " recording", settings.leaseMs(), call);
  }
}
