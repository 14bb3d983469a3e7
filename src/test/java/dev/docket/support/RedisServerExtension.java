package dev.docket.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  private RedisProcess process;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    dir = Files.createTempDirectory("docket-redis-");
    port = RedisProcess.freePort();
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
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
