package dev.docket;

import dev.docket.config.DocketConfig;
import dev.docket.config.Role;
import dev.docket.convert.ConversionLimits;
import dev.docket.events.ProgressRelay;
import dev.docket.http.HttpServerVerticle;
import dev.docket.queue.JobQueue;
import dev.docket.queue.RedisClients;
import dev.docket.queue.RedisKeys;
import dev.docket.storage.BlobStore;
import dev.docket.worker.ActiveJobs;
import dev.docket.worker.ConversionWorkerVerticle;
import dev.docket.worker.LeaseKeeper;
import dev.docket.worker.ProgressRecorder;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running Docket node: deploys the verticles of the roles the configuration asks for into a Vert.x
 * instance and knows how to take them down. {@link Main} uses it for the real process; tests start nodes
 * in-process with it.
 */
public final class Docket {
  /** Name of the worker pool the conversion slots run on. */
  public static final String WORKER_POOL = "docket-convert";
  /** Longest a conversion may hold a worker thread before Vert.x warns about it. */
  static final long MAX_CONVERSION_MINUTES = 30;

  private final Vertx vertx;
  private final Redis redis;
  private final HttpServerVerticle http;

  private Docket(Vertx vertx, Redis redis, HttpServerVerticle http) {
    this.vertx = vertx;
    this.redis = redis;
    this.http = http;
  }

  /**
   * Deploys a node. The configuration must carry a Redis URL (Main starts a local Redis first when none
   * is configured).
   *
   * @return the running node; fails when a verticle cannot start (e.g. the HTTP port is taken)
   */
  public static Future<Docket> start(Vertx vertx, DocketConfig config, RedisKeys keys) {
    String url = config.redisUrl().orElseThrow(() -> new IllegalArgumentException("a Redis URL is required"));
    RedisClients clients = new RedisClients(vertx, url);
    Redis redis = clients.pooled();
    JobQueue queue = new JobQueue(redis, keys);
    return vertx.executeBlocking(() -> new BlobStore(config.dataDir()).init()).compose(blobs -> {
      List<Future<?>> deployments = new ArrayList<>();
      HttpServerVerticle http = null;
      if (config.runs(Role.WEB)) {
        http = new HttpServerVerticle(redis, queue, blobs, config.httpPort(), config.maxUploadBytes());
        deployments.add(vertx.deployVerticle(http));
        deployments.add(vertx.deployVerticle(new ProgressRelay(clients, keys)));
      }
      if (config.runs(Role.WORKER)) {
        deployments.addAll(deployWorkers(vertx, config, clients, queue, blobs));
      }
      HttpServerVerticle web = http;
      return Future.all(deployments).map(ok -> new Docket(vertx, redis, web));
    });
  }

  private static List<Future<?>> deployWorkers(Vertx vertx, DocketConfig config, RedisClients clients,
      JobQueue queue, BlobStore blobs) {
    ActiveJobs active = new ActiveJobs();
    String name = workerName();
    List<Future<?>> deployments = new ArrayList<>();
    deployments.add(vertx.deployVerticle(new LeaseKeeper(queue, active, config.leaseMs())));
    deployments.add(vertx.deployVerticle(new ProgressRecorder(queue)));
    DeploymentOptions slotOptions = new DeploymentOptions()
        .setThreadingModel(ThreadingModel.WORKER)
        .setWorkerPoolName(WORKER_POOL)
        .setWorkerPoolSize(config.workerConcurrency())
        .setMaxWorkerExecuteTime(MAX_CONVERSION_MINUTES)
        .setMaxWorkerExecuteTimeUnit(TimeUnit.MINUTES);
    for (int slot = 0; slot < config.workerConcurrency(); slot++) {
      deployments.add(vertx.deployVerticle(new ConversionWorkerVerticle(queue, clients, blobs, active,
          ConversionLimits.DEFAULTS, name, config.leaseMs()), slotOptions));
    }
    return deployments;
  }

  /** {@code host/pid}: names the worker process on every job it runs. */
  static String workerName() {
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

  /** Undeploys everything and closes the Redis pool (the Vert.x instance stays open). */
  public Future<Void> stop() {
    List<Future<?>> undeploys = new ArrayList<>();
    for (String id : vertx.deploymentIDs()) {
      undeploys.add(vertx.undeploy(id));
    }
    return Future.join(undeploys).transform(ar -> redis.close());
  }
}
