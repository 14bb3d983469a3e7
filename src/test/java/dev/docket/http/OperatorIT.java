package dev.docket.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.DocketConfig;
import dev.docket.config.QueueSettings;
import dev.docket.config.Role;
import dev.docket.job.JobIds;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard's API: stats, workers, purge, and operator keys guarding exactly the operator endpoints. */
class OperatorIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final String KEY = "operator-key-0123456789";
  static DocketNode node;

  @BeforeAll
  static void start() throws Exception {
    node = DocketNode.start(new DocketConfig(0, Optional.of(REDIS.url()), Set.of(Role.WEB, Role.WORKER),
        Files.createTempDirectory("docket-op-"), 1, 100L << 20, QueueSettings.DEFAULTS.withLeaseMs(1_500))
        .withApiKeys(Set.of(KEY)), new RedisKeys("op-" + JobIds.randomToken(6)));
  }

  @AfterAll
  static void stop() throws Exception {
    node.close();
  }

  @Test
  void operatorEndpointsNeedTheKeyAndUserEndpointsDoNot() throws Exception {
    for (String path : new String[] {"/api/jobs?state=failed", "/api/stats", "/api/workers"}) {
      HttpResponse<String> anonymous = send("GET", path, null);
      UploadIT.assertError(anonymous, 401, "UNAUTHORIZED");
      assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
      assertEquals(401, send("GET", path, "wrong-key-0123456789").statusCode(), path);
      assertEquals(200, send("GET", path, KEY).statusCode(), path);
    }
    String id = new JsonObject(Http.upload(node.base(), Corpus.root().resolve("dev/pptx/shapes.pptx"), "s.pptx").body())
        .getString("id");
    assertEquals(200, Http.get(node.base() + "/api/jobs/" + id).statusCode(), "a job is readable by its id");
    assertEquals(401, send("POST", "/api/jobs/" + id + "/retry", null).statusCode());
    assertEquals(401, send("DELETE", "/api/jobs/" + id + "?purge=true", null).statusCode());
    Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(60));
  }

  @Test
  void statsCountStatesAndFinishedJobsPerMinute() throws Exception {
    String id = new JsonObject(Http.upload(node.base(), Corpus.root().resolve("dev/pptx/table-with-theme.pptx"), "t.pptx")
        .body()).getString("id");
    Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(60));
    JsonObject stats = new JsonObject(send("GET", "/api/stats", KEY).body());
    JsonObject counts = stats.getJsonObject("counts");
    assertTrue(counts.getLong("completed") >= 1, stats.encode());
    for (String state : new String[] {"queued", "delayed", "active", "failed", "cancelled"}) {
      assertTrue(counts.containsKey(state), state);
    }
    JsonArray series = stats.getJsonArray("series");
    assertEquals(30, series.size());
    assertTrue(series.getJsonObject(29).getLong("completed") + series.getJsonObject(28).getLong("completed") >= 1,
        "this minute's (or the last's) completions are counted: " + series);
    assertEquals(1, stats.getLong("workers"));
  }

  @Test
  void workersReportTheirHeartbeat() throws Exception {
    JsonArray items = new JsonObject(send("GET", "/api/workers", KEY).body()).getJsonArray("items");
    assertEquals(1, items.size(), items.encode());
    JsonObject w = items.getJsonObject(0);
    assertEquals(1, w.getInteger("concurrency"));
    assertEquals(ProcessHandle.current().pid(), w.getLong("pid"));
    assertFalse(w.getBoolean("stale"));
    assertTrue(w.getString("lastHeartbeat").endsWith("Z"));
  }

  @Test
  void purgeDeletesAFinishedJobAndItsFilesOnly() throws Exception {
    String id = new JsonObject(Http.upload(node.base(), Corpus.root().resolve("dev/pptx/shapes.pptx"), "p.pptx").body())
        .getString("id");
    Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(60));
    assertTrue(Files.exists(node.dataDir.resolve("blobs").resolve(id)));
    assertEquals(204, send("DELETE", "/api/jobs/" + id + "?purge=true", KEY).statusCode());
    assertEquals(404, Http.get(node.base() + "/api/jobs/" + id).statusCode());
    assertFalse(Files.exists(node.dataDir.resolve("blobs").resolve(id)));
  }

  private static HttpResponse<String> send(String method, String path, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.base() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
