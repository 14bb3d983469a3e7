package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The queue's periodic maintenance, run by one node per interval (whoever takes the short-lived lock):
 * stalled-job recovery, promotion of due retries, and retention. Each step is one script.
 */
public final class Maintenance {
  /** Most jobs one step touches per sweep, so a sweep never blocks Redis for long. */
  public static final int BATCH = 1_000;

  private final Redis redis;
  private final RedisKeys keys;
  private final ScriptRunner scripts;

  public Maintenance(Redis redis, RedisKeys keys) {
    this.redis = redis;
    this.keys = keys;
    this.scripts = new ScriptRunner(redis);
  }

  /**
   * Takes the sweep lock for {@code ttlMs} unless another node holds it ({@code SET NX PX}).
   *
   * @return true when this node should sweep now
   */
  public Future<Boolean> tryLock(String node, long ttlMs) {
    return redis.send(Request.cmd(Command.SET).arg(keys.reaperLock()).arg(node).arg("NX").arg("PX").arg(ttlMs))
        .map(r -> r != null && "OK".equals(r.toString()));
  }

  /**
   * One two-phase stalled check (reapStalled-6.lua).
   *
   * @return what was recovered
   */
  public Future<StalledSweep> reapStalled(int maxStalled) {
    return scripts.run(LuaScript.REAP_STALLED,
            List.of(keys.active(), keys.stalled(), keys.queue(), keys.failed(), keys.cancelled(), keys.webhooks()),
            List.of(JobQueue.now(), keys.events(), Integer.toString(maxStalled), keys.prefix(), Integer.toString(BATCH)))
        .map(Maintenance::parseSweep);
  }

  /** Moves due retries to the queue (promoteDelayed-2.lua); returns how many. */
  public Future<Integer> promoteDelayed() {
    return scripts.run(LuaScript.PROMOTE_DELAYED, List.of(keys.delayed(), keys.queue()),
            List.of(JobQueue.now(), keys.events(), keys.prefix(), Integer.toString(BATCH)))
        .map(Response::toInteger);
  }

  /**
   * Deletes finished jobs older than the retention (expireFinished-3.lua), leaving tombstones.
   *
   * @return the ids expired, whose blobs the caller deletes
   */
  public Future<List<String>> expireFinished(long retentionMs) {
    long cutoff = System.currentTimeMillis() - retentionMs;
    return scripts.run(LuaScript.EXPIRE_FINISHED, List.of(keys.completed(), keys.failed(), keys.cancelled()),
            List.of(Long.toString(cutoff), keys.prefix(), Integer.toString(BATCH), Long.toString(JobQueue.GONE_SECONDS)))
        .map(r -> {
          List<String> ids = new ArrayList<>();
          r.forEach(id -> ids.add(id.toString()));
          return ids;
        });
  }

  private static StalledSweep parseSweep(Response r) {
    List<List<String>> groups = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    int group = 0;
    for (Response item : r) {
      String s = item.toString();
      if ("|".equals(s)) {
        group++;
      } else {
        groups.get(group).add(s);
      }
    }
    return new StalledSweep(groups.get(0), groups.get(1), groups.get(2));
  }

  /**
   * What one stalled check did.
   *
   * @param requeued jobs put back at the head of the queue
   * @param failed jobs failed with STALLED_LIMIT
   * @param cancelled stalled jobs whose cancellation had been requested
   */
  public record StalledSweep(List<String> requeued, List<String> failed, List<String> cancelled) {
  }
}
