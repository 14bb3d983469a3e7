package dev.docket.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Sentinel deployment for a test class, on free loopback ports: one master, its replica(s) and three
 * sentinels (quorum 2) watching the master set {@value #MASTER_NAME}. Sentinel timings are short
 * ({@code down-after-milliseconds} 1000, {@code failover-timeout} 3000) so that a failover takes a few
 * seconds. {@link #killMaster()} kills the current master with SIGKILL; {@link #awaitFailover} waits until
 * the sentinels name another one. Processes and directories are removed afterwards, also when a test or
 * the start-up failed.
 *
 * <pre>
 * &#64;RegisterExtension static final RedisSentinelExtension SENTINEL = new RedisSentinelExtension(1);
 * </pre>
 */
public final class RedisSentinelExtension implements BeforeAllCallback, AfterAllCallback {
  /** The monitored master set's name. */
  public static final String MASTER_NAME = "docket";
  private static final int SENTINELS = 3;

  private final int replicas;
  private Path root;
  private final List<RedisProcess> servers = new ArrayList<>();
  private final List<RedisProcess> sentinels = new ArrayList<>();

  /** @param replicas replicas started with the master */
  public RedisSentinelExtension(int replicas) {
    this.replicas = replicas;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    root = Files.createTempDirectory("docket-sentinel-");
    try {
      int masterPort = RedisProcess.freePort();
      servers.add(RedisProcess.start(root.resolve("server-0"), masterPort, serverArgs(masterPort)));
      for (int i = 0; i < replicas; i++) {
        addReplica();
      }
      for (int i = 0; i < SENTINELS; i++) {
        int port = RedisProcess.freePort();
        Path dir = root.resolve("sentinel-" + i);
        Files.createDirectories(dir);
        Path conf = dir.resolve("sentinel.conf");
        Files.writeString(conf, String.join("\n",
            "bind 127.0.0.1", "port " + port, "dir " + dir,
            "sentinel monitor " + MASTER_NAME + " 127.0.0.1 " + masterPort + " 2",
            "sentinel down-after-milliseconds " + MASTER_NAME + " 1000",
            "sentinel failover-timeout " + MASTER_NAME + " 3000",
            "sentinel parallel-syncs " + MASTER_NAME + " 1", ""));
        sentinels.add(RedisProcess.start(dir, port, List.of(conf.toString(), "--sentinel")));
      }
      awaitSentinelsReady();
    } catch (Exception | Error e) {
      afterAll(context);
      throw e;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    for (RedisProcess p : sentinels) {
      p.kill();
    }
    for (RedisProcess p : servers) {
      p.kill();
    }
    sentinels.clear();
    servers.clear();
    TempFiles.deleteTree(root);
  }

  /** {@code redis-sentinel://127.0.0.1:<s1>,127.0.0.1:<s2>,127.0.0.1:<s3>/docket}. */
  public String url() {
    return "redis-sentinel://" + String.join(",", sentinels.stream().map(s -> "127.0.0.1:" + s.port()).toList())
        + "/" + MASTER_NAME;
  }

  /** The master's port as the sentinels report it now. */
  public int masterPort() throws Exception {
    String reply = RedisProcess.cli(sentinels.get(0).port(), "SENTINEL", "GET-MASTER-ADDR-BY-NAME", MASTER_NAME);
    String[] lines = reply.split("\\R");
    return Integer.parseInt(lines[lines.length - 1].trim());
  }

  /** {@code redis://127.0.0.1:<port>} of the current master, for direct checks. */
  public String masterUrl() throws Exception {
    return "redis://127.0.0.1:" + masterPort();
  }

  /** Kills the current master with SIGKILL. @return its port */
  public int killMaster() throws Exception {
    int port = masterPort();
    for (RedisProcess p : servers) {
      if (p.port() == port) {
        p.kill();
      }
    }
    return port;
  }

  /** Waits until the sentinels name a master other than {@code oldPort} and it answers as a master. */
  public int awaitFailover(int oldPort, long timeoutMs) throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < deadline) {
      int port = masterPort();
      if (port != oldPort && RedisProcess.cli(port, "ROLE").startsWith("master")) {
        return port;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no failover within " + timeoutMs + " ms; sentinel log:\n" + sentinels.get(0).log());
  }

  /** Starts one more replica of the current master and waits until it is in sync. @return its port */
  public int addReplica() throws Exception {
    int master = sentinels.isEmpty() ? servers.get(0).port() : masterPort();
    int port = RedisProcess.freePort();
    RedisProcess replica = RedisProcess.start(root.resolve("server-" + servers.size()), port, serverArgs(port,
        "--replicaof", "127.0.0.1", Integer.toString(master)));
    servers.add(replica);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!RedisProcess.cli(port, "INFO", "replication").contains("master_link_status:up")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("replica on " + port + " did not sync: " + replica.log());
      }
      Thread.sleep(50);
    }
    return port;
  }

  private static List<String> serverArgs(int port, String... more) {
    List<String> args = new ArrayList<>(List.of("--bind", "127.0.0.1", "--port", Integer.toString(port),
        "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--maxmemory-policy", "noeviction"));
    args.addAll(List.of(more));
    return args;
  }

  /** Until every sentinel sees the replicas and the other sentinels (failover needs the quorum's votes). */
  private void awaitSentinelsReady() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (RedisProcess s : sentinels) {
      String quorum = "";
      String replicaList = "";
      while (!quorum.startsWith("OK " + SENTINELS + " usable") || count(replicaList, "name") < replicas) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("sentinel on " + s.port() + " not ready: " + quorum + "\n" + replicaList);
        }
        Thread.sleep(100);
        quorum = RedisProcess.cli(s.port(), "SENTINEL", "CKQUORUM", MASTER_NAME);
        replicaList = RedisProcess.cli(s.port(), "SENTINEL", "REPLICAS", MASTER_NAME);
      }
    }
  }

  private static int count(String text, String line) {
    return (int) text.lines().filter(l -> l.trim().equals(line)).count();
  }
}
