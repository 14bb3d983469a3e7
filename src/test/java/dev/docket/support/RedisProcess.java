package dev.docket.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code redis-server} child process (a server, a cluster node or, with {@code --sentinel}, a sentinel)
 * bound to 127.0.0.1 on a given port, its output in {@code <dir>/redis.log}. The building block of the
 * test topologies ({@link RedisServerExtension}, {@link RedisClusterExtension}, {@link RedisSentinelExtension}).
 */
public final class RedisProcess implements AutoCloseable {
  private final Path dir;
  private final int port;
  private final Process process;

  private RedisProcess(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /**
   * Starts {@code redis-server <args>} in {@code dir} and waits (10 s at most) until it accepts connections.
   *
   * @param args what follows the binary: a config file and/or {@code --name value} options (the port and
   *     bind address must be among them)
   * @throws IllegalStateException when the server exits or does not listen in time (its log is in the message)
   */
  public static RedisProcess start(Path dir, int port, List<String> args) throws Exception {
    Files.createDirectories(dir);
    List<String> command = new ArrayList<>(List.of("redis-server"));
    command.addAll(args);
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile())).start();
    RedisProcess redis = new RedisProcess(dir, port, p);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return redis;
      } catch (IOException notYet) {
        if (!p.isAlive()) {
          throw new IllegalStateException("redis-server exited: " + redis.log());
        }
        Thread.sleep(20);
      }
    }
    redis.kill();
    throw new IllegalStateException("redis-server did not listen on port " + port + ": " + redis.log());
  }

  public int port() {
    return port;
  }

  public Path dir() {
    return dir;
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** Kills the process with SIGKILL (no shutdown save), as a crash would. */
  public void kill() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  /** The process's output so far. */
  public String log() {
    try {
      return Files.readString(dir.resolve("redis.log"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Runs {@code redis-cli -p <port> <args>} and returns its trimmed output (errors included, not thrown). */
  public static String cli(int port, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("redis-cli " + command + " did not finish");
    }
    return out;
  }

  /** A TCP port that was free a moment ago. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
