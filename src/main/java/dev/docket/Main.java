package dev.docket;

import dev.docket.config.ConfigException;
import dev.docket.config.DocketConfig;
import dev.docket.config.RedisUrl;
import dev.docket.queue.RedisKeys;
import dev.docket.metrics.DocketMetrics;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the configuration, starts a local Redis when none is configured, deploys the roles asked for. Nothing else. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);
  /** Time beyond the grace period for handing jobs back and closing connections. */
  private static final long SHUTDOWN_SLACK_MS = 15_000;

  private Main() {
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    DocketConfig config;
    try {
      config = DocketConfig.fromEnv(System.getenv());
    } catch (ConfigException e) {
      System.err.println("docket: configuration error: " + e.getMessage());
      System.exit(2);
      return;
    }
    LocalRedis localRedis = null;
    if (config.redisUrl().isEmpty()) {
      try {
        localRedis = LocalRedis.start(config.dataDir());
      } catch (IllegalStateException e) {
        System.err.println("docket: " + e.getMessage());
        System.exit(3);
        return;
      }
      config = config.withRedisUrl(localRedis.url());
    }
    DocketMetrics metrics = new DocketMetrics(DocketMetrics.newRegistry());
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)
            .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))))
        .withMetrics(new MicrometerMetricsFactory(metrics.registry()))
        .build();
    DocketConfig running = config;
    Docket docket;
    try {
      docket = Docket.start(vertx, config, RedisKeys.DEFAULT, metrics).await(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.error("start-up failed", e);
      vertx.close();
      if (localRedis != null) {
        localRedis.close();
      }
      System.exit(1);
      return;
    }
    LOG.info("docket started: roles={} http={} redis={} dataDir={} workers={}", running.roles(),
        docket.httpPort(), running.redisUrl().map(RedisUrl::redact).orElse("?"), running.dataDir(), running.workerConcurrency());
    LocalRedis redisToStop = localRedis;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("shutting down");
      try {
        docket.stop().transform(ar -> vertx.close())
            .await(running.queue().shutdownGraceMs() + SHUTDOWN_SLACK_MS, TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        LOG.warn("shutdown incomplete: {}", e.toString());
      }
      if (redisToStop != null) {
        redisToStop.close();
      }
      stopped.countDown();
    }, "docket-shutdown"));
  }
}
