package dev.docket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.support.Corpus;
import dev.docket.support.DocketProcess;
import dev.docket.support.Http;
import dev.docket.support.PdfAssertions;
import dev.docket.support.RedisServerExtension;
import dev.docket.support.TempFiles;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deployed topology as processes: a web-only JVM and a worker-only JVM sharing Redis and the blob store. */
class MultiProcessIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  @Test
  void aWebOnlyJvmAndAWorkerOnlyJvmCompleteJobsTogether() throws Exception {
    Path data = Files.createTempDirectory("docket-shared-");
    Map<String, String> common = Map.of("DOCKET_REDIS_URL", REDIS.url(), "DOCKET_DATA_DIR", data.toString());
    try (DocketProcess web = DocketProcess.start(with(common, "DOCKET_ROLES", "web"), List.of("-Xmx512m"));
         DocketProcess worker = DocketProcess.start(with(common, "DOCKET_ROLES", "worker",
             "DOCKET_WORKER_CONCURRENCY", "2"), List.of("-Xmx1g"))) {
      List<Path> decks = List.of(Corpus.root().resolve("dev/pptx/shapes.pptx"),
          Corpus.root().resolve("dev/ppt/41246-1.ppt"), Corpus.root().resolve("dev/pptx/themes.pptx"));
      List<String> ids = new ArrayList<>();
      for (Path deck : decks) {
        var r = Http.upload(web.base(), deck, deck.getFileName().toString());
        assertEquals(202, r.statusCode(), r.body());
        ids.add(new JsonObject(r.body()).getString("id"));
      }
      for (int i = 0; i < ids.size(); i++) {
        JsonObject job = Http.awaitJob(web.base(), ids.get(i), Http::finished, Duration.ofSeconds(120));
        assertEquals("completed", job.getString("state"), job.encode() + "\nworker log:\n" + worker.output());
        assertTrue(job.getString("worker").endsWith("/" + worker.pid()), "run by the worker JVM: " + job.getString("worker"));
        assertNotEquals(web.pid(), worker.pid());
        var pdf = Http.getBytes(web.base() + "/api/jobs/" + ids.get(i) + "/result");
        assertEquals(200, pdf.statusCode());
        PdfAssertions.assertSamePagesAndText(pdf.body(), Corpus.reference(decks.get(i)));
      }
      assertTrue(!web.output().contains("ConversionWorkerVerticle"), "the web JVM converted nothing");
    } finally {
      TempFiles.deleteTree(data);
    }
  }

  @Test
  void malformedSettingsFailStartUpWithAClearMessage() throws Exception {
    var pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("docket.jar", "target/docket.jar")).redirectErrorStream(true);
    pb.environment().put("DOCKET_ROLES", "web,chef");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(2, p.waitFor(), out);
    assertTrue(out.contains("DOCKET_ROLES") && out.contains("chef"), out);
  }

  @Test
  void withoutARedisUrlDocketRunsItsOwnRedisAndStopsItOnExit() throws Exception {
    Path data = Files.createTempDirectory("docket-local-");
    int redisPort;
    try (DocketProcess docket = DocketProcess.start(Map.of("DOCKET_DATA_DIR", data.toString(),
        "DOCKET_WORKER_CONCURRENCY", "1"), List.of("-Xmx512m"))) {
      var m = java.util.regex.Pattern.compile("started local redis-server on 127\\.0\\.0\\.1:(\\d+)").matcher(docket.output());
      assertTrue(m.find(), docket.output());
      redisPort = Integer.parseInt(m.group(1));
      var r = Http.upload(docket.base(), Corpus.root().resolve("dev/pptx/shapes.pptx"), "shapes.pptx");
      assertEquals(202, r.statusCode(), r.body());
      JsonObject job = Http.awaitJob(docket.base(), new JsonObject(r.body()).getString("id"), Http::finished,
          Duration.ofSeconds(60));
      assertEquals("completed", job.getString("state"));
      assertTrue(Files.exists(data.resolve("redis").resolve("appendonlydir")), "AOF lives under the data dir");
      String metrics = Http.get(docket.base() + "/metrics").body();
      assertTrue(metrics.contains("vertx_http_server_requests_total"), "Vert.x meters are exported too");
      assertTrue(metrics.contains("docket_jobs_finished_total"), "and Docket's");
    } // SIGTERM
    long deadline = System.currentTimeMillis() + 10_000;
    boolean stopped = false;
    while (!stopped && System.currentTimeMillis() < deadline) {
      try (var s = new java.net.Socket("127.0.0.1", redisPort)) {
        Thread.sleep(100);
      } catch (java.io.IOException refused) {
        stopped = true;
      }
    }
    assertTrue(stopped, "the local redis-server stopped with Docket");
    TempFiles.deleteTree(data);
  }

  @Test
  void withoutRedisInstalledStartUpNamesThePackageToInstall() throws Exception {
    var pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("docket.jar", "target/docket.jar")).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("DOCKET_"));
    pb.environment().put("PATH", "/nonexistent");
    pb.environment().put("DOCKET_DATA_DIR", Files.createTempDirectory("docket-noredis-").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(3, p.waitFor(), out);
    assertTrue(out.contains("apt-get install -y redis-server") && out.contains("DOCKET_REDIS_URL"), out);
  }

  static Map<String, String> with(Map<String, String> base, String... pairs) {
    Map<String, String> env = new java.util.HashMap<>(base);
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }
}
