package dev.docket.http;

import dev.docket.config.DocketConfig;
import dev.docket.metrics.DocketMetrics;
import dev.docket.queue.JobQueue;
import dev.docket.storage.BlobStore;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Web role: the HTTP server (REST API, streamed uploads, static pages, SockJS bridge). Its start future is
 * the listen future, so a port that cannot be bound fails the deployment. {@link #drain(long)} begins a
 * graceful shutdown: new uploads get 503, requests in flight finish.
 */
public final class HttpServerVerticle extends VerticleBase {
  private final JobQueue queue;
  private final BlobStore blobs;
  private final DocketConfig config;
  private final AtomicBoolean draining = new AtomicBoolean();
  private final InFlight inFlight = new InFlight();
  private HttpServer server;

  private final DocketMetrics metrics;

  private final java.util.function.IntSupplier[] workerSlots;

  /**
   * @param workerSlots for a node that also runs workers: {running slots, total slots}; empty otherwise
   */
  public HttpServerVerticle(JobQueue queue, BlobStore blobs, DocketConfig config, DocketMetrics metrics,
      java.util.function.IntSupplier... workerSlots) {
    this.workerSlots = workerSlots;
    this.metrics = metrics;
    this.queue = queue;
    this.blobs = blobs;
    this.config = config;
  }

  @Override
  public Future<?> start() {
    server = vertx.createHttpServer(new HttpServerOptions());
    return server.requestHandler(Routes.create(vertx, queue, blobs, config, draining::get, inFlight, metrics,
        () -> workerSlots.length < 2 ? null
            : new HealthHandler.WorkerHealth(workerSlots[0].getAsInt(), workerSlots[1].getAsInt()))).listen(config.httpPort());
  }

  /** The bound port (useful when configured with 0). */
  public int actualPort() {
    return server.actualPort();
  }

  /**
   * Refuses new uploads (503 SERVICE_UNAVAILABLE with Retry-After), lets API requests in flight finish
   * for up to {@code graceMs}, then closes the server and every connection left (idle keep-alives, event
   * bus sockets: browsers reconnect to another node and re-read their jobs).
   */
  public Future<Void> drain(long graceMs) {
    draining.set(true);
    return inFlight.awaitNone(vertx, graceMs).transform(ar -> server.close());
  }
}
