package dev.docket.support;

import dev.docket.Docket;
import dev.docket.config.DocketConfig;
import dev.docket.config.Role;
import dev.docket.queue.RedisKeys;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** An in-process Docket node on a free port with its own data directory, for HTTP-level tests. */
public final class DocketNode implements AutoCloseable {
  public final Vertx vertx;
  public final Docket docket;
  public final Path dataDir;
  public final DocketConfig config;
  private boolean ownsDataDir = true;

  private final RedisKeys keys;

  private DocketNode(Vertx vertx, Docket docket, Path dataDir, DocketConfig config, RedisKeys keys) {
    this.keys = keys;
    this.vertx = vertx;
    this.docket = docket;
    this.dataDir = dataDir;
    this.config = config;
  }

  /**
   * @param roles the roles to run
   * @param workers worker slots (ignored without the worker role)
   * @param maxUploadBytes upload limit, bytes
   */
  public static DocketNode start(String redisUrl, RedisKeys keys, Set<Role> roles, int workers, long maxUploadBytes)
      throws Exception {
    return start(redisUrl, keys, roles, workers, maxUploadBytes, Files.createTempDirectory("docket-data-"));
  }

  /** As above, sharing another node's data directory (the blob store every node must reach). */
  public static DocketNode start(String redisUrl, RedisKeys keys, Set<Role> roles, int workers, long maxUploadBytes,
      Path dataDir) throws Exception {
    return start(new DocketConfig(0, Optional.of(redisUrl), roles, dataDir, workers, maxUploadBytes, 30_000), keys);
  }

  /** Starts a node with exactly this configuration (its data directory is deleted on close). */
  public static DocketNode start(DocketConfig config, RedisKeys keys) throws Exception {
    Path dataDir = config.dataDir();
    Vertx vertx = Vertx.vertx();
    Docket docket = Docket.start(vertx, config, keys).await(30, TimeUnit.SECONDS);
    return new DocketNode(vertx, docket, dataDir, config, keys);
  }

  /** Starts another node on this node's data directory; closing it leaves the directory alone. */
  public DocketNode sibling(Set<Role> roles, int workers) throws Exception {
    DocketNode other = start(new DocketConfig(0, config.redisUrl(), roles, dataDir, workers, config.maxUploadBytes(),
        config.queue()), keys);
    other.ownsDataDir = false;
    return other;
  }

  public int port() {
    return docket.httpPort();
  }

  public String base() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public void close() throws Exception {
    docket.stop().await(30, TimeUnit.SECONDS);
    vertx.close().await(30, TimeUnit.SECONDS);
    if (ownsDataDir) {
      TempFiles.deleteTree(dataDir);
    }
  }
}
