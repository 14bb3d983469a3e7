package dev.docket;

import dev.docket.config.DocketConfig;
import dev.docket.config.Role;
import dev.docket.events.ProgressRelay;
import dev.docket.http.HttpServerVerticle;
import dev.docket.metrics.DocketMetrics;
import dev.docket.queue.JobQueue;
import dev.docket.queue.Maintenance;
import dev.docket.queue.PipelinedRedis;
import dev.docket.queue.RedisClients;
import dev.docket.queue.RedisKeys;
import dev.docket.queue.RedisSettingsCheck;
import dev.docket.queue.Stats;
import dev.docket.storage.BlobStore;
import dev.docket.queue.WebhookOutbox;
import dev.docket.worker.Reaper;
import dev.docket.worker.WorkerRole;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Docket node: deploys the verticles of the roles the configuration asks for into a Vert.x
 * instance, and stops them gracefully. {@link Main} uses it for the real process; tests start nodes
 * in-process with it.
 */
public final class Docket {
  private static final Logger LOG = LoggerFactory.getLogger(Docket.class);
  static final long GAUGE_REFRESH_MS = 5_000;

  private final Vertx vertx;
  private final Redis redis;
  private final Redis queueRedis;
  private final DocketConfig config;
  private final HttpServerVerticle http;
  private final WorkerRole workers;
  /** An event-loop context of the node's own: undeploying from a verticle's context would lose the replies. */
  private final Context home;

  private Docket(Vertx vertx, Redis redis, Redis queueRedis, DocketConfig config, HttpServerVerticle http, WorkerRole workers,
      Context home) {
    this.vertx = vertx;
    this.home = home;
    this.redis = redis;
    this.queueRedis = queueRedis;
    this.config = config;
    this.http = http;
    this.workers = workers;
  }

  /**
   * Deploys a node. The configuration must carry a Redis URL (Main starts a local Redis first when none
   * is configured).
   *
   * @return the running node; fails when a verticle cannot start (e.g. the HTTP port is taken)
   */
  public static Future<Docket> start(Vertx vertx, DocketConfig config, RedisKeys keys) {
    return start(vertx, config, keys, new DocketMetrics(DocketMetrics.newRegistry()));
  }

  /** As {@link #start(Vertx, DocketConfig, RedisKeys)}, recording into the given meters (Main shares them with Vert.x). */
  public static Future<Docket> start(Vertx vertx, DocketConfig config, RedisKeys keys, DocketMetrics metrics) {
    String url = config.redisUrl().orElseThrow(() -> new IllegalArgumentException("a Redis URL is required"));
    RedisClients clients = new RedisClients(vertx, url);
    Redis redis = clients.pooled();
    // Submissions, status reads and cancels share one pipelined connection (see PipelinedRedis: Redis
    // then reads many requests per system call); the pool serves the rest, and lends a connection of its
    // own to each submission that must be confirmed by replicas (its WAIT).
    PipelinedRedis queueRedis = new PipelinedRedis(clients::pipelined, PipelinedRedis.DEFAULT_CONNECTIONS);
    JobQueue queue = new JobQueue(queueRedis, keys, config.replicaAck(), redis);
    String name = processName();
    Context home = vertx.getOrCreateContext();
    RedisSettingsCheck.run(redis);
    RedisSettingsCheck.checkReplicas(redis, config.replicaAck().minReplicas());
    refreshQueueGauges(vertx, new Stats(redis, keys), metrics);
    java.util.concurrent.atomic.AtomicReference<WorkerRole> workerRef = new java.util.concurrent.atomic.AtomicReference<>();
    return vertx.executeBlocking(() -> new BlobStore(config.dataDir()).init()).compose(blobs -> {
      List<Future<?>> deployments = new ArrayList<>();
      deployments.add(vertx.deployVerticle(new Reaper(new Maintenance(redis, keys), new Stats(redis, keys), blobs,
          config.queue(), name, metrics, new WebhookOutbox(redis, keys))));
      HttpServerVerticle http = null;
      if (config.runs(Role.WEB)) {
        java.util.concurrent.atomic.AtomicReference<WorkerRole> roleRef = workerRef;
        http = config.runs(Role.WORKER)
            ? new HttpServerVerticle(queue, blobs, config, metrics,
                () -> roleRef.get() == null ? 0 : roleRef.get().runningSlots(), config::workerConcurrency)
            : new HttpServerVerticle(queue, blobs, config, metrics);
        deployments.add(vertx.deployVerticle(http));
        deployments.add(vertx.deployVerticle(new ProgressRelay(clients, keys)));
      }
      Future<WorkerRole> workers = config.runs(Role.WORKER)
          ? WorkerRole.deploy(vertx, config, clients, redis, blobs, name, metrics, keys)
          : Future.succeededFuture();
      workers.onSuccess(workerRef::set);
      deployments.add(workers);
      HttpServerVerticle web = http;
      return Future.all(deployments).map(ok -> new Docket(vertx, redis, queueRedis, config, web, workers.result(), home));
    });
  }

  /** Every 5 s, the queue gauges from Redis (the dashboard's snapshot, one batched round trip). */
  private static void refreshQueueGauges(Vertx vertx, Stats stats, DocketMetrics metrics) {
    vertx.setPeriodic(0, GAUGE_REFRESH_MS, id -> stats.snapshot().onSuccess(s -> {
      var counts = s.getJsonObject("counts");
      for (String state : new String[] {"queued", "delayed", "active", "failed"}) {
        metrics.queueDepth(state, counts.getLong(state));
      }
    }));
  }

  /** {@code host/pid}: names the worker process on every job it runs. */
  static String processName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "localhost";
    }
    return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
  }

  /** The HTTP port, or -1 when this node has no web role. */
  public int httpPort() {
    return http == null ? -1 : http.actualPort();
  }

  /**
   * Graceful stop: the web role refuses new uploads (503) and lets requests in flight finish; the worker
   * role takes no new jobs, lets running ones finish within {@code DOCKET_SHUTDOWN_GRACE_MS}, and hands
   * the rest back to the queue at once. Then everything is undeployed and the Redis pool closed (the
   * Vert.x instance stays open).
   */
  public Future<Void> stop() {
    long grace = config.queue().shutdownGraceMs();
    Future<Void> web = http == null ? Future.succeededFuture() : http.drain(grace);
    Future<Void> work = workers == null ? Future.succeededFuture() : workers.drain(grace);
    Promise<Void> stopped = Promise.promise();
    Future.join(web, work)
        .onFailure(err -> LOG.warn("graceful stop incomplete: {}", err.toString()))
        .onComplete(ar -> home.runOnContext(v -> undeployAll()
            .transform(x -> workers == null ? Future.<Void>succeededFuture() : workers.close())
            .transform(x -> queueRedis.close())
            .transform(x -> redis.close()).onComplete(stopped)));
    return stopped.future();
  }

  private Future<Void> undeployAll() {
    List<Future<?>> undeploys = new ArrayList<>();
    for (String id : vertx.deploymentIDs()) {
      undeploys.add(vertx.undeploy(id));
    }
    return Future.join(undeploys).mapEmpty();
  }
}
