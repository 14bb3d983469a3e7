package dev.docket.worker;

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
 * Worker role: listens on {@code {docket}:control} for {@code {"type":"cancel","id":...}} and asks the
 * named job to stop if this process holds it. The lease renewal reports cancellations too, so a missed
 * message delays a cancellation by at most a third of a lease.
 */
public final class ControlListener extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(ControlListener.class);

  private final RedisClients clients;
  private final RedisKeys keys;
  private final ActiveJobs active;
  private RedisSubscription subscription;

  public ControlListener(RedisClients clients, RedisKeys keys, ActiveJobs active) {
    this.clients = clients;
    this.keys = keys;
    this.active = active;
  }

  @Override
  public Future<?> start() {
    subscription = new RedisSubscription(vertx, clients, keys.control(), this::onCommand);
    return subscription.start().timeout(3, TimeUnit.SECONDS).otherwiseEmpty();
  }

  @Override
  public Future<?> stop() {
    return subscription.close();
  }

  private void onCommand(String payload) {
    try {
      JsonObject command = new JsonObject(payload);
      if ("cancel".equals(command.getString("type"))) {
        ActiveJobs.RunningJob job = active.get(command.getString("id"));
        if (job != null) {
          LOG.info("job={} cancellation requested; stopping it", command.getString("id"));
          job.stop(StopReason.CANCELLED);
        }
      }
    } catch (DecodeException | ClassCastException e) {
      LOG.warn("ignoring malformed control message: {}", e.getMessage());
    }
  }
}
