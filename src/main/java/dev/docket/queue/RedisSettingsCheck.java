package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern CONNECTED_REPLICAS = Pattern.compile("(?m)^connected_slaves:(\\d+)");

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

  /**
   * Warns when the master has fewer connected replicas than {@code DOCKET_REDIS_MIN_REPLICAS}: every
   * submission would then be refused with 503 NOT_REPLICATED. (In a Cluster, INFO reaches any one master.)
   *
   * @return the warning logged, if any (none when INFO cannot be read)
   */
  public static Future<Optional<String>> checkReplicas(Redis redis, int required) {
    if (required <= 0) {
      return Future.succeededFuture(Optional.empty());
    }
    return redis.send(Request.cmd(Command.INFO).arg("replication"))
        .map(info -> replicaWarning(String.valueOf(info), required))
        .otherwise(err -> Optional.of("could not read INFO replication (" + err.getMessage() + ")"))
        .andThen(ar -> ar.result().ifPresent(LOG::warn));
  }

  static Optional<String> replicaWarning(String info, int required) {
    Matcher m = CONNECTED_REPLICAS.matcher(info);
    int connected = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return connected >= required ? Optional.empty() : Optional.of("Redis master has " + connected
        + " connected replica(s) but DOCKET_REDIS_MIN_REPLICAS=" + required
        + ": submissions are refused (503 NOT_REPLICATED) until enough replicas connect");
  }

  private static Future<String> get(Redis redis, String name) {
    return redis.send(Request.cmd(Command.CONFIG).arg("GET").arg(name)).map(RedisSettingsCheck::value);
  }

  private static String value(Response r) {
    return r != null && r.size() >= 2 ? r.get(1).toString() : "unknown";
  }
}
