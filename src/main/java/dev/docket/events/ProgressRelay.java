package dev.docket.events;

import dev.docket.queue.RedisClients;
import dev.docket.queue.RedisKeys;
import dev.docket.queue.RedisSubscription;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web role: relays job events from Redis pub/sub ({@code {docket}:events}) to the local event bus,
 * publishing each to {@code jobs.<id>} where the SockJS bridge hands it to browsers. Every web node runs
 * one, so a browser sees progress whichever node it is connected to. Events are hints; the job hash
 * stays the truth, and clients re-read it after reconnecting. (Vert.x's built-in {@code EventBusHandler}
 * is not used: it {@code send}s rather than publishes and forwards subscribe confirmations.)
 */
public final class ProgressRelay extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressRelay.class);

  private final RedisClients clients;
  private final RedisKeys keys;
  private RedisSubscription subscription;

  public ProgressRelay(RedisClients clients, RedisKeys keys) {
    this.clients = clients;
    this.keys = keys;
  }

  @Override
  public Future<?> start() {
    subscription = new RedisSubscription(vertx, clients, keys.events(), this::relay);
    // Deployment completes at the first subscription, or after 3 s if Redis is down (retries go on).
    return subscription.start().timeout(3, TimeUnit.SECONDS).otherwiseEmpty();
  }

  @Override
  public Future<?> stop() {
    return subscription.close();
  }

  private void relay(String payload) {
    try {
      JsonObject event = new JsonObject(payload);
      String id = event.getString("id");
      if (id != null) {
        vertx.eventBus().publish(EventAddresses.job(id), event);
      }
    } catch (DecodeException | ClassCastException e) {
      LOG.warn("ignoring malformed job event: {}", e.getMessage());
    }
  }
}
