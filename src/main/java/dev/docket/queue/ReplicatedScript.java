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

  /** The script's reply and how many replicas confirmed it (-1: unknown, the wait failed; see detail). */
  record Outcome(Response reply, int replicas, String detail) {
  }

  /**
   * @param redis the pooled client (a client that can hand out a connection of its own)
   */
  ReplicatedScript(Redis redis, ReplicaAck ack) {
    this.redis = redis;
    this.ack = ack;
  }

  /**
   * @return the script's reply with the replica count; fails only with the script's own error or a
   *     connection error before the script ran (then nothing is known to be written)
   */
  Future<Outcome> run(LuaScript script, List<String> keys, List<String> args) {
    return redis.connect().compose(conn -> new ScriptRunner(conn::send).run(script, keys, args)
        .compose(reply -> await(conn, reply, keys.get(0)))
        .andThen(ignored -> conn.close()));
  }

  private Future<Outcome> await(RedisConnection conn, Response reply, String anchorKey) {
    return conn.batch(List.of(Request.cmd(Command.EXISTS).arg(anchorKey),
            Request.cmd(Command.WAIT).arg(ack.minReplicas()).arg(ack.timeoutMs())))
        .map(r -> new Outcome(reply, r.get(1).toInteger(), "waited up to " + ack.timeoutMs() + " ms"))
        .otherwise(err -> new Outcome(reply, -1, "WAIT failed: " + err.getMessage()));
  }
}
