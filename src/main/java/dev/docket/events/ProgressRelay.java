package dev.docket.events;

import dev.docket.queue.RedisClients;
import dev.docket.queue.RedisKeys;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web role: relays job events from Redis pub/sub ({@code {docket}:events}) to the local event bus,
 * publishing each to {@code jobs.<id>} where the SockJS bridge hands it to browsers. Every web node runs
 * one, so a browser sees progress whichever node it is connected to.
 *
 * <p>Holds a dedicated connection in subscribe mode and re-subscribes after a lost connection with
 * capped exponential backoff. Events are hints; the job hash stays the truth, and clients re-read it
 * after reconnecting. (Vert.x's built-in {@code EventBusHandler} is not used: it {@code send}s rather
 * than publishes and forwards subscribe confirmations.)
 */
public final class ProgressRelay extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressRelay.class);
  private static final long MAX_BACKOFF_MS = 5_000;

  private final RedisClients clients;
  private final RedisKeys keys;
  private Redis client;
  private long backoffMs = 100;
  private boolean stopping;
  private final Promise<Void> firstSubscription = Promise.promise();

  public ProgressRelay(RedisClients clients, RedisKeys keys) {
    this.clients = clients;
    this.keys = keys;
  }

  @Override
  public Future<?> start() {
    subscribe();
    // Deployment completes once the first subscription is in place (or after 3 s if Redis is down; the
    // relay keeps retrying in the background).
    return firstSubscription.future().timeout(3, java.util.concurrent.TimeUnit.SECONDS).otherwiseEmpty();
  }

  @Override
  public Future<?> stop() {
    stopping = true;
    return client == null ? Future.succeededFuture() : client.close();
  }

  private void subscribe() {
    client = clients.dedicated();
    client.connect()
        .compose(conn -> {
          conn.handler(this::onMessage);
          conn.exceptionHandler(err -> resubscribeLater(err.getMessage()));
          conn.endHandler(v -> resubscribeLater("connection closed"));
          return conn.send(Request.cmd(Command.SUBSCRIBE).arg(keys.events()));
        })
        .onSuccess(ok -> {
          backoffMs = 100;
          firstSubscription.tryComplete();
          LOG.info("relaying job events from {}", keys.events());
        })
        .onFailure(err -> resubscribeLater(err.getMessage()));
  }

  private void onMessage(Response msg) {
    // RESP2 pub/sub push: ["message", channel, payload]; confirmations are ["subscribe", channel, n].
    if (msg == null || msg.type() != ResponseType.MULTI || msg.size() < 3 || !"message".equals(msg.get(0).toString())) {
      return;
    }
    try {
      JsonObject event = new JsonObject(msg.get(2).toString());
      String id = event.getString("id");
      if (id != null) {
        vertx.eventBus().publish(EventAddresses.job(id), event);
      }
    } catch (DecodeException | ClassCastException e) {
      LOG.warn("ignoring malformed job event: {}", e.getMessage());
    }
  }

  private void resubscribeLater(String reason) {
    if (stopping) {
      return;
    }
    Redis old = client;
    client = null;
    if (old == null) {
      return; // a retry is already scheduled
    }
    long wait = backoffMs;
    backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
    LOG.warn("event subscription lost ({}), retrying in {} ms", reason, wait);
    old.close().onComplete(ignored -> vertx.setTimer(wait, t -> {
      if (!stopping) {
        subscribe();
      }
    }));
  }
}
