package dev.docket.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real {@code redis-server} on a free loopback port for a test class (never the machine's 6379),
 * with AOF in a temporary directory, and removes it afterwards. {@link #kill()} and {@link #restart()}
 * simulate a crash and a restart on the same AOF directory.
 *
 * <pre>
 * &#64;RegisterExtension static final RedisServerExtension REDIS = new RedisServerExtension();
 * </pre>
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {
  private Path dir;
  private int port;
  private Process process;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    dir = Files.createTempDirectory("docket-redis-");
    port = freePort();
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    kill();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** {@code redis://127.0.0.1:<port>}. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** Kills the server with SIGKILL (no shutdown save), as a crash would. */
  public void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Starts the server again on the same port and AOF directory. */
  public void restart() throws Exception {
    kill();
    start();
  }

  private void start() throws Exception {
    process = new ProcessBuilder(List.of("redis-server", "--bind", "127.0.0.1", "--port", Integer.toString(port),
        "--dir", dir.toString(), "--appendonly", "yes", "--appendfsync", "always", "--save", "",
        "--maxmemory-policy", "noeviction"))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("redis.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (!process.isAlive()) {
          throw new IllegalStateException("redis-server exited: " + Files.readString(dir.resolve("redis.log")));
        }
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException("redis-server did not start on port " + port);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
