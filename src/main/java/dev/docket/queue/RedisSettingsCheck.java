package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns at start-up when the Redis server would lose or evict jobs: Docket needs AOF
 * ({@code appendonly yes}; {@code appendfsync always} for zero loss of acknowledged jobs) and
 * {@code maxmemory-policy noeviction}. Servers that forbid CONFIG GET (some managed services, and
 * CONFIG may be renamed or refused in Sentinel and Cluster setups) are reported as unchecked with a
 * warning, never as a failure: start-up goes on. In a Cluster the command reaches one node (any), so only
 * that node's settings are checked.
 */
public final class RedisSettingsCheck {
  private static final Logger LOG = LoggerFactory.getLogger(RedisSettingsCheck.class);

  private RedisSettingsCheck() {
  }

  /** @return the warnings logged (empty when the settings are right or could not be read) */
  public static Future<List<String>> run(Redis redis) {
    return Future.all(get(redis, "appendonly"), get(redis, "appendfsync"), get(redis, "maxmemory-policy"))
        .map(all -> {
          List<String> warnings = warnings(all.resultAt(0), all.resultAt(1), all.resultAt(2));
          warnings.forEach(LOG::warn);
          return warnings;
        })
        .otherwise(err -> {
          LOG.warn("could not read the Redis server's settings ({}); make sure it runs with AOF and noeviction",
              err.getMessage());
          return List.of();
        });
  }

  static List<String> warnings(String appendonly, String appendfsync, String policy) {
    List<String> warnings = new ArrayList<>();
    if (!"yes".equals(appendonly)) {
      warnings.add("Redis runs without AOF (appendonly " + appendonly + "): a Redis restart loses queued jobs; "
          + "set appendonly yes");
    } else if (!"always".equals(appendfsync)) {
      warnings.add("Redis AOF uses appendfsync " + appendfsync + ": a crash may lose up to a second of "
          + "acknowledged jobs; set appendfsync always for zero loss");
    }
    if (!"noeviction".equals(policy)) {
      warnings.add("Redis maxmemory-policy is " + policy + ": under memory pressure it may evict job keys; "
          + "set maxmemory-policy noeviction");
    }
    return warnings;
  }

  private static Future<String> get(Redis redis, String name) {
    return redis.send(Request.cmd(Command.CONFIG).arg("GET").arg(name)).map(RedisSettingsCheck::value);
  }

  private static String value(Response r) {
    return r != null && r.size() >= 2 ? r.get(1).toString() : "unknown";
  }
}
