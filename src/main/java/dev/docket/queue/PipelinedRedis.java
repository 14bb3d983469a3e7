package dev.docket.queue;

import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A {@link Redis} that sends every command over a few long-lived connections, pipelined: concurrent callers
 * share the sockets and their requests are written back to back without waiting for earlier replies (the
 * way ioredis and Lettuce multiplex). Redis then reads and answers many requests per system call, and with
 * {@code appendfsync always} covers many of them with one fsync, instead of one per connection and call.
 *
 * <p>Why: the pooled client ({@link RedisClients#pooled()}) holds a connection for the whole life of each
 * request, so {@code n} requests in flight need {@code n} connections and Redis pays one read, one write
 * and one event-loop wake-up per request (measured in {@code bench/queue}). More than one connection is
 * possible: Redis reads at most 16 KB from one client per event-loop cycle (about 35 queue scripts), so
 * a very busy process might want a second socket; in bench/queue a second one cost Redis more CPU per job
 * and gained nothing measurable, so the default is one.
 *
 * <p>Calls are spread round-robin, so, as with the pooled client, two calls not awaited one after the other
 * may run in either order. Only for short non-blocking commands and scripts: a blocking pop, a
 * subscription or a transaction would hold up or change the state of other callers' requests, so they are
 * refused. On a connection error or close the requests in flight on it fail and the next call on it
 * reconnects (each call tries once; callers back off as they do with the pooled client).
 */
public final class PipelinedRedis implements Redis {
  /** Connections a worker or web process shares (see the class comment). */
  public static final int DEFAULT_CONNECTIONS = 1;

  private static final Set<Command> REFUSED = Set.of(Command.BLPOP, Command.BRPOP, Command.BRPOPLPUSH,
      Command.BLMOVE, Command.BLMPOP, Command.BZPOPMIN, Command.BZPOPMAX, Command.BZMPOP, Command.WAIT,
      Command.SUBSCRIBE, Command.PSUBSCRIBE, Command.SSUBSCRIBE, Command.MONITOR, Command.MULTI,
      Command.WATCH, Command.SELECT, Command.CLIENT);

  private final List<Lane> lanes = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();

  /**
   * @param clients where connections come from, e.g. {@link RedisClients#pipelined()}; one connection
   *     is opened from each client produced, and closed with it on {@link #close()}
   * @param connections how many connections to share, at least 1
   */
  public PipelinedRedis(Supplier<Redis> clients, int connections) {
    for (int i = 0; i < Math.max(1, connections); i++) {
      lanes.add(new Lane(clients.get()));
    }
  }

  /** One shared connection from {@code client}. */
  public PipelinedRedis(Redis client) {
    lanes.add(new Lane(client));
  }

  @Override
  public Future<RedisConnection> connect() {
    return Future.failedFuture(new UnsupportedOperationException(
        "a pipelined client shares its connections; use RedisClients.dedicated() for a connection of your own"));
  }

  @Override
  public Future<Response> send(Request request) {
    if (REFUSED.contains(request.command())) {
      return refuse(request);
    }
    return lane().connection().compose(conn -> conn.send(request));
  }

  @Override
  public Future<List<Response>> batch(List<Request> requests) {
    for (Request request : requests) {
      if (REFUSED.contains(request.command())) {
        return refuse(request);
      }
    }
    return lane().connection().compose(conn -> conn.batch(requests));
  }

  @Override
  public Future<Void> close() {
    List<Future<Void>> closing = new ArrayList<>();
    lanes.forEach(lane -> closing.add(lane.close()));
    return Future.join(closing).mapEmpty();
  }

  private Lane lane() {
    return lanes.get(Math.floorMod(next.getAndIncrement(), lanes.size()));
  }

  private static <T> Future<T> refuse(Request request) {
    return Future.failedFuture(new IllegalArgumentException(request.command() + " may not share a pipelined connection"));
  }

  /** One client and the connection currently open from it. */
  private static final class Lane {
    private final Redis client;
    private Future<RedisConnection> connection;
    private boolean closed;

    Lane(Redis client) {
      this.client = client;
    }

    synchronized Future<RedisConnection> connection() {
      if (closed) {
        return Future.failedFuture(new IllegalStateException("closed"));
      }
      Future<RedisConnection> current = connection;
      if (current != null && !current.failed()) {
        return current;
      }
      Future<RedisConnection> fresh = client.connect().onSuccess(conn -> {
        conn.exceptionHandler(err -> drop(conn));
        conn.endHandler(v -> drop(conn));
      });
      connection = fresh;
      return fresh;
    }

    /** Forgets a broken connection so that the next call opens a new one. */
    private void drop(RedisConnection conn) {
      synchronized (this) {
        if (connection == null || !connection.succeeded() || connection.result() != conn) {
          return;
        }
        connection = null;
      }
      conn.close();
    }

    Future<Void> close() {
      synchronized (this) {
        closed = true;
        connection = null;
      }
      return client.close();
    }
  }
}
