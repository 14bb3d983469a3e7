package dev.docket;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code redis-server} child process for running Docket without configuring Redis: bound to
 * 127.0.0.1 on a free port, AOF with {@code appendfsync always} and {@code noeviction} under
 * {@code <dataDir>/redis}, stopped when Docket exits.
 */
final class LocalRedis implements AutoCloseable {
  /** The Debian package providing {@code redis-server}. */
  static final String PACKAGE = "redis-server";
  private static final Logger LOG = LoggerFactory.getLogger(LocalRedis.class);

  private final Process process;
  private final int port;

  private LocalRedis(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts the server and waits until it accepts connections.
   *
   * @throws IllegalStateException when {@code redis-server} is not installed (the message says how to install it)
   *     or it does not come up within 10 s
   */
  static LocalRedis start(Path dataDir) throws IOException, InterruptedException {
    String binary = findBinary();
    Path dir = dataDir.resolve("redis");
    Files.createDirectories(dir);
    int port = freePort();
    Process p = new ProcessBuilder(List.of(binary, "--bind", "127.0.0.1", "--port", Integer.toString(port),
        "--dir", dir.toString(), "--appendonly", "yes", "--appendfsync", "always",
        "--maxmemory-policy", "noeviction", "--save", "", "--protected-mode", "yes"))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("redis.log").toFile())
        .start();
    LocalRedis redis = new LocalRedis(p, port);
    redis.awaitReady();
    LOG.info("started local redis-server on 127.0.0.1:{} (AOF in {})", port, dir);
    return redis;
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("redis-server exited with " + process.exitValue() + "; see its redis.log");
      }
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    close();
    throw new IllegalStateException("redis-server did not start within 10 s");
  }

  private static String findBinary() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/usr/local/bin").split(":")) {
      Path candidate = Path.of(dir, "redis-server");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new IllegalStateException("redis-server is not installed and DOCKET_REDIS_URL is not set: "
        + "install it (Debian/Ubuntu: apt-get install -y " + PACKAGE + ") or point DOCKET_REDIS_URL at a Redis server");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
