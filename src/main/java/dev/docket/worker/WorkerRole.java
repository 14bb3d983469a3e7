package dev.docket.worker;

import dev.docket.config.DocketConfig;
import dev.docket.convert.ConversionLimits;
import dev.docket.metrics.DocketMetrics;
import dev.docket.queue.ChainedTransitions;
import dev.docket.queue.FencedTransitions;
import dev.docket.queue.PipelinedRedis;
import dev.docket.queue.Lease;
import dev.docket.queue.RedisClients;
import dev.docket.queue.Stats;
import dev.docket.queue.WorkerRegistry;
import io.vertx.redis.client.Redis;
import dev.docket.storage.BlobStore;
import dev.docket.webhook.WebhookDispatcher;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker role of a process: deploys its slots (on the named worker pool), {@link LeaseKeeper},
 * {@link ProgressRecorder}, {@link ControlListener} and, when a webhook secret is configured, the
 * {@link WebhookDispatcher}; and drains them on shutdown: stop taking jobs,
 * let running ones finish within the grace period, then hand the rest back to the queue at once.
 */
public final class WorkerRole {
  /** Name of the worker pool the slots run on. */
  public static final String WORKER_POOL = "docket-convert";
  /** After the grace period, how long stopped jobs get to hand themselves back between pages. */
  static final long HAND_BACK_WAIT_MS = 3_000;
  private static final Logger LOG = LoggerFactory.getLogger(WorkerRole.class);

  private final Vertx vertx;
  private final PipelinedRedis pipelined;
  private final FencedTransitions transitions;
  private final ActiveJobs active = new ActiveJobs();
  private final List<ConversionWorkerVerticle> slots = new ArrayList<>();

  private WorkerRole(Vertx vertx, PipelinedRedis pipelined, FencedTransitions transitions) {
    this.vertx = vertx;
    this.pipelined = pipelined;
    this.transitions = transitions;
  }

  /**
   * Deploys the role's verticles. Every transition of the process's jobs (claim, progress, lease
   * renewal, outcome) goes over one {@link PipelinedRedis} connection shared by all slots; each slot's
   * blocking pop and the control subscription have connections of their own; {@code redis} (the pooled
   * client) serves the heartbeat and statistics. {@link #close()} closes the shared connection.
   */
  public static Future<WorkerRole> deploy(Vertx vertx, DocketConfig config, RedisClients clients, Redis redis,
      BlobStore blobs, String workerName, DocketMetrics metrics, dev.docket.queue.RedisKeys keys) {
    PipelinedRedis pipelined = new PipelinedRedis(clients::pipelined, PipelinedRedis.DEFAULT_CONNECTIONS);
    FencedTransitions transitions = new FencedTransitions(pipelined, keys);
    ChainedTransitions chained = new ChainedTransitions(pipelined, keys);
    WorkerRole role = new WorkerRole(vertx, pipelined, transitions);
    List<Future<?>> deployments = new ArrayList<>();
    deployments.add(vertx.deployVerticle(new LeaseKeeper(transitions, role.active, config.leaseMs(), metrics)));
    deployments.add(vertx.deployVerticle(new ProgressRecorder(transitions)));
    deployments.add(vertx.deployVerticle(new ControlListener(clients, transitions.keys(), role.active)));
    if (config.webhooks().enabled()) {
      deployments.add(vertx.deployVerticle(new WebhookDispatcher(clients, redis, transitions.keys(), config.webhooks(),
          metrics)));
    }
    deployments.add(vertx.deployVerticle(new Heartbeat(new WorkerRegistry(redis, transitions.keys()), role.active,
        workerName, config.workerConcurrency(), Math.max(100, config.leaseMs() / 3))));
    DeploymentOptions slotOptions = new DeploymentOptions()
        .setThreadingModel(ThreadingModel.WORKER)
        .setWorkerPoolName(WORKER_POOL)
        .setWorkerPoolSize(config.workerConcurrency());
    ConversionTask task = new ConversionTask(blobs, ConversionLimits.DEFAULTS);
    for (int slot = 0; slot < config.workerConcurrency(); slot++) {
      ConversionWorkerVerticle verticle = new ConversionWorkerVerticle(transitions, chained, clients, role.active, task,
          new OutcomeRecorder(transitions, chained, task, config.queue(), new Stats(redis, keys), metrics),
          workerName, config.queue(), slot, metrics);
      role.slots.add(verticle);
      deployments.add(vertx.deployVerticle(verticle, slotOptions));
    }
    return Future.all(deployments).map(ok -> role);
  }

  /** Closes the role's shared transition connection; call after its verticles are undeployed. */
  public Future<Void> close() {
    return pipelined.close();
  }

  /** Slots whose loop is running. */
  public int runningSlots() {
    return (int) slots.stream().filter(ConversionWorkerVerticle::running).count();
  }

  /** Slots in all. */
  public int totalSlots() {
    return slots.size();
  }

  /** Jobs this process holds right now. */
  public int jobsInHand() {
    return active.size();
  }

  /**
   * Graceful stop: no new jobs; running ones may finish within {@code graceMs}; then every job still
   * running is stopped and handed back to the head of the queue (attempt not counted) — by its slot
   * between pages, or directly here if its conversion does not reach a page boundary in time.
   */
  public Future<Void> drain(long graceMs) {
    List<Future<Void>> loops = slots.stream().map(ConversionWorkerVerticle::stopTaking).toList();
    Future<Void> allLoopsEnded = Future.join(new ArrayList<>(loops)).mapEmpty();
    return allLoopsEnded.timeout(graceMs, TimeUnit.MILLISECONDS).recover(timedOut -> {
      List<ActiveJobs.RunningJob> left = active.snapshot();
      LOG.info("grace period over; handing back {} running job(s)", left.size());
      left.forEach(job -> job.stop(StopReason.SHUTDOWN));
      return allLoopsEnded.timeout(HAND_BACK_WAIT_MS, TimeUnit.MILLISECONDS).recover(stuck -> handBackDirectly());
    });
  }

  private Future<Void> handBackDirectly() {
    List<Future<?>> handBacks = new ArrayList<>();
    for (ActiveJobs.RunningJob job : active.snapshot()) {
      Lease lease = job.lease();
      LOG.warn("job={} did not stop between pages; handing it back without its slot", lease.jobId());
      handBacks.add(transitions.handBack(lease).onComplete(ar -> active.remove(lease)));
    }
    Promise<Void> done = Promise.promise();
    Future.join(handBacks).onComplete(ar -> done.complete());
    return done.future();
  }
}
