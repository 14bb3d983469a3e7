import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * End-to-end conversion benchmark through a running Docket: for each type folder given, uploads every
 * deck (with as many in flight as the server has worker slots), waits for each to complete, downloads
 * the PDF, and prints pages/s per type, ms/slide per deck and the server's peak RSS (VmHWM).
 *
 * <p>Run with {@code bench/convert} (starts the server); directly:
 * {@code java -cp target/docket.jar bench/ConvertBench.java BASE_URL SERVER_PID INFLIGHT DIR...}
 */
public class ConvertBench {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String BOUNDARY = "bench-boundary-5f1c2e";

  record Result(String name, int pages, long ms, String state, String error) {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    long pid = Long.parseLong(args[1]);
    int inflight = Integer.parseInt(args[2]);
    for (int i = 3; i < args.length; i++) {
      Path dir = Path.of(args[i]);
      List<Path> files;
      try (var s = Files.list(dir)) {
        files = s.sorted().toList();
      }
      runType(base, dir.getFileName().toString(), files, inflight); // warm-up pass, not reported
      long t0 = System.nanoTime();
      List<Result> results = runType(base, dir.getFileName().toString(), files, inflight);
      double seconds = (System.nanoTime() - t0) / 1e9;
      int pages = results.stream().mapToInt(Result::pages).sum();
      long failed = results.stream().filter(r -> !"completed".equals(r.state())).count();
      System.out.printf("%n== %s: %d files, %d failed, %d pages in %.1f s = %.1f pages/s end to end (%d in flight)%n",
          dir.getFileName(), files.size(), failed, pages, seconds, pages / seconds, inflight);
      for (Result r : results) {
        System.out.printf("  %-70.70s %4d pages %7d ms %7.1f ms/page %s%n", r.name(), r.pages(), r.ms(),
            r.pages() == 0 ? 0.0 : (double) r.ms() / r.pages(), "completed".equals(r.state()) ? "" : r.state() + " " + r.error());
      }
    }
    System.out.printf("%npeak RSS of the server: %s%n", peakRss(pid));
  }

  static List<Result> runType(String base, String type, List<Path> files, int inflight) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(inflight);
    List<Future<Result>> futures = new ArrayList<>();
    for (Path f : files) {
      futures.add(pool.submit(() -> convert(base, f)));
    }
    List<Result> results = new ArrayList<>();
    for (Future<Result> fu : futures) {
      results.add(fu.get());
    }
    pool.shutdown();
    return results;
  }

  static Result convert(String base, Path file) throws Exception {
    long t0 = System.nanoTime();
    byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes();
    byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes();
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs"))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 202) {
      return new Result(file.getFileName().toString(), 0, 0, "rejected", r.body());
    }
    String id = new JsonObject(r.body()).getString("id");
    JsonObject job;
    while (true) {
      job = new JsonObject(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + id)).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      String state = job.getString("state");
      if (state.equals("completed") || state.equals("failed") || state.equals("cancelled")) {
        break;
      }
      Thread.sleep(20);
    }
    if ("completed".equals(job.getString("state"))) {
      HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + id + "/result")).build(),
          HttpResponse.BodyHandlers.discarding());
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    String error = job.containsKey("error") ? job.getJsonObject("error").encode() : "";
    return new Result(file.getFileName().toString(), job.getInteger("pagesTotal", 0), ms, job.getString("state"), error);
  }

  static String peakRss(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmHWM")) {
        return line.substring(6).trim();
      }
    }
    return "?";
  }
}
