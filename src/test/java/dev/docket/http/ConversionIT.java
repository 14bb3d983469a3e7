package dev.docket.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.Role;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.PdfAssertions;
import dev.docket.support.RedisServerExtension;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Upload → queued → active → completed → download, on real decks, with one node running both roles. */
class ConversionIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static DocketNode node;

  @BeforeAll
  static void start() throws Exception {
    node = DocketNode.start(REDIS.url(), RedisKeys.DEFAULT, Set.of(Role.WEB, Role.WORKER), 2, 100L << 20);
  }

  @AfterAll
  static void stop() throws Exception {
    node.close();
  }

  @Test
  void readinessCoversRedisTheBlobStoreAndEveryWorkerSlot() throws Exception {
    var ready = Http.get(node.base() + "/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals("2/2 slots running", new JsonObject(ready.body()).getString("workers"));
  }

  static Stream<Path> decks() {
    return Stream.of("pptx/shapes.pptx", "pptx/with_japanese.pptx", "pptx/stress013.pptx", "pptx/themes.pptx",
        "ppt/41246-1.ppt", "ppt/44770.ppt").map(p -> Corpus.root().resolve("dev").resolve(p));
  }

  @ParameterizedTest
  @MethodSource("decks")
  void aRealDeckBecomesAPdfWithTheReferencePageCountAndText(Path deck) throws Exception {
    String name = deck.getFileName().toString();
    HttpResponse<String> accepted = Http.upload(node.base(), deck, name);
    assertEquals(202, accepted.statusCode(), accepted.body());
    String id = new JsonObject(accepted.body()).getString("id");

    JsonObject job = Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(120));
    assertEquals("completed", job.getString("state"), job.encodePrettily());
    assertEquals(100, job.getInteger("progress"));
    assertEquals(1, job.getInteger("attempts"));
    assertTrue(job.getString("worker").contains("/"), "worker names host/pid: " + job.getString("worker"));
    assertTrue(job.containsKey("startedAt") && job.containsKey("finishedAt"), job.encode());

    HttpResponse<byte[]> pdf = Http.getBytes(node.base() + "/api/jobs/" + id + "/result");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    String base = name.substring(0, name.lastIndexOf('.'));
    assertTrue(pdf.headers().firstValue("Content-Disposition").orElseThrow().contains("filename=\"" + base + ".pdf\""),
        pdf.headers().toString());
    assertEquals(job.getJsonObject("result").getLong("bytes"), (long) pdf.body().length);
    int pages = PdfAssertions.assertSamePagesAndText(pdf.body(), Corpus.reference(deck));
    assertEquals(pages, job.getInteger("pagesTotal"));
    HttpResponse<byte[]> thumb = Http.getBytes(node.base() + "/api/jobs/" + id + "/thumbnail");
    assertEquals(200, thumb.statusCode());
    assertEquals("image/png", thumb.headers().firstValue("Content-Type").orElseThrow());
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumb.body()));
    assertTrue(image.getWidth() <= 320 && image.getHeight() <= 320 && Math.max(image.getWidth(), image.getHeight()) >= 100,
        image.getWidth() + "x" + image.getHeight());
  }

  @Test
  void aCorruptDeckFailsItsJobWithACodeAndTheWorkerCarriesOn() throws Exception {
    Path fuzzed = Corpus.root().resolve("edge/clusterfuzz-testcase-minimized-POIFuzzer-5205835528404992.pptx");
    HttpResponse<String> accepted = Http.upload(node.base(), fuzzed, "broken.pptx");
    assertEquals(202, accepted.statusCode(), accepted.body());
    String id = new JsonObject(accepted.body()).getString("id");
    JsonObject job = Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(60));
    assertEquals("failed", job.getString("state"), job.encode());
    assertEquals("CORRUPT_DOCUMENT", job.getJsonObject("error").getString("code"));
    assertTrue(job.getJsonObject("error").getString("message").startsWith("The presentation is damaged"), job.encode());
    // both slots still work
    for (String deck : new String[] {"dev/pptx/table-with-theme.pptx", "dev/pptx/shapes.pptx"}) {
      String next = new JsonObject(Http.upload(node.base(), Corpus.root().resolve(deck), "ok.pptx").body()).getString("id");
      assertEquals("completed", Http.awaitJob(node.base(), next, Http::finished, Duration.ofSeconds(60)).getString("state"));
    }
  }

  @Test
  void anEncryptedDeckFailsWithEncryptedDocument() throws Exception {
    Path encrypted = Corpus.root().resolve("edge/Password_Protected-hello.ppt");
    HttpResponse<String> accepted = Http.upload(node.base(), encrypted, "secret.ppt");
    assertEquals(202, accepted.statusCode(), accepted.body());
    String id = new JsonObject(accepted.body()).getString("id");
    JsonObject job = Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(60));
    assertEquals("failed", job.getString("state"), job.encode());
    assertEquals("ENCRYPTED_DOCUMENT", job.getJsonObject("error").getString("code"));
    assertEquals("The presentation is password-protected; remove the password and upload it again",
        job.getJsonObject("error").getString("message"));
    UploadIT.assertError(Http.get(node.base() + "/api/jobs/" + id + "/result"), 409, "JOB_NOT_FINISHED");
    UploadIT.assertError(Http.get(node.base() + "/api/jobs/" + id + "/thumbnail"), 409, "JOB_NOT_FINISHED");
  }
}
