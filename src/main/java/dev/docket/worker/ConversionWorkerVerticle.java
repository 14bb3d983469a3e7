package dev.docket.worker;

import dev.docket.config.QueueSettings;
import dev.docket.convert.ProgressListener;
import dev.docket.events.EventAddresses;
import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import dev.docket.job.JobIds;
import dev.docket.queue.ChainedTransitions;
import dev.docket.queue.ChainedTransitions.Claimed;
import dev.docket.queue.FencedTransitions;
import dev.docket.queue.JobTaker;
import dev.docket.queue.Lease;
import dev.docket.queue.RedisClients;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker slot (deployed with {@code ThreadingModel.WORKER} on the named pool, one instance per unit
 * of {@code DOCKET_WORKER_CONCURRENCY}). Its loop: get a job, convert it on the slot's {@link
 * ConversionThread} under the job timeout, record the outcome (fenced by the lease token; see {@link
 * OutcomeRecorder}), repeat.
 *
 * <p>Getting a job costs as few Redis round trips as the queue allows: a success is recorded together
 * with claiming the next queued job ({@code completeAndClaimNext}); a slot with no job in hand first
 * tries {@code popAndClaim} (one non-blocking call), and only when the queue is empty blocks in {@code
 * BRPOPLPUSH} on its own connection ({@link JobTaker}) and then claims the popped id. Like BullMQ's
 * {@code moveToFinished}, which finishes a job and fetches the next one in one script.
 *
 * <p>Only known outcomes are recorded. If the process dies mid-job, the id stays in the active list with
 * an expiring lease, for the reaper's stalled-job recovery to find. {@link #stopTaking()} ends the loop
 * for a graceful shutdown.
 */
public final class ConversionWorkerVerticle extends VerticleBase {
  /** How long a timed-out conversion gets to notice its interruption before its thread is abandoned. */
  static final long ABANDON_AFTER_MS = 2_000;
  private static final Logger LOG = LoggerFactory.getLogger(ConversionWorkerVerticle.class);

  private final FencedTransitions transitions;
  private final ChainedTransitions chained;
  private final RedisClients clients;
  private final ActiveJobs active;
  private final ConversionTask task;
  private final OutcomeRecorder recorder;
  private final String workerName;
  private final QueueSettings settings;
  private final ConversionThread thread;
  private final dev.docket.metrics.DocketMetrics metrics;
  private JobTaker taker;
  private boolean taking = true;
  private final Promise<Void> loopEnded = Promise.promise();

  /**
   * @param workerName the process's name recorded on each job it runs ({@code host/pid})
   * @param slot index of this slot in its process, for thread names
   */
  public ConversionWorkerVerticle(FencedTransitions transitions, ChainedTransitions chained, RedisClients clients,
      ActiveJobs active, ConversionTask task, OutcomeRecorder recorder, String workerName, QueueSettings settings,
      int slot, dev.docket.metrics.DocketMetrics metrics) {
    this.metrics = metrics;
    this.transitions = transitions;
    this.chained = chained;
    this.clients = clients;
    this.active = active;
    this.task = task;
    this.recorder = recorder;
    this.workerName = workerName;
    this.settings = settings;
    this.thread = new ConversionThread("docket-convert-" + slot);
  }

  @Override
  public Future<?> start() {
    taker = new JobTaker(vertx, clients, transitions.keys(), JobTaker.DEFAULT_POP_TIMEOUT_SECONDS);
    context.runOnContext(v -> loop(Optional.empty()));
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    thread.shutdown();
    return taker.close();
  }

  /** True while the slot's loop runs (it only ends on {@link #stopTaking()}). */
  public boolean running() {
    return taking && !loopEnded.future().isComplete();
  }

  /**
   * Stops taking new jobs. The future completes once the loop has ended, i.e. after the job in hand (if
   * any) has been recorded; a job popped after this call is handed straight back.
   */
  public Future<Void> stopTaking() {
    context.runOnContext(v -> {
      taking = false;
      taker.close();
    });
    return loopEnded.future();
  }

