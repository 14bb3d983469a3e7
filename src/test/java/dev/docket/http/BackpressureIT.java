package dev.docket.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.AdmissionLimits;
import dev.docket.config.DocketConfig;
import dev.docket.config.QueueSettings;
import dev.docket.config.Role;
import dev.docket.job.JobIds;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A web node sheds load with 429 + Retry-After, decided before the upload body is read: queue depth,
 * concurrent uploads, and (optionally) a per-submitter rate limit.
 */
class BackpressureIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  @Test
  void submissionsBeyondTheQueueDepthAre429BeforeTheBodyIsRead() throws Exception {
    try (DocketNode web = node(new AdmissionLimits(3, 64))) {
      for (int i = 0; i < 3; i++) {
        assertEquals(202, Http.upload(web.base(), Corpus.root().resolve("dev/pptx/shapes.pptx"), "d.pptx").statusCode());
      }
      Thread.sleep(3 * 250); // the cached depth refreshes every 250 ms
      try (Socket s = new Socket("127.0.0.1", web.port())) {
        s.setSoTimeout(5_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n"
            + "Content-Type: multipart/form-data; boundary=" + Http.BOUNDARY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush(); // not one byte of the 50 MB body is sent
        byte[] buf = new byte[2_000];
        int n = s.getInputStream().read(buf); // the answer arrives while the client still owes 50 MB
        String head = new String(buf, 0, Math.max(n, 0), StandardCharsets.US_ASCII);
        assertTrue(head.startsWith("HTTP/1.1 429"), head);
        assertTrue(head.toLowerCase().contains("retry-after: 2"), head);
        assertTrue(head.contains("QUEUE_FULL"), head);
      }
      assertEquals(java.util.List.of(), dev.docket.support.TempFiles.filesUnder(web.dataDir.resolve("uploads")));
    }
  }

  @Test
  void uploadsBeyondTheConcurrencyBoundAre429() throws Exception {
    try (DocketNode web = node(new AdmissionLimits(10_000, 1))) {
      byte[] body = Http.multipart("d.pptx", Files.readAllBytes(Corpus.root().resolve("dev/pptx/shapes.pptx")), null);
      try (Socket slow = new Socket("127.0.0.1", web.port())) {
        OutputStream out = slow.getOutputStream();
        out.write(("POST /api/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length
            + "\r\nContent-Type: multipart/form-data; boundary=" + Http.BOUNDARY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, 1_000);
        out.flush();
        Thread.sleep(300);
        UploadIT.assertError(Http.upload(web.base(), Corpus.root().resolve("dev/pptx/shapes.pptx"), "d.pptx"), 429,
            "QUEUE_FULL");
        out.write(body, 1_000, body.length - 1_000);
        out.flush();
        assertEquals("HTTP/1.1 202", new String(slow.getInputStream().readNBytes(12), StandardCharsets.US_ASCII));
      }
      assertEquals(202, Http.upload(web.base(), Corpus.root().resolve("dev/pptx/shapes.pptx"), "d.pptx").statusCode(),
          "admitted again once the first upload finished");
    }
  }

  @Test
  void eachSubmitterGetsItsOwnRateBudgetAcrossWebNodes() throws Exception {
    String keyA = "key-a-0123456789abcdef";
    String keyB = "key-b-0123456789abcdef";
    RedisKeys keys = new RedisKeys("rl-" + JobIds.randomToken(6));
    // 60 per minute (one a second), bursts of 3; two web nodes share the budget through Redis.
    DocketConfig config = new DocketConfig(0, Optional.of(REDIS.url()), Set.of(Role.WEB),
        Files.createTempDirectory("docket-rl-"), 1, 100L << 20, QueueSettings.DEFAULTS)
        .withLimits(new AdmissionLimits(10_000, 64, 60, 3)).withApiKeys(Set.of(keyA, keyB));
    try (DocketNode one = DocketNode.start(config, keys); DocketNode two = DocketNode.start(config, keys)) {
      byte[] body = Http.multipart("d.pptx", Files.readAllBytes(Corpus.root().resolve("dev/pptx/shapes.pptx")), null);
      assertEquals(202, submit(one, body, keyA).statusCode());
      assertEquals(202, submit(two, body, keyA).statusCode());
      assertEquals(202, submit(one, body, keyA).statusCode());
      java.net.http.HttpResponse<String> refused = submit(two, body, keyA);
      UploadIT.assertError(refused, 429, "RATE_LIMITED");
      long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(retryAfter >= 1 && retryAfter <= 2, "about one interval (1 s): " + retryAfter);
      assertEquals(202, submit(one, body, keyB).statusCode(), "another key has its own budget");
      assertEquals(202, submit(one, body, null).statusCode(), "no key: the client's address is the submitter");
      Thread.sleep(retryAfter * 1_000 + 100);
      assertEquals(202, submit(two, body, keyA).statusCode(), "admitted again once the interval has passed");
    }
  }

  private static java.net.http.HttpResponse<String> submit(DocketNode node, byte[] body, String apiKey)
      throws Exception {
    java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(node.base() + "/api/jobs"))
        .header("Content-Type", "multipart/form-data; boundary=" + Http.BOUNDARY)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    return java.net.http.HttpClient.newHttpClient().send(request.build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  private static DocketNode node(AdmissionLimits limits) throws Exception {
    return DocketNode.start(new DocketConfig(0, Optional.of(REDIS.url()), Set.of(Role.WEB),
        Files.createTempDirectory("docket-bp-"), 1, 100L << 20, QueueSettings.DEFAULTS).withLimits(limits),
        new RedisKeys("bp-" + JobIds.randomToken(6)));
  }
}
