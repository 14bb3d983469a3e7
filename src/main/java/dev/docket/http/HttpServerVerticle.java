package dev.docket.http;

import dev.docket.queue.JobQueue;
import dev.docket.storage.BlobStore;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.redis.client.Redis;

/**
 * Web role: the HTTP server (REST API, streamed uploads, static pages, SockJS bridge). Its start future is
 * the listen future, so a port that cannot be bound fails the deployment.
 */
public final class HttpServerVerticle extends VerticleBase {
  private final Redis redis;
  private final JobQueue queue;
  private final BlobStore blobs;
  private final int port;
  private final long maxUploadBytes;
  private HttpServer server;

  /**
   * @param port TCP port, 0 for any free one (see {@link #actualPort()})
   * @param maxUploadBytes largest accepted request body, bytes
   */
  public HttpServerVerticle(Redis redis, JobQueue queue, BlobStore blobs, int port, long maxUploadBytes) {
    this.redis = redis;
    this.queue = queue;
    this.blobs = blobs;
    this.port = port;
    this.maxUploadBytes = maxUploadBytes;
  }

  @Override
  public Future<?> start() {
    server = vertx.createHttpServer(new HttpServerOptions());
    return server.requestHandler(Routes.create(vertx, redis, queue, blobs, maxUploadBytes)).listen(port);
  }

  /** The bound port (useful when configured with 0). */
  public int actualPort() {
    return server.actualPort();
  }
}