  /** One turn of the slot: {@code inHand} is a job already claimed for this slot, if any. */
  private void loop(Optional<Claimed> inHand) {
    if (!taking) {
      inHand.ifPresentOrElse(c -> handBack(c.lease()).onComplete(ar -> loopEnded.tryComplete()),
          loopEnded::tryComplete);
      return;
    }
    (inHand.isPresent() ? Future.succeededFuture(inHand) : next())
        .compose(claimed -> claimed.isEmpty() ? Future.succeededFuture(Optional.<Claimed>empty())
            : taking ? convertAndRecord(claimed.get().lease(), claimed.get().job())
            : handBack(claimed.get().lease()).map(Optional.<Claimed>empty()))
        .onComplete(ar -> {
          if (ar.failed()) {
            LOG.warn("worker loop error: {}", ar.cause().toString());
          }
          loop(ar.succeeded() ? ar.result() : Optional.empty());
        });
  }

  /**
   * The next job for an idle slot: popAndClaim without blocking; if the queue is empty (or Redis did not
   * answer), a bounded blocking pop and a claim. Empty when the pop timed out or the id was not claimable.
   */
  private Future<Optional<Claimed>> next() {
    return chained.popAndClaim(JobIds.randomToken(16), workerName, settings.leaseMs())
        .recover(err -> Future.succeededFuture(Optional.empty()))
        .compose(claimed -> claimed.isPresent() ? Future.succeededFuture(claimed)
            : taker.take().compose(id -> id == null ? Future.succeededFuture(Optional.<Claimed>empty()) : claim(id)));
  }

  private Future<Optional<Claimed>> claim(String id) {
    Lease lease = new Lease(id, JobIds.randomToken(16));
    return transitions.claim(lease, workerName, settings.leaseMs()).map(job -> {
      if (job.isEmpty()) {
        LOG.info("job={} skipped: no longer queued", id);
      }
      return job.map(j -> new Claimed(lease, j));
    });
  }

  /** A job claimed while or after {@link #stopTaking()} ran: back to the queue at once, attempt uncounted. */
  private Future<Void> handBack(Lease lease) {
    return transitions.handBack(lease).mapEmpty();
  }

  /** Converts a claimed job and records its outcome; a success hands over the next claimed job, if any. */
  private Future<Optional<Claimed>> convertAndRecord(Lease lease, Job job) {
    ActiveJobs.RunningJob running = active.add(lease);
    long started = System.nanoTime();
    if (job.attempts() == 1) {
      metrics.queueWait(System.currentTimeMillis() - Long.parseLong(job.fields().get(dev.docket.job.JobFields.CREATED_AT)));
    }
    LOG.info("job={} attempt={} worker={} type={} started", job.id(), job.attempts(), workerName, job.inputType());
    Future<Outcome> outcome = thread.run(context, () -> task.run(job, running, progressSink(lease)));
    Promise<Outcome> bounded = Promise.promise();
    outcome.onComplete(ar -> bounded.tryComplete(ar.succeeded() ? ar.result()
        : new Outcome.Failure(ErrorCode.CONVERSION_FAILED, "the converter failed unexpectedly: " + ar.cause())));
    long timer = vertx.setTimer(settings.jobTimeoutMs(), t -> timeOut(job, running, bounded));
    return bounded.future()
        .onComplete(ar -> vertx.cancelTimer(timer))
        .compose(o -> {
          long elapsedMs = (System.nanoTime() - started) / 1_000_000;
          return taking ? recorder.recordAndClaimNext(vertx, lease, job, o, elapsedMs, workerName)
              : recorder.record(vertx, lease, job, o, elapsedMs).map(v -> Optional.<Claimed>empty());
        })
        .onComplete(ar -> active.remove(lease));
  }

  private void timeOut(Job job, ActiveJobs.RunningJob running, Promise<Outcome> outcome) {
    LOG.warn("job={} attempt={} exceeded {} ms; stopping it", job.id(), job.attempts(), settings.jobTimeoutMs());
    running.stop(StopReason.TIMEOUT);
    thread.interrupt();
    vertx.setTimer(ABANDON_AFTER_MS, t -> {
      if (!outcome.future().isComplete()) {
        thread.abandon();
        outcome.tryComplete(new Outcome.Stopped(StopReason.TIMEOUT));
      }
    });
  }

  private ProgressListener progressSink(Lease lease) {
    ProgressThrottle throttle = new ProgressThrottle(ProgressThrottle.DEFAULT_MIN_INTERVAL_MS);
    return (done, total) -> {
      if (throttle.shouldEmit(done, total, System.nanoTime() / 1_000_000)) {
        vertx.eventBus().send(EventAddresses.PROGRESS, ProgressRecorder.report(lease, done, total));
      }
    };
  }
}
