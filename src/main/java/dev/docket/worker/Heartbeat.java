package dev.docket.worker;

import dev.docket.queue.WorkerRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

/**
 * Worker role, on an event loop: writes this process's heartbeat (host, pid, concurrency, jobs in hand)
 * every {@code lease/3} ms for the dashboard, and removes it on a graceful stop.
 */
public final class Heartbeat extends VerticleBase {
  private final WorkerRegistry registry;
  private final ActiveJobs active;
  private final String name;
  private final int concurrency;
  private final long intervalMs;
  private long timerId = -1;

  public Heartbeat(WorkerRegistry registry, ActiveJobs active, String name, int concurrency, long intervalMs) {
    this.registry = registry;
    this.active = active;
    this.name = name;
    this.concurrency = concurrency;
    this.intervalMs = intervalMs;
  }

  @Override
  public Future<?> start() {
    timerId = vertx.setPeriodic(0, intervalMs, id -> registry.beat(name, concurrency, active.size(), intervalMs));
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timerId);
    return registry.remove(name).otherwiseEmpty();
  }
}
