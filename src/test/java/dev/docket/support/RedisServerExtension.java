package dev.docket.support;

import dev.docket.job.JobIds;
import dev.docket.queue.RedisClients;
import dev.docket.queue.RedisKeys;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real {@code redis-server} on a free loopback port for a test class (never the machine's 6379),
 * with AOF in a temporary directory, and removes it afterwards. {@link #kill()} and {@link #restart()}
 * simulate a crash and a restart on the same AOF directory. {@link #client()} is a pooled client of it
 * (on a Vert.x instance of the extension's own, closed with it) for tests that drive scripts directly;
 * {@link #freshKeys} gives each test a key namespace of its own instead of a FLUSHALL.
 *
 * <pre>
 * &#64;RegisterExtension static final RedisServerExtension REDIS = new RedisServerExtension();
 * </pre>
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {
  private Path dir;
  private int port;
  private RedisProcess process;
  private Vertx vertx;
  private Redis client;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    dir = Files.createTempDirectory("docket-redis-");
    port = RedisProcess.freePort();
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (vertx != null) {
      vertx.close().await(10, TimeUnit.SECONDS);
      vertx = null;
      client = null;
    }
    kill();
    TempFiles.deleteTree(dir);
  }

  /** {@code redis://127.0.0.1:<port>}. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** A pooled client of this server, made on first use and closed after the test class. */
  public synchronized Redis client() {
    if (client == null) {
      vertx = Vertx.vertx();
      client = new RedisClients(vertx, url()).pooled();
    }
    return client;
  }

  /** The Vert.x instance {@link #client()} runs on. */
  public synchronized Vertx vertx() {
    client();
    return vertx;
  }

  /** Runs one command with string arguments on {@link #client()} and waits for its reply. */
  public Response cmd(Command command, String... args) throws Exception {
    Request req = Request.cmd(command);
    for (String arg : args) {
      req.arg(arg);
    }
    return client().send(req).await(10, TimeUnit.SECONDS);
  }

  /** The elements of a list ({@code LRANGE key 0 -1}). */
  public List<String> list(String key) throws Exception {
    List<String> out = new ArrayList<>();
    Response r = cmd(Command.LRANGE, key, "0", "-1");
    if (r != null) {
      r.forEach(e -> out.add(e.toString()));
    }
    return out;
  }

  /** Keys under a random namespace {@code <prefix>-<random>}, so that tests never see each other's. */
  public static RedisKeys freshKeys(String prefix) {
    return new RedisKeys(prefix + "-" + JobIds.randomToken(6));
  }

  /** Kills the server with SIGKILL (no shutdown save), as a crash would. */
  public void kill() throws InterruptedException {
    if (process != null) {
      process.kill();
    }
  }

  /** Starts the server again on the same port and AOF directory. */
  public void restart() throws Exception {
    kill();
    start();
  }

  private void start() throws Exception {
    process = RedisProcess.start(dir, port, List.of("--bind", "127.0.0.1", "--port", Integer.toString(port),
        "--dir", dir.toString(), "--appendonly", "yes", "--appendfsync", "always", "--save", "",
        "--maxmemory-policy", "noeviction"));
  }
}
