import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Chaos benchmark: one redis-server (AOF, appendfsync always), one web JVM and three worker JVMs sharing
 * a data dir; submits JOBS jobs (real corpus decks mixed with small ones) while a random worker is killed
 * with SIGKILL every few seconds and restarted, and Redis is killed and restarted twice. Waits for the
 * queue to drain and prints: submitted, completed, failed (by code), lost (accepted but neither finished
 * nor queued/active), duplicate completions (the job hash's completions counter above 1), and the
 * max / p99 time until a killed worker's jobs were running again elsewhere.
 *
 * <p>Run with {@code bench/chaos/run}. Bounded: gives up after 15 minutes.
 */
public class ChaosBench {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String BOUNDARY = "chaos-boundary-31c5";
  static final Random RANDOM = new Random(42);
  static final long LEASE_MS = 2_000;

  static Path work;
  static String jar;
  static int redisPort;
  static Process redis;
  static String base;
  static final List<Process> workers = new ArrayList<>(List.of());
  /** Kill → the job is running on another worker (or finished): needs a free slot somewhere. */
  static final List<Long> recoveryMs = Collections.synchronizedList(new ArrayList<>());
  /** Kill → the job is no longer held by the dead worker (requeued by the reaper, or taken over). */
  static final List<Long> detectionMs = Collections.synchronizedList(new ArrayList<>());

  public static void main(String[] args) throws Exception {
    jar = args[0];
    Path corpus = Path.of(args[1]);
    int jobs = Integer.parseInt(args[2]);
    work = Files.createTempDirectory("docket-chaos-");
    redisPort = freePort();
    startRedis();
    int httpPort = freePort();
    base = "http://127.0.0.1:" + httpPort;
    Process web = docket(Map.of("DOCKET_ROLES", "web", "DOCKET_HTTP_PORT", Integer.toString(httpPort)), "web");
    for (int i = 0; i < 3; i++) {
      workers.add(docket(workerEnv(), "worker-" + i));
    }
    awaitReady();
    List<Path> real = new ArrayList<>();
    for (String dir : List.of("pptx", "ppt")) {
      try (var s = Files.list(corpus.resolve(dir))) {
        s.sorted().forEach(real::add);
      }
    }
    List<Path> small = List.of(corpus.resolve("pptx/shapes.pptx"), corpus.resolve("pptx/table-with-theme.pptx"),
        corpus.resolve("pptx/with_japanese.pptx"), corpus.resolve("pptx/smartart-simple.pptx"));
    long started = System.currentTimeMillis();
    Map<String, String> accepted = new ConcurrentHashMap<>();
    Thread submitter = new Thread(() -> {
      for (int i = 0; i < jobs; i++) {
        Path file = i % 10 == 0 ? real.get(RANDOM.nextInt(real.size())) : small.get(i % small.size());
        accepted.put(submitWithRetry(file), file.getFileName().toString());
      }
    });
    submitter.start();
    int redisKills = 0;
    long deadline = started + TimeUnit.MINUTES.toMillis(15);
    while (System.currentTimeMillis() < deadline) {
      Thread.sleep(3_000 + RANDOM.nextInt(2_000));
      long t = System.currentTimeMillis() - started;
      if ((redisKills == 0 && t > 15_000) || (redisKills == 1 && t > 40_000)) {
        redisKills++;
        System.out.printf("t=%5.1fs kill -9 redis (#%d)%n", t / 1e3, redisKills);
        redis.destroyForcibly().waitFor();
        Thread.sleep(2_000);
        startRedis();
        continue;
      }
      if (!submitter.isAlive() && unfinished(accepted) == 0) {
        break;
      }
      killAWorker(t);
    }
    submitter.join(60_000);
    long drainDeadline = System.currentTimeMillis() + 300_000;
    while (unfinished(accepted) > 0 && System.currentTimeMillis() < drainDeadline) {
      Thread.sleep(500);
    }
    report(accepted, jobs, (System.currentTimeMillis() - started) / 1e3, redisKills);
    for (Process w : workers) {
      w.destroyForcibly();
    }
    web.destroyForcibly();
    redis.destroyForcibly();
  }

  static void killAWorker(long t) throws Exception {
    int i = RANDOM.nextInt(workers.size());
    Process victim = workers.get(i);
    String name = "/" + victim.pid();
    List<String> held = heldBy(name);
    victim.destroyForcibly().waitFor();
    long killedAt = System.currentTimeMillis();
    System.out.printf("t=%5.1fs kill -9 worker-%d (pid %d) holding %d job(s)%n", t / 1e3, i, victim.pid(), held.size());
    workers.set(i, docket(workerEnv(), "worker-" + i));
    for (String id : held) {
      new Thread(() -> {
        try {
          boolean detected = false;
          while (System.currentTimeMillis() - killedAt < 120_000) {
            JsonObject job = status(id);
            String state = job == null ? "gone" : job.getString("state");
            String worker = job == null ? null : job.getString("worker");
            boolean elsewhere = "active".equals(state) && worker != null && !worker.endsWith(name);
            if (!detected && !("active".equals(state) && worker != null && worker.endsWith(name))) {
              detected = true;
              detectionMs.add(System.currentTimeMillis() - killedAt);
            }
            if (elsewhere || "completed".equals(state) || "failed".equals(state)) {
              recoveryMs.add(System.currentTimeMillis() - killedAt);
              return;
            }
            Thread.sleep(20);
          }
        } catch (Exception ignored) {
          // counted as not recovered
        }
      }).start();
    }
  }

  static List<String> heldBy(String workerSuffix) throws Exception {
    List<String> ids = new ArrayList<>();
    String body = get(base + "/api/jobs?state=active&limit=500");
    if (body == null) {
      return ids;
    }
    for (Object o : new JsonObject(body).getJsonArray("items")) {
      JsonObject j = (JsonObject) o;
      String worker = j.getString("worker");
      if (worker != null && worker.endsWith(workerSuffix) && "active".equals(j.getString("state"))) {
        ids.add(j.getString("id"));
      }
    }
    return ids;
  }

  static void report(Map<String, String> accepted, int wanted, double seconds, int redisKills) throws Exception {
    int completed = 0;
    int lost = 0;
    int duplicates = 0;
    Map<String, Integer> failed = new TreeMap<>();
    for (String id : accepted.keySet()) {
      JsonObject job = status(id);
      String state = job == null ? "missing" : job.getString("state");
      switch (state) {
        case "completed" -> completed++;
        case "failed" -> failed.merge(job.getJsonObject("error").getString("code"), 1, Integer::sum);
        case "queued", "active" -> { }
        default -> lost++;
      }
      String completions = redisCli("HGET", "{docket}:job:" + id, "completions").trim();
      if (!completions.isEmpty() && Integer.parseInt(completions) > 1) {
        duplicates += Integer.parseInt(completions) - 1;
      }
    }
    int stillPending = unfinished(accepted);
    List<Long> r = new ArrayList<>(recoveryMs);
    Collections.sort(r);
    List<Long> d = new ArrayList<>(detectionMs);
    Collections.sort(d);
    System.out.println();
    System.out.printf("submitted   %d (of %d wanted)%n", accepted.size(), wanted);
    System.out.printf("completed   %d%n", completed);
    System.out.printf("failed      %d %s%n", failed.values().stream().mapToInt(Integer::intValue).sum(), failed);
    System.out.printf("pending     %d (queued or active when the bench stopped waiting)%n", stillPending);
    System.out.printf("lost        %d%n", lost);
    System.out.printf("duplicate completions %d%n", duplicates);
    System.out.printf("worker kills: %d jobs held at kill time; lease %d ms; redis kills %d%n", d.size(), LEASE_MS,
        redisKills);
    System.out.printf("  requeued by the reaper: max %s ms, p99 %s ms%n", max(d), p99(d));
    System.out.printf("  running again elsewhere: max %s ms, p99 %s ms (waits for a free slot)%n", max(r), p99(r));
    System.out.printf("wall time   %.1f s%n", seconds);
  }

  static String max(List<Long> sorted) {
    return sorted.isEmpty() ? "-" : sorted.get(sorted.size() - 1).toString();
  }

  static String p99(List<Long> sorted) {
    return sorted.isEmpty() ? "-" : sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1).toString();
  }

  static int unfinished(Map<String, String> accepted) throws Exception {
    String q = redisCli("LLEN", "{docket}:queue").trim();
    String a = redisCli("LLEN", "{docket}:active").trim();
    String d = redisCli("ZCARD", "{docket}:delayed").trim();
    try {
      return Integer.parseInt(q) + Integer.parseInt(a) + Integer.parseInt(d);
    } catch (NumberFormatException redisDown) {
      return Integer.MAX_VALUE;
    }
  }

  static String submitWithRetry(Path file) {
    while (true) {
      try {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 202) {
          return new JsonObject(r.body()).getString("id");
        }
        Thread.sleep(r.statusCode() == 503 ? 500 : 100); // Redis down: retry as Retry-After asks (shortened)
      } catch (Exception e) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException ie) {
          throw new IllegalStateException(ie);
        }
      }
    }
  }

  static JsonObject status(String id) throws Exception {
    for (int i = 0; i < 50; i++) {
      String body = get(base + "/api/jobs/" + id);
      if (body != null) {
        return body.isEmpty() ? null : new JsonObject(body);
      }
      Thread.sleep(200);
    }
    return null;
  }

  /** The body on 200, "" on 404, null when the server could not answer (e.g. Redis down). */
  static String get(String url) {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? r.body() : r.statusCode() == 404 ? "" : null;
    } catch (Exception e) {
      return null;
    }
  }

  static Map<String, String> workerEnv() {
    return Map.of("DOCKET_ROLES", "worker", "DOCKET_WORKER_CONCURRENCY", "2");
  }

  static Process docket(Map<String, String> env, String name) throws IOException {
    ProcessBuilder pb = new ProcessBuilder("java", "-Xmx512m", "-jar", jar).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(name + ".log").toFile()));
    pb.environment().keySet().removeIf(k -> k.startsWith("DOCKET_"));
    pb.environment().put("DOCKET_REDIS_URL", "redis://127.0.0.1:" + redisPort);
    pb.environment().put("DOCKET_DATA_DIR", work.resolve("data").toString());
    pb.environment().put("DOCKET_LEASE_MS", Long.toString(LEASE_MS));
    pb.environment().put("DOCKET_RETRY_BACKOFF_MS", "200");
    pb.environment().putAll(env);
    return pb.start();
  }

  static void startRedis() throws Exception {
    Files.createDirectories(work.resolve("redis"));
    redis = new ProcessBuilder("redis-server", "--bind", "127.0.0.1", "--port", Integer.toString(redisPort),
        "--dir", work.resolve("redis").toString(), "--appendonly", "yes", "--appendfsync", "always", "--save", "",
        "--maxmemory-policy", "noeviction").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("redis.log").toFile())).start();
    for (int i = 0; i < 200; i++) {
      try (Socket s = new Socket("127.0.0.1", redisPort)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(25);
      }
    }
    throw new IllegalStateException("redis did not start");
  }

  static String redisCli(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("redis-cli", "-p", Integer.toString(redisPort)));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }

  static void awaitReady() throws Exception {
    for (int i = 0; i < 600; i++) {
      if (get(base + "/health/ready") != null) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("web node not ready");
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
