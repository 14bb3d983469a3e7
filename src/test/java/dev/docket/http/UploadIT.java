package dev.docket.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.Role;
import dev.docket.job.JobIds;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import dev.docket.support.TempFiles;
import io.vertx.core.json.JsonObject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/jobs and the status endpoints on a web-only node (no workers, so jobs stay queued). */
class UploadIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final long LIMIT = 512 * 1024;
  static final Path DECK = Corpus.root().resolve("dev/pptx/table-with-theme.pptx");
  static final Path PPT = Corpus.root().resolve("dev/ppt/41246-1.ppt");
  static DocketNode node;

  @BeforeAll
  static void start() throws Exception {
    node = DocketNode.start(REDIS.url(), RedisKeys.DEFAULT, Set.of(Role.WEB), 0, LIMIT);
  }

  @AfterAll
  static void stop() throws Exception {
    node.close();
  }

  @Test
  void aDeckIsAcceptedAt202WithLocationLinksAndAQueuedStatus() throws Exception {
    HttpResponse<String> r = Http.upload(node.base(), DECK, "Quarterly review.pptx");
    assertEquals(202, r.statusCode(), r.body());
    JsonObject body = new JsonObject(r.body());
    String id = body.getString("id");
    assertTrue(JobIds.isWellFormed(id), id);
    assertEquals("/api/jobs/" + id, r.headers().firstValue("Location").orElseThrow());
    assertEquals("queued", body.getString("state"));
    assertEquals("/api/jobs/" + id, body.getJsonObject("links").getString("self"));
    assertEquals("/api/jobs/" + id + "/result", body.getJsonObject("links").getString("result"));
    assertEquals("jobs." + id, body.getJsonObject("links").getString("events"));

    JsonObject status = new JsonObject(Http.get(node.base() + "/api/jobs/" + id).body());
    assertEquals("queued", status.getString("state"));
    assertEquals(0, status.getInteger("progress"));
    assertEquals(0, status.getInteger("attempts"));
    assertEquals("Quarterly review.pptx", status.getJsonObject("input").getString("name"));
    assertEquals("pptx", status.getJsonObject("input").getString("type"));
    assertEquals(Files.size(DECK), status.getJsonObject("input").getLong("bytes"));
    assertTrue(status.getString("createdAt").endsWith("Z"), status.getString("createdAt"));
    Path stored = node.dataDir.resolve("blobs").resolve(id).resolve("input");
    assertEquals(Files.mismatch(DECK, stored), -1L, "the blob holds exactly the uploaded bytes");
  }

  @Test
  void theTypeIsSniffedFromTheBytesNotTheName() throws Exception {
    HttpResponse<String> r = Http.upload(node.base(), PPT, "looks-like-text.txt");
    assertEquals(202, r.statusCode(), r.body());
    String id = new JsonObject(r.body()).getString("id");
    assertEquals("ppt", new JsonObject(Http.get(node.base() + "/api/jobs/" + id).body())
        .getJsonObject("input").getString("type"));
  }

  @Test
  void bytesDocketCannotConvertAre415AndLeaveNoFile() throws Exception {
    byte[] text = "just some text, not a deck".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = Http.post(node.base() + "/api/jobs", Http.multipart("deck.pptx", text, null));
    assertError(r, 415, "UNSUPPORTED_FORMAT");
    awaitNoUploadFiles();
  }

  @Test
  void anUploadOverTheLimitIs413() throws Exception {
    byte[] big = new byte[(int) LIMIT + 10_000];
    HttpResponse<String> r = Http.post(node.base() + "/api/jobs", Http.multipart("big.pptx", big, null));
    assertError(r, 413, "PAYLOAD_TOO_LARGE");
    awaitNoUploadFiles();
  }

  @Test
  void aChunkedUploadIsCutOffAt413WhileStreaming() throws Exception {
    try (Socket s = new Socket("127.0.0.1", node.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("POST /api/jobs HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
          + "Content-Type: multipart/form-data; boundary=" + Http.BOUNDARY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] head = ("--" + Http.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pptx\"\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
      writeChunk(out, head);
      byte[] chunk = new byte[64 * 1024];
      String response = "";
      for (int i = 0; i < 64 && response.isEmpty(); i++) { // up to 4 MiB, far past the 512 KiB limit
        try {
          writeChunk(out, chunk);
        } catch (java.io.IOException closedByServer) {
          break;
        }
        if (s.getInputStream().available() > 0) {
          response = new String(s.getInputStream().readNBytes(s.getInputStream().available()), StandardCharsets.US_ASCII);
        }
      }
      if (response.isEmpty()) {
        s.setSoTimeout(5_000);
        response = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      }
      assertTrue(response.startsWith("HTTP/1.1 413"), response);
    }
    awaitNoUploadFiles();
  }

  @Test
  void anUnknownTargetIs400() throws Exception {
    HttpResponse<String> r = Http.post(node.base() + "/api/jobs",
        Http.multipart("deck.pptx", Files.readAllBytes(DECK), "docx"));
    assertError(r, 400, "UNSUPPORTED_TARGET");
    awaitNoUploadFiles();
  }

  @Test
  void malformedRequestsAre400() throws Exception {
    HttpResponse<String> noFile = Http.post(node.base() + "/api/jobs",
        ("--" + Http.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"target\"\r\n\r\npdf\r\n--"
            + Http.BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    assertError(noFile, 400, "BAD_REQUEST");

    HttpResponse<String> garbage = Http.post(node.base() + "/api/jobs",
        "this is not multipart at all \r\n--nope".getBytes(StandardCharsets.US_ASCII));
    assertError(garbage, 400, "BAD_REQUEST");

    java.net.http.HttpResponse<String> json = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.base() + "/api/jobs"))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertError(json, 400, "BAD_REQUEST");
    awaitNoUploadFiles();
  }

  @Test
  void anAbortedUploadLeavesNoPartialFile() throws Exception {
    try (Socket s = new Socket("127.0.0.1", node.port())) {
      OutputStream out = s.getOutputStream();
      byte[] head = ("--" + Http.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pptx\"\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
      out.write(("POST /api/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: 400000\r\n"
          + "Content-Type: multipart/form-data; boundary=" + Http.BOUNDARY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(head);
      out.write(new byte[200_000]);
      out.flush();
      long deadline = System.currentTimeMillis() + 5_000;
      while (TempFiles.filesUnder(node.dataDir.resolve("uploads")).isEmpty() && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(1, TempFiles.filesUnder(node.dataDir.resolve("uploads")).size(), "the upload was streaming to disk");
    } // the client goes away mid-body
    awaitNoUploadFiles();
  }

  @Test
  void unknownAndMalformedIdsAre404AndAQueuedResultIs409() throws Exception {
    assertError(Http.get(node.base() + "/api/jobs/" + JobIds.newId()), 404, "JOB_NOT_FOUND");
    assertError(Http.get(node.base() + "/api/jobs/..%2F..%2Fetc"), 404, "JOB_NOT_FOUND");
    String id = new JsonObject(Http.upload(node.base(), DECK, "d.pptx").body()).getString("id");
    assertError(Http.get(node.base() + "/api/jobs/" + id + "/result"), 409, "JOB_NOT_FINISHED");
  }

  @Test
  void healthEndpointsAnswer() throws Exception {
    assertEquals(200, Http.get(node.base() + "/health/live").statusCode());
    HttpResponse<String> ready = Http.get(node.base() + "/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject checks = new JsonObject(ready.body());
    assertEquals("up", checks.getString("redis"));
    assertEquals("writable", checks.getString("blobStore"));
    assertTrue(!checks.containsKey("workers"), "a web-only node has no worker check");
  }

  private static void writeChunk(OutputStream out, byte[] data) throws java.io.IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  static void assertError(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    JsonObject error = new JsonObject(r.body()).getJsonObject("error");
    assertEquals(code, error.getString("code"), r.body());
    assertTrue(error.getString("message") != null && !error.getString("message").isBlank(), r.body());
  }

  private static void awaitNoUploadFiles() throws Exception {
    Path uploads = node.dataDir.resolve("uploads");
    long deadline = System.currentTimeMillis() + 5_000;
    while (!TempFiles.filesUnder(uploads).isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(java.util.List.of(), TempFiles.filesUnder(uploads), "partial upload files left behind");
  }
}
