package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Queue statistics for the dashboard: depth per state, and how many jobs finished per minute by
 * outcome (counters in {@code {docket}:stats:<minute>} hashes that expire after two hours). Counters are
 * bumped after a transition is recorded and are approximate by design (a crash between the two loses a
 * count, never a job).
 */
public final class Stats {
  /** Minutes of history {@link #snapshot()} returns. */
  public static final int SERIES_MINUTES = 30;
  private static final long COUNTER_TTL_SECONDS = 7_200;

  private final Redis redis;
  private final RedisKeys keys;

  public Stats(Redis redis, RedisKeys keys) {
    this.redis = redis;
    this.keys = keys;
  }

  /**
   * Counts one finished job.
   *
   * @param outcome {@code completed} or {@code failed}
   */
  public Future<Void> recordFinished(String outcome) {
    String key = keys.stats(System.currentTimeMillis() / 60_000);
    return redis.batch(List.of(Request.cmd(Command.HINCRBY).arg(key).arg(outcome).arg(1),
        Request.cmd(Command.EXPIRE).arg(key).arg(COUNTER_TTL_SECONDS))).mapEmpty();
  }

  /**
   * @return {@code {counts:{queued,delayed,active,completed,failed,cancelled}, workers, series:[{minute,
   *     completed, failed}]}}, the series oldest first
   */
  public Future<JsonObject> snapshot() {
    long now = System.currentTimeMillis() / 60_000;
    List<Request> reads = new ArrayList<>(List.of(
        Request.cmd(Command.LLEN).arg(keys.queue()), Request.cmd(Command.ZCARD).arg(keys.delayed()),
        Request.cmd(Command.LLEN).arg(keys.active()), Request.cmd(Command.ZCARD).arg(keys.completed()),
        Request.cmd(Command.ZCARD).arg(keys.failed()), Request.cmd(Command.ZCARD).arg(keys.cancelled()),
        Request.cmd(Command.HLEN).arg(keys.workers())));
    for (long m = now - SERIES_MINUTES + 1; m <= now; m++) {
      reads.add(Request.cmd(Command.HMGET).arg(keys.stats(m)).arg("completed").arg("failed"));
    }
    return redis.batch(reads).map(r -> {
      JsonObject counts = new JsonObject().put("queued", r.get(0).toLong()).put("delayed", r.get(1).toLong())
          .put("active", r.get(2).toLong()).put("completed", r.get(3).toLong()).put("failed", r.get(4).toLong())
          .put("cancelled", r.get(5).toLong());
      JsonArray series = new JsonArray();
      for (int i = 0; i < SERIES_MINUTES; i++) {
        Response minute = r.get(7 + i);
        series.add(new JsonObject()
            .put("minute", Instant.ofEpochMilli((now - SERIES_MINUTES + 1 + i) * 60_000).toString())
            .put("completed", count(minute.get(0))).put("failed", count(minute.get(1))));
      }
      return new JsonObject().put("counts", counts).put("workers", r.get(6).toLong()).put("series", series);
    });
  }

  private static long count(Response r) {
    return r == null ? 0 : r.toLong();
  }
}
