package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.impl.types.ErrorType;
import java.util.List;

/**
 * Runs {@link LuaScript}s: {@code EVALSHA} first, {@code EVAL} (which also caches the script on the
 * server) when Redis answers {@code NOSCRIPT}, e.g. after a restart or a failover.
 */
public final class ScriptRunner {
  private final Redis redis;

  public ScriptRunner(Redis redis) {
    this.redis = redis;
  }

  /**
   * @param script the script
   * @param keys its KEYS, in the order of its header
   * @param args its ARGV, in the order of its header
   * @return the script's reply; fails with the Redis error (a {@code Throwable}) or a connection error
   */
  public Future<Response> run(LuaScript script, List<String> keys, List<String> args) {
    return redis.send(request(Command.EVALSHA, script.sha1(), keys, args))
        .recover(err -> isNoScript(err)
            ? redis.send(request(Command.EVAL, script.source(), keys, args))
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
