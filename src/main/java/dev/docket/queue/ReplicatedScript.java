package dev.docket.queue;

import dev.docket.config.ReplicaAck;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.List;

/**
 * Runs one script and then {@code WAIT numreplicas timeout} on the same connection: WAIT counts only the
 * writes of the connection it is sent on, so the connection is taken from the pool with
 * {@link Redis#connect()}, used for both, and returned.
 *
 * <p>In a Cluster the connection holds one socket per node and routes keyless commands to any master, so
 * WAIT is sent in a batch with a read of the script's first key ({@code EXISTS}): a batch goes to one
 * node, the one serving that key's slot, which is the node the script ran on. Standalone and Sentinel
 * connections are a single socket and take the same batch unchanged.
 */
final class ReplicatedScript {
  private final Redis redis;
  private final ReplicaAck ack;

  /**
   * @param redis the pooled client (a client that can hand out a connection of its own)
   */
  ReplicatedScript(Redis redis, ReplicaAck ack) {
    this.redis = redis;
    this.ack = ack;
  }

  /**
   * @param jobId named in the failure
   * @return the script's reply once {@code ack.minReplicas()} replicas confirmed it; fails with the script's
   *     own error (nothing known to be written), or with {@link NotReplicatedException} when the script ran
   *     but too few replicas confirmed in time or the wait failed
   */
  Future<Response> run(String jobId, LuaScript script, List<String> keys, List<String> args) {
    return redis.connect().compose(conn -> new ScriptRunner(conn::send).run(script, keys, args)
        .compose(reply -> await(conn, jobId, keys.get(0)).map(reply))
        .andThen(ignored -> conn.close()));
  }

  private Future<Void> await(RedisConnection conn, String jobId, String anchorKey) {
    int required = ack.minReplicas();
    return conn.batch(List.of(Request.cmd(Command.EXISTS).arg(anchorKey),
            Request.cmd(Command.WAIT).arg(required).arg(ack.timeoutMs())))
        .transform(ar -> {
          if (ar.failed()) {
            return Future.failedFuture(new NotReplicatedException(jobId, -1, required, ar.cause().getMessage()));
          }
          int acknowledged = ar.result().get(1).toInteger();
          return acknowledged >= required ? Future.<Void>succeededFuture()
              : Future.failedFuture(new NotReplicatedException(jobId, acknowledged, required,
                  "waited " + ack.timeoutMs() + " ms"));
        });
  }
}
