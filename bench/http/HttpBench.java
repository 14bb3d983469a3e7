import io.vertx.core.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * HTTP-level benchmark of Docket as it runs: real JVMs started from the jar, one private redis-server
 * (AOF, appendfsync always, as the README asks for production), all on this machine. Five figures:
 *
 * <ol>
 *   <li><b>uploads</b>: 10 KB PNG uploads accepted (202) per second by one web JVM, CONCURRENCY clients each
 *       sending one request at a time; latency p50/p99.</li>
 *   <li><b>pick-up</b>: with idle workers (one worker JVM, 2 slots), submitted → active, from the job's own
 *       createdAt (web node, at enqueue) and startedAt (worker, at claim) — jobs submitted one at a time.</li>
 *   <li><b>progress</b>: worker reports a page → a bridge client (raw SockJS websocket on the web node)
 *       receives the event; the event's {@code at} is the worker's clock when the converter reported the page.
 *       Same machine, same clock.</li>
 *   <li><b>large upload</b>: a 1 GiB file (generated once) uploaded into a web JVM at -Xmx256m, MB/s against
 *       {@code dd} copying the same file into the same data directory (page cache, as Docket writes), three
 *       rounds each after a sync, medians; the heap's peak from /metrics sampled every 200 ms.</li>
 *   <li><b>scale</b>: 100 warm-up jobs per JVM, then JOBS tiny image jobs queued, then 1, 2 and 4 worker JVMs
 *       (1 slot each, so that 2 JVMs can use this 2-core machine's second core) started at once; jobs/s of the
 *       measured jobs from their first claim to their last finish (the jobs' own timestamps).</li>
 * </ol>
 * Bounded: each phase gives up after 5 minutes. Run with {@code bench/http/run}.
 */
public class HttpBench {
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final String BOUNDARY = "bench-boundary-7f1d";
  static final long PHASE_LIMIT_MS = TimeUnit.MINUTES.toMillis(5);

  static String jar;
  static Path corpus;
  static Path work;
  static int redisPort;
  static Process redis;
  static final List<Process> processes = Collections.synchronizedList(new ArrayList<>());

  public static void main(String[] args) throws Exception {
    jar = args[0];
    corpus = Path.of(args[1]);
    int uploads = Integer.parseInt(args[2]);
    int concurrency = Integer.parseInt(args[3]);
    int scaleJobs = Integer.parseInt(args[4]);
    List<String> phases = List.of((args.length > 5 ? args[5] : "uploads,pickup,progress,large,scale").split(","));
    work = Files.createTempDirectory("docket-http-bench-");
    Runtime.getRuntime().addShutdownHook(new Thread(HttpBench::stopAll));
    redisPort = freePort();
    startRedis();
    System.out.printf("# bench/http %s, %d cores, redis-server (AOF always) on :%d, jar %s%n", Instant.now(),
        Runtime.getRuntime().availableProcessors(), redisPort, jar);
    if (phases.contains("uploads")) {
      uploads(uploads, concurrency);
    }
    if (phases.contains("pickup")) {
      pickUp(200);
    }
    if (phases.contains("progress")) {
      progress(8);
    }
    if (phases.contains("large")) {
      largeUpload();
    }
    if (phases.contains("scale")) {
      scale(scaleJobs);
    }
    stopAll();
  }

  // ---- 1. small uploads ----------------------------------------------------------------------------

  static void uploads(int total, int concurrency) throws Exception {
    flush();
    Node web = node("web", Map.of("DOCKET_ROLES", "web", "DOCKET_MAX_QUEUE_DEPTH", "1000000"), "-Xmx512m");
    byte[] png = noisePng(10_000);
    run(web, png, 500, concurrency); // warm-up
    long[] latencies = new long[total];
    long started = System.nanoTime();
    int accepted = run(web, png, total, concurrency, latencies);
    double seconds = (System.nanoTime() - started) / 1e9;
    java.util.Arrays.sort(latencies);
    System.out.printf("uploads   %d x %d-byte PNG, %d clients: %d accepted (202) in %.2f s = %.0f uploads/s;"
            + " latency p50 %.1f ms, p99 %.1f ms%n", total, png.length, concurrency, accepted, seconds,
        accepted / seconds, latencies[total / 2] / 1e6, latencies[(int) (total * 0.99)] / 1e6);
    web.stop();
  }

  static int run(Node web, byte[] png, int total, int concurrency) throws Exception {
    return run(web, png, total, concurrency, new long[total]);
  }

  static int run(Node web, byte[] png, int total, int concurrency, long[] latencies) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger accepted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    for (int c = 0; c < concurrency; c++) {
      pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
          long t = System.nanoTime();
          HttpResponse<String> r = upload(web.base, png, "small.png", "pdf");
          latencies[i] = System.nanoTime() - t;
          if (r.statusCode() == 202) {
            accepted.incrementAndGet();
          } else {
            System.err.println("upload answered " + r.statusCode() + ": " + r.body());
          }
        }
        return null;
      });
    }
    pool.shutdown();
    if (!pool.awaitTermination(PHASE_LIMIT_MS, TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("uploads did not finish in time");
    }
    return accepted.get();
  }

  // ---- 2. pick-up latency ---------------------------------------------------------------------------

  static void pickUp(int jobs) throws Exception {
    flush();
    Node web = node("web", Map.of("DOCKET_ROLES", "web"), "-Xmx512m");
    Node worker = node("worker", Map.of("DOCKET_ROLES", "worker", "DOCKET_WORKER_CONCURRENCY", "2"), "-Xmx1g");
    byte[] png = noisePng(2_000);
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < jobs + 20; i++) {
      String id = id(upload(web.base, png, "p.png", "pdf"));
      JsonObject job = awaitFinished(web, id);
      Thread.sleep(20); // both slots back in their blocking pop
      if (i >= 20) { // the first 20 warm the worker up
        waits.add(millis(job, "startedAt") - millis(job, "createdAt"));
      }
    }
    Collections.sort(waits);
    System.out.printf("pick-up   %d jobs one at a time, idle worker (2 slots): submitted -> active p50 %d ms,"
        + " p99 %d ms, max %d ms (ms resolution: the jobs' createdAt and startedAt)%n", waits.size(),
        waits.get(waits.size() / 2), waits.get((int) (waits.size() * 0.99)), waits.get(waits.size() - 1));
    worker.stop();
    web.stop();
  }

  // ---- 3. progress latency --------------------------------------------------------------------------

  static void progress(int jobs) throws Exception {
    flush();
    Node web = node("web", Map.of("DOCKET_ROLES", "web"), "-Xmx512m");
    Node worker = node("worker", Map.of("DOCKET_ROLES", "worker", "DOCKET_WORKER_CONCURRENCY", "1"), "-Xmx1g");
    Path deck = corpus.resolve("pptx/2411-Performance_Up.pptx");
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    Map<String, CompletableFuture<Void>> finished = new ConcurrentHashMap<>();
    io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
    io.vertx.core.http.WebSocketClient client = vertx.createWebSocketClient();
    io.vertx.core.http.WebSocket ws = client.connect(web.port, "127.0.0.1", "/eventbus/websocket")
        .await(10, TimeUnit.SECONDS);
    ws.handler(data -> { // the bridge writes binary frames on this transport
      long now = System.currentTimeMillis();
      JsonObject event = new JsonObject(data).getJsonObject("body");
      if (event == null) {
        return;
      }
      if ("active".equals(event.getString("state")) && event.containsKey("at")) {
        latencies.add(now - event.getLong("at"));
      }
      String state = event.getString("state");
      if ("completed".equals(state) || "failed".equals(state)) {
        finished.computeIfAbsent(event.getString("id"), k -> new CompletableFuture<>()).complete(null);
      }
    });
    // Like the browser library: ping every 5 s, or the bridge closes the socket after its 10 s timeout.
    vertx.setPeriodic(5_000, t -> ws.writeTextMessage("{\"type\":\"ping\"}"));
    for (int i = 0; i < jobs; i++) {
      // Submitted while the worker is busy with nothing: register first, then the job is claimed within ms,
      // so the earliest events may be missed; every later one is measured.
      String id = id(upload(web.base, Files.readAllBytes(deck), deck.getFileName().toString(), "pdf"));
      ws.writeTextMessage(new JsonObject().put("type", "register").put("address", "jobs." + id).encode())
          .await(10, TimeUnit.SECONDS);
      finished.computeIfAbsent(id, k -> new CompletableFuture<>()).get(PHASE_LIMIT_MS, TimeUnit.MILLISECONDS);
    }
    vertx.close().await(10, TimeUnit.SECONDS);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("progress  %d jobs of %s, %d progress events: report -> bridge client p50 %d ms, p99 %d ms,"
        + " max %d ms%n", jobs, deck.getFileName(), sorted.size(), sorted.get(sorted.size() / 2),
        sorted.get((int) (sorted.size() * 0.99)), sorted.get(sorted.size() - 1));
    worker.stop();
    web.stop();
  }

  // ---- 4. 1 GiB upload vs dd ------------------------------------------------------------------------

  static void largeUpload() throws Exception {
    flush();
    Node web = node("web", Map.of("DOCKET_ROLES", "web", "DOCKET_MAX_UPLOAD_BYTES", Long.toString(2L << 30)),
        "-Xmx256m");
    long size = 1L << 30;
    Path blobs = Files.createDirectories(work.resolve("data"));
    Path file = work.resolve("huge.pptx"); // generated once, so neither side pays for making the bytes
    try (OutputStream out = Files.newOutputStream(file)) {
      writePaddedPresentation(out, size);
    }
    List<Double> dd = new ArrayList<>();
    List<Double> upload = new ArrayList<>();
    long peak = 0;
    long heapBefore = heapUsed(web);
    for (int round = 0; round < 3; round++) {
      dd.add(dd(file, blobs));
      sync();
      AtomicLong peakHeap = new AtomicLong();
      var sampler = Executors.newSingleThreadScheduledExecutor();
      sampler.scheduleAtFixedRate(() -> peakHeap.accumulateAndGet(heapUsed(web), Math::max), 0, 200,
          TimeUnit.MILLISECONDS);
      long started = System.nanoTime();
      int status = uploadFile(web, file);
      double seconds = (System.nanoTime() - started) / 1e9;
      sampler.shutdownNow();
      if (status != 202) {
        throw new IllegalStateException("1 GiB upload answered " + status);
      }
      upload.add(Files.size(file) / seconds / 1e6);
      peak = Math.max(peak, peakHeap.get());
      flush(); // and delete the stored upload, so the disk does not fill up
      deleteTree(blobs.resolve("blobs"));
    }
    Collections.sort(dd);
    Collections.sort(upload);
    System.out.printf("large     1 GiB upload into a -Xmx256m web JVM (3 rounds, each after a sync): median %.0f MB/s"
            + " (%.0f-%.0f); dd copying the same file to the same directory: median %.0f MB/s (%.0f-%.0f); ratio %.2fx;"
            + " heap used %d MB before, peak %d MB during%n",
        upload.get(1), upload.get(0), upload.get(2), dd.get(1), dd.get(0), dd.get(2), upload.get(1) / dd.get(1),
        heapBefore >> 20, peak >> 20);
    web.stop();
  }

  static int uploadFile(Node web, Path file) throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(web.base + "/api/jobs").openConnection();
    c.setDoOutput(true);
    c.setChunkedStreamingMode(1 << 20);
    c.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
    try (OutputStream out = c.getOutputStream()) {
      out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"target\"\r\n\r\npdf\r\n--" + BOUNDARY
          + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pptx\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      Files.copy(file, out);
      out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    return c.getResponseCode();
  }

  /** Writes dirty pages out, so that each measurement starts without another's writeback. */
  static void sync() throws Exception {
    new ProcessBuilder("sync").inheritIO().start().waitFor();
  }

  /** MB/s of {@code dd} copying {@code file} into {@code dir} (1 MiB blocks, page cache, as Docket writes), after a sync. */
  static double dd(Path file, Path dir) throws Exception {
    sync();
    Path target = dir.resolve("dd.bin");
    long started = System.nanoTime();
    Process p = new ProcessBuilder("dd", "if=" + file, "of=" + target, "bs=1M").redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    p.waitFor();
    double seconds = (System.nanoTime() - started) / 1e9;
    long bytes = Files.size(target);
    Files.deleteIfExists(target);
    return bytes / seconds / 1e6;
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  static long heapUsed(Node node) {
    try {
      String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(node.base + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      return (long) metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
          .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    } catch (Exception e) {
      return 0;
    }
  }

  // ---- 5. scale curve -------------------------------------------------------------------------------

  static void scale(int jobs) throws Exception {
    byte[] png = noisePng(2_000);
    StringBuilder curve = new StringBuilder();
    double single = 0;
    for (int workers : new int[] {1, 2, 4}) {
      flush();
      Node web = node("web", Map.of("DOCKET_ROLES", "web", "DOCKET_MAX_QUEUE_DEPTH", "1000000"), "-Xmx512m");
      // Warm-up jobs first (FIFO), so every worker JVM has compiled its hot paths before the measured ones.
      int warmUp = 100 * workers;
      for (int i = 0; i < warmUp; i++) {
        id(upload(web.base, png, "w.png", "pdf"));
      }
      List<String> ids = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(8);
      for (int i = 0; i < jobs; i++) {
        pool.submit(() -> ids.add(id(upload(web.base, png, "s.png", "pdf"))));
      }
      pool.shutdown();
      pool.awaitTermination(PHASE_LIMIT_MS, TimeUnit.MILLISECONDS);
      List<Node> nodes = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        nodes.add(node("worker-" + w, Map.of("DOCKET_ROLES", "worker", "DOCKET_WORKER_CONCURRENCY", "1"), "-Xmx512m"));
      }
      // Waits on one cheap count every 250 ms (per-job status reads would take CPU from the workers
      // being measured), then reads each measured job's timestamps once, after the work is done.
      long countDeadline = System.currentTimeMillis() + PHASE_LIMIT_MS;
      while (completed(web) < warmUp + jobs && System.currentTimeMillis() < countDeadline) {
        Thread.sleep(250);
      }
      long first = Long.MAX_VALUE;
      long last = 0;
      for (String id : ids) {
        JsonObject job = awaitFinished(web, id, 100);
        first = Math.min(first, millis(job, "startedAt"));
        last = Math.max(last, millis(job, "finishedAt"));
      }
      double rate = ids.size() / ((last - first) / 1e3);
      if (workers == 1) {
        single = rate;
      }
      curve.append(String.format(" %d JVM%s %.0f jobs/s (%.2fx);", workers, workers == 1 ? "" : "s", rate,
          rate / single));
      for (Node n : nodes) {
        n.stop();
      }
      web.stop();
    }
    System.out.printf("scale     %d image->pdf jobs queued (after 100 warm-up jobs per JVM), then N worker JVMs x 1"
        + " slot, first claim to last finish of the measured jobs:%s %d cores%n", jobs, curve,
        Runtime.getRuntime().availableProcessors());
  }

  // ---- plumbing ---------------------------------------------------------------------------------------

  record Node(String name, Process process, int port, String base) {
    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  static Node node(String name, Map<String, String> env, String heap) throws Exception {
    int port = freePort();
    ProcessBuilder pb = new ProcessBuilder("java", heap, "-jar", jar)
        .redirectErrorStream(true)
        .redirectOutput(work.resolve(name + ".log").toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("DOCKET_"));
    pb.environment().putAll(env);
    pb.environment().put("DOCKET_REDIS_URL", "redis://127.0.0.1:" + redisPort);
    pb.environment().put("DOCKET_DATA_DIR", work.resolve("data").toString());
    pb.environment().put("DOCKET_HTTP_PORT", Integer.toString(port));
    Process p = pb.start();
    processes.add(p);
    Node node = new Node(name, p, port, "http://127.0.0.1:" + port);
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException(name + " exited: " + Files.readString(work.resolve(name + ".log")));
      }
      if (env.get("DOCKET_ROLES").contains("web") ? ready(node) : Files.readString(work.resolve(name + ".log"))
          .contains("docket started")) {
        return node;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " did not start: " + Files.readString(work.resolve(name + ".log")));
  }

  static boolean ready(Node node) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(node.base + "/health/ready")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  static HttpResponse<String> upload(String base, byte[] content, String name, String target) {
    byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"target\"\r\n\r\n" + target + "\r\n--"
        + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs"))
          .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String id(HttpResponse<String> response) {
    if (response.statusCode() != 202) {
      throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
    }
    return new JsonObject(response.body()).getString("id");
  }

  static JsonObject awaitFinished(Node web, String id) throws Exception {
    return awaitFinished(web, id, 2);
  }

  /** Polls the job every {@code pollMs} until it completes (fails the bench if it fails or is cancelled). */
  static JsonObject awaitFinished(Node web, String id, long pollMs) throws Exception {
    long deadline = System.currentTimeMillis() + PHASE_LIMIT_MS;
    while (System.currentTimeMillis() < deadline) {
      JsonObject job = new JsonObject(HTTP.send(HttpRequest.newBuilder(URI.create(web.base + "/api/jobs/" + id))
          .build(), HttpResponse.BodyHandlers.ofString()).body());
      String state = job.getString("state");
      if ("completed".equals(state)) {
        return job;
      }
      if ("failed".equals(state) || "cancelled".equals(state)) {
        throw new IllegalStateException("job " + id + " ended " + job.encode());
      }
      Thread.sleep(pollMs);
    }
    throw new IllegalStateException("job " + id + " did not finish in time");
  }

  /** Completed jobs in all ({@code total} of the completed listing). */
  static long completed(Node web) throws Exception {
    return new JsonObject(HTTP.send(HttpRequest.newBuilder(URI.create(web.base + "/api/jobs?state=completed&limit=1"))
        .build(), HttpResponse.BodyHandlers.ofString()).body()).getLong("total");
  }

  static long millis(JsonObject job, String field) {
    return Instant.parse(job.getString(field)).toEpochMilli();
  }

  /** A PNG of random pixels of about {@code bytes} bytes (noise does not compress). */
  static byte[] noisePng(int bytes) throws IOException {
    int side = (int) Math.sqrt(bytes / 3.0);
    Random random = new Random(7);
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        image.setRGB(x, y, random.nextInt(1 << 24));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A valid pptx (content types + presentation part) padded with a stored random part to {@code size}. */
  static void writePaddedPresentation(OutputStream out, long size) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.NO_COMPRESSION);
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
          + "<Override PartName=\"/ppt/presentation.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>"
          + "</Types>");
      put(zip, "ppt/presentation.xml", "<?xml version=\"1.0\"?><p:presentation "
          + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");
      zip.putNextEntry(new ZipEntry("ppt/media/padding.bin"));
      byte[] buf = new byte[1 << 20];
      SplittableRandom random = new SplittableRandom(42);
      for (long written = 0; written < size - (64 << 10); written += buf.length) {
        for (int i = 0; i < buf.length; i += 8) {
          long v = random.nextLong();
          for (int b = 0; b < 8; b++) {
            buf[i + b] = (byte) (v >>> (8 * b));
          }
        }
        zip.write(buf, 0, (int) Math.min(buf.length, size - (64 << 10) - written));
      }
      zip.closeEntry();
    }
  }

  static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Lets the zip stream finish without closing the request body under it. */
  static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  static void startRedis() throws Exception {
    Path dir = Files.createDirectories(work.resolve("redis"));
    redis = new ProcessBuilder("redis-server", "--bind", "127.0.0.1", "--port", Integer.toString(redisPort), "--dir",
        dir.toString(), "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--maxmemory-policy",
        "noeviction")
        .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      try (var s = new java.net.Socket("127.0.0.1", redisPort)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException("redis-server did not start");
  }

  static void flush() throws Exception {
    Process p = new ProcessBuilder("redis-cli", "-p", Integer.toString(redisPort), "FLUSHALL").redirectErrorStream(true)
        .start();
    p.getInputStream().readAllBytes();
    p.waitFor();
    Process rewrite = new ProcessBuilder("redis-cli", "-p", Integer.toString(redisPort), "BGREWRITEAOF")
        .redirectErrorStream(true).start();
    rewrite.getInputStream().readAllBytes();
    rewrite.waitFor();
    Thread.sleep(500);
  }

  static void stopAll() {
    for (Process p : new ArrayList<>(processes)) {
      p.destroyForcibly();
    }
    if (redis != null) {
      redis.destroyForcibly();
    }
    try {
      if (work != null && Files.exists(work)) {
        try (var files = Files.walk(work)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
    } catch (IOException ignored) {
      // best effort
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
