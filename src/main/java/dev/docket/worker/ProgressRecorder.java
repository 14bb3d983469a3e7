package dev.docket.worker;

import dev.docket.events.EventAddresses;
import dev.docket.queue.FencedTransitions;
import dev.docket.queue.Lease;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker role, on an event loop: takes progress reports that worker slots send on the local event bus
 * ({@link EventAddresses#PROGRESS}, body {@code {id, token, pagesDone, pagesTotal, at}}, at in epoch ms) and records each in
 * Redis with the fenced progress script, which also publishes it to every web node. The converting
 * thread never waits for Redis.
 */
public final class ProgressRecorder extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressRecorder.class);

  private final FencedTransitions queue;

  public ProgressRecorder(FencedTransitions queue) {
    this.queue = queue;
  }

  @Override
  public Future<?> start() {
    return vertx.eventBus().<JsonObject>localConsumer(EventAddresses.PROGRESS, msg -> record(msg.body()))
        .completion();
  }

  private void record(JsonObject report) {
    Lease lease = new Lease(report.getString("id"), report.getString("token"));
    queue.progress(lease, report.getInteger("pagesDone"), report.getInteger("pagesTotal"), report.getLong("at"))
        .onFailure(err -> LOG.debug("job={} progress not recorded: {}", lease.jobId(), err.getMessage()));
  }

  /** The message a worker slot sends. */
  static JsonObject report(Lease lease, int pagesDone, int pagesTotal) {
    return new JsonObject().put("id", lease.jobId()).put("token", lease.token())
        .put("pagesDone", pagesDone).put("pagesTotal", pagesTotal).put("at", System.currentTimeMillis());
  }
}
