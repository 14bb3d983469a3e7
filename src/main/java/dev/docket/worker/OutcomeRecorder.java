package dev.docket.worker;

import dev.docket.config.QueueSettings;
import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import dev.docket.queue.Backoff;
import dev.docket.queue.FencedTransitions;
import dev.docket.queue.Lease;
import dev.docket.queue.Stats;
import dev.docket.queue.TransitionResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records how an attempt ended, with the fenced script that fits: complete; fail (transient codes retry
 * after a full-jitter exponential backoff, permanent ones go to dead-letter); ackCancel; TIMEOUT failure;
 * hand back on shutdown; nothing when the lease was lost. Calls that cannot reach Redis are retried for
 * up to one lease, so a short outage does not throw finished work away. One log line per transition.
 */
final class OutcomeRecorder {
  private static final Logger LOG = LoggerFactory.getLogger(OutcomeRecorder.class);

  private final FencedTransitions transitions;
  private final ConversionTask task;
  private final QueueSettings settings;
  private final Stats stats;

  private final dev.docket.metrics.DocketMetrics metrics;

  OutcomeRecorder(FencedTransitions transitions, ConversionTask task, QueueSettings settings, Stats stats,
      dev.docket.metrics.DocketMetrics metrics) {
    this.metrics = metrics;
    this.transitions = transitions;
    this.task = task;
    this.settings = settings;
    this.stats = stats;
  }

  Future<Void> record(Vertx vertx, Lease lease, Job job, Outcome outcome, long elapsedMs) {
    String head = "job=" + job.id() + " attempt=" + job.attempts();
    Future<TransitionResult> recorded;
    if (outcome instanceof Outcome.Success s) {
      recorded = retrying(vertx, head, () -> transitions.complete(lease, s.result()));
      LOG.info("{} completed pages={} bytes={} ms={}", head, s.result().pages(), s.result().bytes(), elapsedMs);
    } else if (outcome instanceof Outcome.Failure f) {
      long delay = f.code().isTransient()
          ? Backoff.fullJitter(job.attempts(), settings.retryBackoffMs(), QueueSettings.MAX_RETRY_BACKOFF_MS,
              ThreadLocalRandom.current())
          : -1;
      recorded = retrying(vertx, head, () -> transitions.fail(lease, f.code(), f.message(), delay));
      LOG.info("{} failed code={} transient={} ms={} message={}", head, f.code(), delay >= 0, elapsedMs, f.message());
    } else {
      StopReason reason = ((Outcome.Stopped) outcome).reason();
      LOG.info("{} stopped reason={} ms={}", head, reason, elapsedMs);
      recorded = switch (reason) {
        case CANCELLED -> retrying(vertx, head, () -> transitions.ackCancel(lease));
        case TIMEOUT -> retrying(vertx, head, () -> transitions.fail(lease, ErrorCode.TIMEOUT,
            "the conversion ran longer than the " + settings.jobTimeoutMs() + " ms limit", -1));
        case SHUTDOWN -> retrying(vertx, head, () -> transitions.handBack(lease));
        case LEASE_LOST -> Future.succeededFuture(TransitionResult.LEASE_LOST);
      };
    }
    return recorded.compose(result -> {
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
    });
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
