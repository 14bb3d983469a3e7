package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker slot's reliable fetch: {@code BRPOPLPUSH {docket}:queue {docket}:active <timeout>} on a
 * connection of its own (Sidekiq's "bounded blocking pop, so the thread can check if the process is
 * shutting down"). The job id moves atomically into the active list and stays there until the outcome
 * is recorded.
 *
 * <p>Why a client of its own: a blocking command on the pooled client starves it, and closing a pooled
 * connection leaves the pending pop alive to steal a job later. Here every failure closes the whole
 * client (and with it the socket), and the next {@link #take} reconnects after a capped exponential
 * backoff (100 ms doubling to 5 s), so a Redis restart is survived without spinning. The client has no
 * timeout of its own, so each pop is bounded with {@link Future#timeout}.
 *
 * <p>The same reliable fetch serves any pair of lists (the webhook dispatcher takes from
 * {@code {docket}:webhooks} into {@code {docket}:webhooks:inflight}).
 */
public final class JobTaker {
  /** Seconds one BRPOPLPUSH blocks before returning empty. */
  public static final int DEFAULT_POP_TIMEOUT_SECONDS = 2;
  static final long MIN_BACKOFF_MS = 100;
  static final long MAX_BACKOFF_MS = 5_000;
  private static final Logger LOG = LoggerFactory.getLogger(JobTaker.class);

  private final Vertx vertx;
  private final RedisClients clients;
  private final String source;
  private final String destination;
  private final int popTimeoutSeconds;
  private Redis client;
  private RedisConnection connection;
  private long backoffMs = MIN_BACKOFF_MS;
  private boolean closed;

  public JobTaker(Vertx vertx, RedisClients clients, RedisKeys keys, int popTimeoutSeconds) {
    this(vertx, clients, keys.queue(), keys.active(), popTimeoutSeconds);
  }

  /**
   * A taker moving ids from the tail of {@code source} to the head of {@code destination}.
   *
   * @param source list key popped from (its right end)
   * @param destination list key pushed onto
   */
  public JobTaker(Vertx vertx, RedisClients clients, String source, String destination, int popTimeoutSeconds) {
    this.vertx = vertx;
    this.clients = clients;
    this.source = source;
    this.destination = destination;
    this.popTimeoutSeconds = popTimeoutSeconds;
  }

  /**
   * Waits up to the pop timeout for a job.
   *
   * @return the id of a job now in the active list, or null when none came (or Redis is unreachable;
   *     then the call has already waited out the backoff, so a loop of calls never spins)
   */
  public Future<String> take() {
    if (closed) {
      return Future.succeededFuture(null);
    }
    return connection()
        .compose(conn -> conn.send(Request.cmd(Command.BRPOPLPUSH)
                .arg(source).arg(destination).arg(popTimeoutSeconds))
            .timeout(popTimeoutSeconds + 5L, TimeUnit.SECONDS))
        .map(reply -> {
          backoffMs = MIN_BACKOFF_MS;
          return reply == null ? null : reply.toString();
        })
        .recover(this::backOff);
  }

  /** Closes the client and its socket; a pending pop dies with it. */
  public Future<Void> close() {
    closed = true;
    return dropClient();
  }

  private Future<RedisConnection> connection() {
    if (connection != null) {
      return Future.succeededFuture(connection);
    }
    client = clients.dedicated();
    return client.connect().onSuccess(conn -> {
      connection = conn;
      conn.exceptionHandler(err -> dropClient());
      conn.endHandler(v -> dropClient());
    });
  }

  private Future<String> backOff(Throwable err) {
    if (closed) {
      return Future.succeededFuture(null); // closed on purpose: the pending pop died with the socket
    }
    long wait = backoffMs;
    backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
    LOG.warn("blocking pop failed, reconnecting in {} ms: {}", wait, String.valueOf(err.getMessage()));
    Promise<String> later = Promise.promise();
    dropClient().onComplete(ignored -> vertx.setTimer(wait, t -> later.complete(null)));
    return later.future();
  }

  private Future<Void> dropClient() {
    Redis old = client;
    client = null;
    connection = null;
    return old == null ? Future.succeededFuture() : old.close().otherwiseEmpty();
  }
}
