package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.impl.types.ErrorType;
import java.util.List;
import java.util.function.Function;

/**
 * Runs {@link LuaScript}s: {@code EVALSHA} first, {@code EVAL} (which also caches the script on the
 * server) when Redis answers {@code NOSCRIPT}, e.g. after a restart or a failover, or on a cluster node
 * that has not run the script yet.
 *
 * <p>Cluster: every script gets all the keys it touches in {@code KEYS} or builds them from the
 * {@code {docket}:} prefix (see each script's header); all share the {@code {docket}} hash tag, so the
 * client routes the call by its first key to the one node serving that slot and Redis's same-slot rule
 * for scripts holds. Scripts publish events with PUBLISH, which a cluster broadcasts to every node.
 */
public final class ScriptRunner {
  private final Function<Request, Future<Response>> redis;

  public ScriptRunner(Redis redis) {
    this(redis::send);
  }

  /** Runs scripts through {@code send}, e.g. one connection's {@code RedisConnection::send}. */
  ScriptRunner(Function<Request, Future<Response>> send) {
    this.redis = send;
  }

  /**
   * @param script the script
   * @param keys its KEYS, in the order of its header
   * @param args its ARGV, in the order of its header
   * @return the script's reply; fails with the Redis error (a {@code Throwable}) or a connection error
   */
  public Future<Response> run(LuaScript script, List<String> keys, List<String> args) {
    return run(script.sha1(), script.source(), keys, args);
  }

  /** As {@link #run(LuaScript, List, List)} for a script text assembled elsewhere (a composite). */
  Future<Response> run(String sha1, String source, List<String> keys, List<String> args) {
    return redis.apply(request(Command.EVALSHA, sha1, keys, args))
        .recover(err -> isNoScript(err)
            ? redis.apply(request(Command.EVAL, source, keys, args))
            : Future.failedFuture(err));
  }

  private static Request request(Command command, String script, List<String> keys, List<String> args) {
    Request req = Request.cmd(command).arg(script).arg(keys.size());
    keys.forEach(req::arg);
    args.forEach(req::arg);
    return req;
  }

  private static boolean isNoScript(Throwable err) {
    return err instanceof ErrorType e && e.is("NOSCRIPT");
  }
}
