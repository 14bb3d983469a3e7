package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pub/sub subscription to one channel on a connection of its own, which re-subscribes after a lost
 * connection (a dedicated connection does not reconnect by itself) with capped exponential backoff
 * (100 ms doubling to 5 s). Messages published while disconnected are missed: subscribers treat them
 * as hints and re-read state from the job hash.
 */
public final class RedisSubscription {
  private static final Logger LOG = LoggerFactory.getLogger(RedisSubscription.class);
  private static final long MAX_BACKOFF_MS = 5_000;

  private final Vertx vertx;
  private final RedisClients clients;
  private final String channel;
  private final Consumer<String> onMessage;
  private final Promise<Void> first = Promise.promise();
  private Redis client;
  private long backoffMs = 100;
  private boolean closed;

  /**
   * @param onMessage receives each message's payload, on an event loop
   */
  public RedisSubscription(Vertx vertx, RedisClients clients, String channel, Consumer<String> onMessage) {
    this.vertx = vertx;
    this.clients = clients;
    this.channel = channel;
    this.onMessage = onMessage;
  }

  /** Subscribes; the future completes at the first confirmed subscription (retries go on regardless). */
  public Future<Void> start() {
    subscribe();
    return first.future();
  }

  public Future<Void> close() {
    closed = true;
    Redis c = client;
    client = null;
    return c == null ? Future.succeededFuture() : c.close();
  }

  private void subscribe() {
    client = clients.dedicated();
    client.connect()
        .compose(conn -> {
          conn.handler(this::onPush);
          conn.exceptionHandler(err -> retryLater(err.getMessage()));
          conn.endHandler(v -> retryLater("connection closed"));
          return conn.send(Request.cmd(Command.SUBSCRIBE).arg(channel));
        })
        .onSuccess(ok -> {
          backoffMs = 100;
          first.tryComplete();
        })
        .onFailure(err -> retryLater(err.getMessage()));
  }

  private void onPush(Response msg) {
    // RESP2 pub/sub push: ["message", channel, payload]; confirmations are ["subscribe", channel, n].
    if (msg != null && msg.type() == ResponseType.MULTI && msg.size() == 3 && "message".equals(msg.get(0).toString())) {
      onMessage.accept(msg.get(2).toString());
    }
  }

  private void retryLater(String reason) {
    Redis old = client;
    client = null;
    if (closed || old == null) {
      return; // closing, or a retry is already scheduled
    }
    long wait = backoffMs;
    backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
    LOG.warn("subscription to {} lost ({}), retrying in {} ms", channel, reason, wait);
    old.close().onComplete(ignored -> vertx.setTimer(wait, t -> {
      if (!closed) {
        subscribe();
      }
    }));
  }
}
