package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.redis.client.Redis;
import java.util.List;

/**
 * Per-submitter submission budgets in Redis ({@code rateLimit-1.lua}: the Generic Cell Rate Algorithm,
 * ITU-T I.371, as in redis-cell), shared by every web node and judged by Redis's clock.
 */
public final class SubmissionRates {
  private final ScriptRunner scripts;
  private final RedisKeys keys;

  public SubmissionRates(Redis redis, RedisKeys keys) {
    this.scripts = new ScriptRunner(redis);
    this.keys = keys;
  }

  /**
   * Counts one submission of {@code subject} against {@code perMinute} submissions a minute with bursts of
   * {@code burst}.
   *
   * @return 0 when allowed (and counted), else the milliseconds until the next submission is allowed
   *     (nothing counted); fails when Redis cannot be reached
   */
  public Future<Long> take(String subject, int perMinute, int burst) {
    long intervalMs = Math.max(1, 60_000L / perMinute);
    return scripts.run(LuaScript.RATE_LIMIT, List.of(keys.rate(subject)),
            List.of(Long.toString(intervalMs), Integer.toString(burst)))
        .map(r -> r.get(0).toInteger() == 1 ? 0L : Math.max(1, r.get(1).toLong()));
  }
}
