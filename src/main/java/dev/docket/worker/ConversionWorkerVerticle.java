package dev.docket.worker;

import dev.docket.convert.ConversionLimits;
import dev.docket.convert.ProgressListener;
import dev.docket.events.EventAddresses;
import dev.docket.job.Job;
import dev.docket.job.JobIds;
import dev.docket.queue.JobQueue;
import dev.docket.queue.JobTaker;
import dev.docket.queue.Lease;
import dev.docket.queue.RedisClients;
import dev.docket.queue.TransitionResult;
import dev.docket.storage.BlobStore;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker slot (deployed with {@code ThreadingModel.WORKER} on the named pool, one instance per
 * unit of {@code DOCKET_WORKER_CONCURRENCY}). Its loop: take a job id with a bounded blocking pop on its
 * own connection, claim it with a fresh lease token, convert it on this worker thread, record the
 * outcome (fenced by the token), repeat.
 *
 * <p>Only known outcomes are recorded. If the process dies mid-job, the id stays in the active list
 * with an expiring lease, for stalled-job recovery to find.
 */
public final class ConversionWorkerVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(ConversionWorkerVerticle.class);

  private final JobQueue queue;
  private final RedisClients clients;
  private final ActiveJobs active;
  private final ConversionTask task;
  private final String workerName;
  private final long leaseMs;
  private JobTaker taker;
  private volatile boolean stopping;
  private Future<Void> loopDone = Future.succeededFuture();

  /**
   * @param workerName the process's name recorded on each job it runs ({@code host/pid})
   * @param leaseMs lease (visibility timeout) of a claimed job, milliseconds
   */
  public ConversionWorkerVerticle(JobQueue queue, RedisClients clients, BlobStore blobs, ActiveJobs active,
      ConversionLimits limits, String workerName, long leaseMs) {
    this.queue = queue;
    this.clients = clients;
    this.active = active;
    this.task = new ConversionTask(blobs, limits);
    this.workerName = workerName;
    this.leaseMs = leaseMs;
  }

  @Override
  public Future<?> start() {
    taker = new JobTaker(vertx, clients, queue.keys(), JobTaker.DEFAULT_POP_TIMEOUT_SECONDS);
    context.runOnContext(v -> loop());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    stopping = true;
    return taker.close();
  }

  private void loop() {
    if (stopping) {
      return;
    }
    taker.take()
        .compose(id -> id == null || stopping ? Future.<Void>succeededFuture() : attempt(id))
        .onComplete(ar -> {
          if (ar.failed()) {
            LOG.warn("worker loop error: {}", ar.cause().toString());
          }
          loop();
        });
  }

  private Future<Void> attempt(String id) {
    Lease lease = new Lease(id, JobIds.randomToken(16));
    return queue.claim(lease, workerName, leaseMs).compose(job -> {
      if (job.isEmpty()) {
        LOG.info("job={} skipped: no longer queued", id);
        return Future.succeededFuture();
      }
      return convertAndRecord(lease, job.get());
    });
  }

  private Future<Void> convertAndRecord(Lease lease, Job job) {
    ActiveJobs.RunningJob running = active.add(lease);
    long started = System.nanoTime();
    LOG.info("job={} attempt={} worker={} type={} started", job.id(), job.attempts(), workerName, job.inputType());
    return context.executeBlocking(() -> task.run(job, running, progressSink(lease)))
        .compose(outcome -> record(lease, job, outcome, (System.nanoTime() - started) / 1_000_000))
        .onComplete(ar -> active.remove(lease));
  }

  private ProgressListener progressSink(Lease lease) {
    ProgressThrottle throttle = new ProgressThrottle(ProgressThrottle.DEFAULT_MIN_INTERVAL_MS);
    return (done, total) -> {
      if (throttle.shouldEmit(done, total, System.nanoTime() / 1_000_000)) {
        vertx.eventBus().send(EventAddresses.PROGRESS, ProgressRecorder.report(lease, done, total));
      }
    };
  }

  private Future<Void> record(Lease lease, Job job, Outcome outcome, long elapsedMs) {
    Future<TransitionResult> recorded;
    if (outcome instanceof Outcome.Success s) {
      recorded = queue.complete(lease, s.result());
      LOG.info("job={} attempt={} completed pages={} bytes={} ms={}", job.id(), job.attempts(),
          s.result().pages(), s.result().bytes(), elapsedMs);
    } else {
      Outcome.Failure f = (Outcome.Failure) outcome;
      recorded = queue.fail(lease, f.code(), f.message());
      LOG.info("job={} attempt={} failed code={} ms={} message={}", job.id(), job.attempts(), f.code(), elapsedMs,
          f.message());
    }
    return recorded.compose(result -> {
      if (result == TransitionResult.APPLIED) {
        return Future.succeededFuture();
      }
      LOG.warn("job={} attempt={} outcome not recorded: {}", job.id(), job.attempts(), result);
      if (outcome instanceof Outcome.Success s) {
        return context.executeBlocking(() -> {
          task.discard(s.result()); // a newer attempt owns the job; this attempt's file must not linger
          return null;
        });
      }
      return Future.succeededFuture();
    });
  }
}
