package dev.docket.queue;

import dev.docket.config.RedisUrl;
import io.vertx.core.Vertx;
import io.vertx.redis.client.ProtocolVersion;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisClientType;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.RedisRole;

/**
 * Builds the two kinds of Redis client Docket uses from one URL.
 *
 * <ul>
 *   <li>{@link #pooled()}: shared by all non-blocking commands of a process. The pool is sized well
 *       above Vert.x's defaults (6 connections, 24 waiters), which reject bursts.</li>
 *   <li>{@link #dedicated()}: a client of its own for one connection-stateful user (a worker slot's
 *       blocking pop, a relay's SUBSCRIBE). Closing the client closes its socket; closing a pooled
 *       connection would only return it to the pool with a blocked pop still pending, and that pop
 *       would later steal a job into the active list where nobody takes it.</li>
 * </ul>
 * Both speak RESP2, so replies have one shape (flat arrays for hashes).
 *
 * <p>Topologies ({@link RedisUrl}): a standalone URL is used as it is. A Sentinel URL makes Vert.x ask the
 * sentinels for the master of the named set ({@code RedisClientType.SENTINEL}, {@code RedisRole.MASTER})
 * each time it opens a connection, so connections opened after a failover reach the new master; Vert.x's
 * own auto-failover (which swaps a live connection's socket) is left off because every user here already
 * reopens its connection on loss: the pool drops broken connections, and the dedicated users
 * ({@link JobTaker}, {@link RedisSubscription}) close their client and build a new one with backoff. A
 * Cluster URL gives a client that routes each command to the node serving its keys' slot; all Docket keys
 * share the {@code {docket}} slot, so every script runs on one node. Keyless commands (PING, CONFIG,
 * PUBLISH, SUBSCRIBE) go to any node: PUBLISH is broadcast to the whole cluster, so a subscription on any
 * node hears every event.
 */
public final class RedisClients {
  /** Pooled connections per process. */
  public static final int DEFAULT_POOL_SIZE = 32;
  /** Requests that may wait for a pooled connection before being rejected. */
  public static final int DEFAULT_POOL_WAITING = 4_096;
  /** Requests that may await their reply on one pipelined connection. */
  public static final int PIPELINE_WAITING = 65_536;

  private final Vertx vertx;
  private final RedisUrl url;

  /**
   * @param url {@code DOCKET_REDIS_URL}, any shape {@link RedisUrl} accepts
   * @throws dev.docket.config.ConfigException when the URL is malformed
   */
  public RedisClients(Vertx vertx, String url) {
    this.vertx = vertx;
    this.url = RedisUrl.parse(url);
  }

  /** The topology and endpoints the clients connect to. */
  public RedisUrl url() {
    return url;
  }

  /** A pooled client for ordinary commands and scripts. */
  public Redis pooled() {
    return Redis.createClient(vertx, base()
        .setMaxPoolSize(DEFAULT_POOL_SIZE)
        .setMaxPoolWaiting(DEFAULT_POOL_WAITING)
        .setMaxWaitingHandlers(DEFAULT_POOL_WAITING));
  }

  /**
   * A client for one connection shared by many callers ({@link PipelinedRedis}): replies awaited on one
   * socket are bounded by {@link #PIPELINE_WAITING} instead of Vert.x's default of 2,048, which a burst of
   * status reads on a web node can exceed.
   */
  public Redis pipelined() {
    return Redis.createClient(vertx, base().setMaxPoolSize(1).setMaxPoolWaiting(1)
        .setMaxWaitingHandlers(PIPELINE_WAITING));
  }

  /** A client meant to hold exactly one connection for blocking or subscribing commands. */
  public Redis dedicated() {
    return Redis.createClient(vertx, base().setMaxPoolSize(1).setMaxPoolWaiting(1));
  }

  private RedisOptions base() {
    RedisOptions options = new RedisOptions().setPreferredProtocolVersion(ProtocolVersion.RESP2);
    switch (url.topology()) {
      case STANDALONE -> options.setConnectionString(url.endpoints().get(0));
      case SENTINEL -> {
        options.setType(RedisClientType.SENTINEL).setRole(RedisRole.MASTER).setMasterName(url.masterName().orElseThrow());
        url.endpoints().forEach(options::addConnectionString);
      }
      case CLUSTER -> {
        options.setType(RedisClientType.CLUSTER);
        url.endpoints().forEach(options::addConnectionString);
      }
    }
    return options;
  }
}
