package dev.docket.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.Role;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A stopping web node refuses new uploads with 503 and lets the upload in flight finish. */
class DrainIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  @Test
  void newUploadsGet503WhileTheOneInFlightCompletes() throws Exception {
    DocketNode node = DocketNode.start(REDIS.url(), RedisKeys.DEFAULT, Set.of(Role.WEB), 0, 100L << 20);
    byte[] body = Http.multipart("deck.pptx", Files.readAllBytes(Corpus.root().resolve("dev/pptx/shapes.pptx")), null);
    try (Socket inFlight = new Socket("127.0.0.1", node.port())) {
      OutputStream out = inFlight.getOutputStream();
      out.write(("POST /api/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length
          + "\r\nContent-Type: multipart/form-data; boundary=" + Http.BOUNDARY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
      long deadline = System.currentTimeMillis() + 5_000;
      while (dev.docket.support.TempFiles.filesUnder(node.dataDir.resolve("uploads")).isEmpty()
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20); // until the server is streaming the upload to disk: it is in flight
      }
      assertEquals(1, dev.docket.support.TempFiles.filesUnder(node.dataDir.resolve("uploads")).size());

      var stopping = node.docket.stop(); // SIGTERM's path
      Thread.sleep(200);
      var refused = Http.upload(node.base(), Corpus.root().resolve("dev/pptx/shapes.pptx"), "late.pptx");
      UploadIT.assertError(refused, 503, "SERVICE_UNAVAILABLE");
      assertTrue(refused.headers().firstValue("Retry-After").isPresent());
      assertEquals(503, Http.get(node.base() + "/health/ready").statusCode(), "not ready while draining");

      out.write(body, body.length / 2, body.length - body.length / 2);
      out.flush();
      String response = new String(inFlight.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 202", response, "the upload in flight was accepted");
      stopping.await(30, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      node.vertx.close();
    }
  }
}
