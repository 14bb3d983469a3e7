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
import dev.docket.support.TempFiles;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.docket.support.SyntheticDecks;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries, dead-letter, manual retry, cancellation, timeouts, idempotency and retention, over HTTP. */
class ReliabilityIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final QueueSettings FAST = QueueSettings.DEFAULTS.withLeaseMs(1_000).withRetries(3, 50);
  static final Path LONG_DECK = Corpus.root().resolve("dev/pptx/2411-Performance_Up.pptx");
  static final Path SMALL_DECK = Corpus.root().resolve("dev/pptx/shapes.pptx");

  @Test
  void transientFailuresAreRetriedWithBackoffThenDeadLetteredAndCanBeRetriedByHand() throws Exception {
    try (DocketNode web = node(Set.of(Role.WEB), FAST, 0)) {
      String id = submit(web, SMALL_DECK);
      Path input = web.dataDir.resolve("blobs").resolve(id).resolve("input");
      Path saved = Files.createTempFile("input-", ".pptx");
      Files.move(input, saved, StandardCopyOption.REPLACE_EXISTING); // the blob store "loses" the file
      try (DocketNode worker = web.sibling(Set.of(Role.WORKER), 1)) {
        JsonObject failed = Http.awaitJob(web.base(), id, Http::finished, Duration.ofSeconds(30));
        assertEquals("failed", failed.getString("state"), failed.encode());
        assertEquals("BLOB_STORE_ERROR", failed.getJsonObject("error").getString("code"));
        assertEquals(3, failed.getInteger("attempts"), "retried up to DOCKET_MAX_ATTEMPTS");
        JsonArray errors = failed.getJsonArray("errors");
        assertEquals(3, errors.size(), "each attempt's error is kept: " + errors);
        for (int i = 0; i < 3; i++) {
          assertEquals(i + 1, errors.getJsonObject(i).getInteger("attempt"));
          assertEquals("BLOB_STORE_ERROR", errors.getJsonObject(i).getString("code"));
        }
        JsonObject deadLetter = new JsonObject(Http.get(web.base() + "/api/jobs?state=failed&limit=10").body());
        assertEquals(1, deadLetter.getLong("total"));
        assertEquals(id, deadLetter.getJsonArray("items").getJsonObject(0).getString("id"));

        Files.move(saved, input); // the operator fixes the cause and retries by hand
        HttpResponse<String> retried = send("POST", web.base() + "/api/jobs/" + id + "/retry");
        assertEquals(202, retried.statusCode(), retried.body());
        assertTrue(Set.of("queued", "active").contains(new JsonObject(retried.body()).getString("state")), retried.body());
        JsonObject done = Http.awaitJob(web.base(), id, Http::finished, Duration.ofSeconds(30));
        assertEquals("completed", done.getString("state"), done.encode());
        assertEquals(4, done.getInteger("attempts"));
        assertEquals(6, done.getInteger("maxAttempts"), "a fresh budget of 3 more attempts");
        assertEquals(409, send("POST", web.base() + "/api/jobs/" + id + "/retry").statusCode(), "only failed jobs");
      }
    }
  }

  @Test
  void aQueuedJobIsCancelledAtOnceAndAFinishedOneAnswers409() throws Exception {
    try (DocketNode web = node(Set.of(Role.WEB), FAST, 0)) {
      String id = submit(web, SMALL_DECK);
      HttpResponse<String> r = send("DELETE", web.base() + "/api/jobs/" + id);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("cancelled", new JsonObject(r.body()).getString("state"));
      JsonObject queued = new JsonObject(Http.get(web.base() + "/api/jobs?state=queued").body());
      assertEquals(0, queued.getLong("total"), "it left the queue");
      assertEquals(409, send("DELETE", web.base() + "/api/jobs/" + id).statusCode());
      assertEquals(404, send("DELETE", web.base() + "/api/jobs/" + JobIds.newId()).statusCode());
    }
  }

  @Test
  void anActiveJobStopsBetweenPagesCleansUpAndEndsCancelled() throws Exception {
    try (DocketNode node = node(Set.of(Role.WEB, Role.WORKER), FAST, 1)) {
      String id = submit(node, LONG_DECK);
      Http.awaitJob(node.base(), id, j -> j.getInteger("pagesDone") >= 1, Duration.ofSeconds(60));
      HttpResponse<String> r = send("DELETE", node.base() + "/api/jobs/" + id);
      assertEquals(202, r.statusCode(), r.body());
      assertTrue(new JsonObject(r.body()).getBoolean("cancelRequested"), r.body());
      JsonObject job = Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(10));
      assertEquals("cancelled", job.getString("state"), job.encode());
      assertTrue(job.getInteger("pagesDone") < 46, "stopped before the end: " + job.encode());
      try (var files = Files.list(node.dataDir.resolve("blobs").resolve(id))) {
        assertEquals(java.util.List.of("input"), files.map(p -> p.getFileName().toString()).toList(), "no partial result");
      }
      assertEquals(java.util.List.of(), TempFiles.filesUnder(node.dataDir.resolve("tmp")), "no partial output");
      UploadIT.assertError(Http.get(node.base() + "/api/jobs/" + id + "/result"), 409, "JOB_NOT_FINISHED");
    }
  }

  @Test
  void aJobPastItsTimeoutFailsWithTimeoutAndFreesTheSlot(@TempDir Path tmp) throws Exception {
    Path huge = SyntheticDecks.textHeavy(tmp.resolve("huge.pptx"), 1_200); // far beyond the limit on any machine
    try (DocketNode node = node(Set.of(Role.WEB, Role.WORKER), FAST.withJobTimeoutMs(6_000), 1)) {
      // Warms the converter up; on a loaded machine a cold first conversion may itself pass the limit,
      // which is fine here: only its slot's being free again matters.
      String warmUp = submit(node, SMALL_DECK);
      Http.awaitJob(node.base(), warmUp, Http::finished, Duration.ofSeconds(30));
      String slow = submit(node, huge);
      JsonObject job = Http.awaitJob(node.base(), slow, Http::finished, Duration.ofSeconds(40));
      assertEquals("failed", job.getString("state"), job.encode());
      assertEquals("TIMEOUT", job.getJsonObject("error").getString("code"));
      assertEquals(1, job.getInteger("attempts"), "timeouts are not retried");
      String next = submit(node, SMALL_DECK);
      assertEquals("completed", Http.awaitJob(node.base(), next, Http::finished, Duration.ofSeconds(30)).getString("state"),
          "the slot is free again");
    }
  }

  @Test
  void anIdempotencyKeyReturnsTheOriginalJobAndRefusesADifferentFile() throws Exception {
    try (DocketNode web = node(Set.of(Role.WEB), FAST, 0)) {
      HttpResponse<String> first = postWithKey(web, SMALL_DECK, "order-42");
      assertEquals(202, first.statusCode(), first.body());
      String id = new JsonObject(first.body()).getString("id");
      HttpResponse<String> again = postWithKey(web, SMALL_DECK, "order-42");
      assertEquals(200, again.statusCode(), again.body());
      assertEquals(id, new JsonObject(again.body()).getString("id"));
      try (var jobs = Files.list(web.dataDir.resolve("blobs"))) {
        assertEquals(1, jobs.count(), "no second upload stored");
      }
      HttpResponse<String> other = postWithKey(web, Corpus.root().resolve("dev/pptx/pie-chart.pptx"), "order-42");
      UploadIT.assertError(other, 422, "IDEMPOTENCY_CONFLICT");
      assertEquals(202, postWithKey(web, SMALL_DECK, "order-43").statusCode());
      assertEquals(2, new JsonObject(Http.get(web.base() + "/api/jobs?state=queued").body()).getLong("total"),
          "two jobs queued in all");
    }
  }

  @Test
  void finishedJobsExpireAfterTheRetentionAndTheirResultIsGone() throws Exception {
    try (DocketNode node = node(Set.of(Role.WEB, Role.WORKER), FAST.withRetentionMs(1_000), 1)) {
      String id = submit(node, SMALL_DECK);
      assertEquals("completed", Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(30)).getString("state"));
      assertEquals(200, Http.getBytes(node.base() + "/api/jobs/" + id + "/result").statusCode());
      Path blobs = node.dataDir.resolve("blobs").resolve(id);
      long deadline = System.currentTimeMillis() + 10_000;
      while (Files.exists(blobs) && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }
      assertFalse(Files.exists(blobs), "blobs deleted");
      UploadIT.assertError(Http.get(node.base() + "/api/jobs/" + id + "/result"), 410, "JOB_EXPIRED");
      UploadIT.assertError(Http.get(node.base() + "/api/jobs/" + id), 410, "JOB_EXPIRED");
    }
  }

  private static DocketNode node(Set<Role> roles, QueueSettings settings, int workers) throws Exception {
    return DocketNode.start(new DocketConfig(0, Optional.of(REDIS.url()), roles, Files.createTempDirectory("docket-rel-"),
        Math.max(workers, 1), 100L << 20, settings), new RedisKeys("rel-" + JobIds.randomToken(6)));
  }

  private static String submit(DocketNode node, Path deck) throws Exception {
    HttpResponse<String> r = Http.upload(node.base(), deck, deck.getFileName().toString());
    assertEquals(202, r.statusCode(), r.body());
    return new JsonObject(r.body()).getString("id");
  }

  private static HttpResponse<String> postWithKey(DocketNode node, Path file, String key) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.base() + "/api/jobs"))
        .header("Content-Type", "multipart/form-data; boundary=" + Http.BOUNDARY)
        .header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofByteArray(Http.multipart(file.getFileName().toString(),
            Files.readAllBytes(file), null))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> send(String method, String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }
}
