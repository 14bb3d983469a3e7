package dev.docket.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Docket as a separate JVM ({@code java -jar target/docket.jar}), as operators run it: configured only
 * through {@code DOCKET_*} environment variables, output captured to a log file.
 */
public final class DocketProcess implements AutoCloseable {
  private final Process process;
  private final Path log;
  private final int port;

  private DocketProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts the jar and waits until it logs that it started.
   *
   * @param env DOCKET_* settings (DOCKET_HTTP_PORT is chosen here when the web role runs)
   * @param jvmArgs e.g. {@code -Xmx256m}
   */
  public static DocketProcess start(Map<String, String> env, List<String> jvmArgs) throws Exception {
    Path jar = Path.of(System.getProperty("docket.jar", "target/docket.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " missing: run 'mvn package' (failsafe runs after it)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.add("-jar");
    cmd.add(jar.toString());
    Path log = Files.createTempFile("docket-process-", ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("DOCKET_"));
    int port = freePort();
    pb.environment().put("DOCKET_HTTP_PORT", Integer.toString(port));
    pb.environment().putAll(env);
    DocketProcess p = new DocketProcess(pb.start(), log, port);
    p.awaitLog("docket started", 60);
    return p;
  }

  public int port() {
    return port;
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  /** The process's output so far. */
  public String output() throws IOException {
    return Files.readString(log);
  }

  /** Waits until the output contains {@code text}. */
  public void awaitLog(String text, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (output().contains(text)) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("docket exited with " + process.exitValue() + ":\n" + output());
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("'" + text + "' not logged within " + seconds + " s:\n" + output());
  }

  /** Waits for the process to exit and returns its exit code. */
  public int waitFor(int seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new IllegalStateException("docket did not exit within " + seconds + " s");
    }
    return process.exitValue();
  }

  /** SIGKILL, as a crash would. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    close(30);
  }

  /** SIGTERM, then up to {@code seconds} for a graceful exit before SIGKILL. */
  public void close(int seconds) throws Exception {
    process.destroy();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    Files.deleteIfExists(log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
