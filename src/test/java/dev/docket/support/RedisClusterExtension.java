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
 * A real Redis Cluster of three masters (and, if asked, one replica each) on free loopback ports for a test
 * class: each node with AOF in its own temporary directory and an explicit cluster bus port, joined with
 * {@code redis-cli --cluster create}. {@link #kill(int)} crashes a node; the cluster promotes the replica of
 * a dead master after {@code cluster-node-timeout} (2 s). Processes and directories are removed afterwards,
 * also when a test or the start-up failed.
 *
 * <pre>
 * &#64;RegisterExtension static final RedisClusterExtension CLUSTER = new RedisClusterExtension();
 * </pre>
 */
public final class RedisClusterExtension implements BeforeAllCallback, AfterAllCallback {
  /** Masters in the cluster (Redis Cluster's minimum). */
  public static final int MASTERS = 3;

  private final int replicasPerMaster;
  private Path root;
  private final List<RedisProcess> nodes = new ArrayList<>();

  /** Three masters, no replicas. */
  public RedisClusterExtension() {
    this(0);
  }

  /** @param replicasPerMaster replicas of each master (0 or more) */
  public RedisClusterExtension(int replicasPerMaster) {
    this.replicasPerMaster = replicasPerMaster;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    root = Files.createTempDirectory("docket-cluster-");
    try {
      List<String> create = new ArrayList<>(List.of("--cluster", "create"));
      for (int i = 0; i < MASTERS * (1 + replicasPerMaster); i++) {
        int port = RedisProcess.freePort();
        nodes.add(RedisProcess.start(root.resolve("node-" + i), port, List.of("--bind", "127.0.0.1",
            "--port", Integer.toString(port), "--cluster-enabled", "yes", "--cluster-port",
            Integer.toString(RedisProcess.freePort()), "--cluster-config-file", "nodes.conf",
            "--cluster-node-timeout", "2000", "--appendonly", "yes", "--appendfsync", "always", "--save", "",
            "--maxmemory-policy", "noeviction")));
        create.add("127.0.0.1:" + port);
      }
      create.addAll(List.of("--cluster-replicas", Integer.toString(replicasPerMaster), "--cluster-yes"));
      String out = RedisProcess.cli(nodes.get(0).port(), create.toArray(String[]::new));
      if (!out.contains("All 16384 slots covered")) {
        throw new IllegalStateException("cluster create failed: " + out);
      }
      awaitClusterOk();
    } catch (Exception | Error e) {
      afterAll(context);
      throw e;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    for (RedisProcess node : nodes) {
      node.kill();
    }
    nodes.clear();
    TempFiles.deleteTree(root);
  }

  /** {@code redis-cluster://127.0.0.1:<p1>,127.0.0.1:<p2>,127.0.0.1:<p3>}. */
  public String url() {
    return "redis-cluster://" + String.join(",", nodes.stream().map(n -> "127.0.0.1:" + n.port()).toList());
  }

  /** Ports of the nodes, in creation order. */
  public List<Integer> ports() {
    return nodes.stream().map(RedisProcess::port).toList();
  }

  /** The port of the master serving {@code key}'s hash slot (the others answer MOVED; replicas too). */
  public int ownerOf(String key) throws Exception {
    for (RedisProcess node : nodes) {
      if (node.alive() && RedisProcess.cli(node.port(), "ROLE").startsWith("master")
          && !RedisProcess.cli(node.port(), "EXISTS", key).contains("MOVED")) {
        return node.port();
      }
    }
    throw new IllegalStateException("no node serves " + key);
  }

  /** Kills the node on {@code port} with SIGKILL, as a crash would. */
  public void kill(int port) throws InterruptedException {
    for (RedisProcess node : nodes) {
      if (node.port() == port) {
        node.kill();
      }
    }
  }

  /** Waits until another master than {@code deadPort} serves {@code key} and the cluster state is ok again. */
  public int awaitFailover(String key, int deadPort, long timeoutMs) throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < deadline) {
      try {
        int owner = ownerOf(key);
        if (owner != deadPort && RedisProcess.cli(owner, "CLUSTER", "INFO").contains("cluster_state:ok")) {
          return owner;
        }
      } catch (IllegalStateException notYet) {
        // between the master's death and the promotion nobody serves the slot
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the cluster did not fail over " + key + " within " + timeoutMs + " ms");
  }

  private void awaitClusterOk() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (RedisProcess node : nodes) {
      String info = "";
      while (!info.contains("cluster_state:ok")) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("cluster not ok on port " + node.port() + ": " + info);
        }
        Thread.sleep(100);
        info = RedisProcess.cli(node.port(), "CLUSTER", "INFO");
      }
      while (RedisProcess.cli(node.port(), "ROLE").startsWith("slave")
          && !RedisProcess.cli(node.port(), "INFO", "replication").contains("master_link_status:up")) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("replica on port " + node.port() + " did not sync: " + node.log());
        }
        Thread.sleep(100);
      }
    }
  }
}
