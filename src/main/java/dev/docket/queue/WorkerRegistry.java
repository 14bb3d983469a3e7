package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Worker processes' heartbeats in {@code {docket}:workers} (name → JSON), for the dashboard. A worker
 * writes its entry every heartbeat and removes it on a graceful stop; an entry whose heartbeat is older
 * than three intervals is shown as stale, and one older than an hour is removed by the next reader.
 */
public final class WorkerRegistry {
  static final long FORGET_AFTER_MS = 3_600_000;

  private final Redis redis;
  private final RedisKeys keys;

  public WorkerRegistry(Redis redis, RedisKeys keys) {
    this.redis = redis;
    this.keys = keys;
  }

  /**
   * @param intervalMs how often this worker beats, ms (readers call it stale after three)
   */
  public Future<Void> beat(String name, int concurrency, int jobsInHand, long intervalMs) {
    int slash = name.lastIndexOf('/');
    JsonObject entry = new JsonObject().put("name", name).put("host", name.substring(0, Math.max(slash, 0)))
        .put("pid", Long.parseLong(name.substring(slash + 1))).put("concurrency", concurrency)
        .put("jobsInHand", jobsInHand).put("lastHeartbeat", System.currentTimeMillis()).put("intervalMs", intervalMs);
    return redis.send(Request.cmd(Command.HSET).arg(keys.workers()).arg(name).arg(entry.encode())).mapEmpty();
  }

  public Future<Void> remove(String name) {
    return redis.send(Request.cmd(Command.HDEL).arg(keys.workers()).arg(name)).mapEmpty();
  }

  /** @return {@code {items:[{name, host, pid, concurrency, jobsInHand, lastHeartbeat, stale}]}} */
  public Future<JsonObject> list() {
    return redis.send(Request.cmd(Command.HGETALL).arg(keys.workers())).compose(r -> {
      long now = System.currentTimeMillis();
      JsonArray items = new JsonArray();
      List<String> forget = new ArrayList<>();
      for (int i = 0; i + 1 < r.size(); i += 2) {
        JsonObject e = new JsonObject(r.get(i + 1).toString());
        long last = e.getLong("lastHeartbeat");
        if (now - last > FORGET_AFTER_MS) {
          forget.add(r.get(i).toString());
          continue;
        }
        items.add(e.copy().put("lastHeartbeat", Instant.ofEpochMilli(last).toString())
            .put("stale", now - last > 3 * e.getLong("intervalMs", 10_000L)));
      }
      Request hdel = Request.cmd(Command.HDEL).arg(keys.workers());
      forget.forEach(hdel::arg);
      Future<?> pruned = forget.isEmpty() ? Future.succeededFuture() : redis.send(hdel);
      return pruned.map(x -> new JsonObject().put("items", items));
    });
  }
}
