package dev.docket.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import dev.docket.config.DocketConfig;
import dev.docket.config.QueueSettings;
import dev.docket.config.Role;
import dev.docket.config.WebhookSettings;
import dev.docket.job.JobIds;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signed, durable webhooks end to end: real Redis, real nodes, a real HTTP receiver. */
class WebhookIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  /** The Standard Webhooks specification's test secret (24 bytes). */
  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final Path SMALL_DECK = Corpus.root().resolve("dev/pptx/shapes.pptx");
  static final Path CORRUPT_DECK = Corpus.root().resolve("edge/clusterfuzz-testcase-minimized-POIFuzzer-5205835528404992.pptx");
  /** A 1 s lease sweeps every 250 ms, so due webhook retries are promoted quickly. */
  static final QueueSettings FAST = QueueSettings.DEFAULTS.withLeaseMs(1_000);
  static final WebhookSettings LOCAL = WebhookSettings.DISABLED.with(SECRET, true).withRetries(5, 200);
  static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void aCompletedJobIsPostedOnceSignedWithTheJobJson() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(); DocketNode node = node(LOCAL, new RedisKeys(ns()))) {
      String id = submit(node, SMALL_DECK, receiver.url("127.0.0.1", "/hooks/docket?team=7"));
      JsonObject job = awaitWebhook(node, id, "delivered");
      Thread.sleep(1_000); // room for a duplicate to show up
      List<WebhookReceiver.Received> posts = receiver.received();
      assertEquals(1, posts.size(), "exactly one POST: " + posts);
      WebhookReceiver.Received post = posts.get(0);
      assertEquals("POST", post.method());
      assertEquals("/hooks/docket?team=7", post.uri());
      assertTrue(post.headers().get("content-type").startsWith("application/json"), post.headers().toString());
      new Webhook(SECRET).verify(post.body(), post.headerLists()); // the reference library accepts the signature
      assertEquals(job.getJsonObject("webhook").getString("id"), post.headers().get("webhook-id"));
      long sentAt = Long.parseLong(post.headers().get("webhook-timestamp"));
      assertTrue(Math.abs(sentAt - post.atMillis() / 1000) <= 5, "timestamp in epoch seconds: " + sentAt);

      JsonObject body = new JsonObject(post.body());
      assertEquals("job.completed", body.getString("type"));
      JsonObject data = body.getJsonObject("data");
      assertEquals(id, data.getString("id"));
      assertEquals("completed", data.getString("state"));
      assertEquals("application/pdf", data.getJsonObject("result").getString("type"));
      assertFalse(data.containsKey("webhook"), "the delivery status is not part of the message");

      JsonObject webhook = job.getJsonObject("webhook");
      assertEquals("job.completed", webhook.getString("event"));
      assertEquals(1, webhook.getInteger("attempts"));
      assertEquals(200, webhook.getInteger("lastStatus"));
      assertNotNull(webhook.getString("deliveredAt"));
      assertEquals(receiver.url("127.0.0.1", "/hooks/docket?team=7"), job.getString("callbackUrl"));
    }
  }

  @Test
  void aFailedJobIsPostedWithItsError() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(); DocketNode node = node(LOCAL, new RedisKeys(ns()))) {
      String id = submit(node, CORRUPT_DECK, receiver.url("127.0.0.1", "/hook"));
      awaitWebhook(node, id, "delivered");
      List<WebhookReceiver.Received> posts = receiver.received();
      assertEquals(1, posts.size(), posts.toString());
      new Webhook(SECRET).verify(posts.get(0).body(), posts.get(0).headerLists());
      JsonObject body = new JsonObject(posts.get(0).body());
      assertEquals("job.failed", body.getString("type"));
      assertEquals("failed", body.getJsonObject("data").getString("state"));
      assertEquals("CORRUPT_DOCUMENT", body.getJsonObject("data").getJsonObject("error").getString("code"));
    }
  }

  @Test
  void receiverErrorsAreRetriedWithBackoffUnderTheSameMessageId() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(500, 500); DocketNode node = node(LOCAL, new RedisKeys(ns()))) {
      String id = submit(node, SMALL_DECK, receiver.url("127.0.0.1", "/hook"));
      JsonObject job = awaitWebhook(node, id, "delivered");
      assertEquals(3, job.getJsonObject("webhook").getInteger("attempts"), job.encode());
      assertEquals(200, job.getJsonObject("webhook").getInteger("lastStatus"));
      List<WebhookReceiver.Received> posts = receiver.received();
      assertEquals(3, posts.size(), posts.toString());
      for (WebhookReceiver.Received post : posts) {
        new Webhook(SECRET).verify(post.body(), post.headerLists());
        assertEquals(posts.get(0).headers().get("webhook-id"), post.headers().get("webhook-id"), "same id every time");
        assertEquals(posts.get(0).body(), post.body(), "the same message every time");
      }
      String metrics = Http.get(node.base() + "/metrics").body();
      assertTrue(metrics.contains("docket_webhook_deliveries_total{outcome=\"retried\"} 2.0"), metrics);
      assertTrue(metrics.contains("docket_webhook_deliveries_total{outcome=\"delivered\"} 1.0"), metrics);
    }
  }

  @Test
  void aDeliveryIsDeadLetteredAfterItsLastAttempt() throws Exception {
    WebhookSettings twoAttempts = LOCAL.withRetries(2, 100);
    try (WebhookReceiver receiver = new WebhookReceiver(); DocketNode node = node(twoAttempts, new RedisKeys(ns()))) {
      receiver.answer(() -> 503);
      String id = submit(node, SMALL_DECK, receiver.url("127.0.0.1", "/hook"));
      JsonObject webhook = awaitWebhook(node, id, "failed").getJsonObject("webhook");
      assertEquals(2, webhook.getInteger("attempts"), webhook.encode());
      assertEquals(503, webhook.getInteger("lastStatus"));
      assertTrue(webhook.getString("lastError").contains("503"), webhook.encode());
      Thread.sleep(1_000);
      assertEquals(2, receiver.received().size(), "no attempts after the last");
      assertTrue(Http.get(node.base() + "/metrics").body().contains("docket_webhook_deliveries_total{outcome=\"failed\"} 1.0"));
    }
  }

  @Test
  void aDeliveryWaitingForItsRetrySurvivesItsNodeStoppingAndAnotherNodeDeliversIt() throws Exception {
    RedisKeys keys = new RedisKeys(ns());
    WebhookSettings slowRetry = LOCAL.withRetries(5, 1_500);
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      receiver.answer(() -> 500);
      String id;
      long stoppedAt;
      try (DocketNode first = node(slowRetry, keys)) {
        id = submit(first, SMALL_DECK, receiver.url("127.0.0.1", "/hook"));
        awaitWebhook(first, id, "retrying");
      } finally {
        stoppedAt = System.currentTimeMillis();
      }
      receiver.answer(() -> 200);
      try (DocketNode second = node(slowRetry, keys)) {
        JsonObject job = awaitWebhook(second, id, "delivered");
        List<WebhookReceiver.Received> posts = receiver.received();
        assertTrue(posts.size() >= 2, posts.toString());
        assertTrue(posts.get(posts.size() - 1).atMillis() >= stoppedAt, "the second node made the last attempt");
        assertTrue(posts.stream().allMatch(p -> p.headers().get("webhook-id").equals(job.getJsonObject("webhook").getString("id"))),
            "one message id across nodes: " + posts);
        assertEquals(posts.size(), job.getJsonObject("webhook").getInteger("attempts"));
      }
    }
  }

  @Test
  void anUnansweredAttemptTimesOutAndARedirectIsNotFollowedBothAreRetried() throws Exception {
    WebhookSettings quick = LOCAL.withRetries(5, 100).withTimeoutMs(1_000);
    try (WebhookReceiver receiver = new WebhookReceiver(WebhookReceiver.SILENT, 307);
        DocketNode node = node(quick, new RedisKeys(ns()))) {
      String id = submit(node, SMALL_DECK, receiver.url("127.0.0.1", "/hook"));
      JsonObject webhook = awaitWebhook(node, id, "delivered").getJsonObject("webhook");
      assertEquals(3, webhook.getInteger("attempts"), webhook.encode());
      List<WebhookReceiver.Received> posts = receiver.received();
      assertEquals(List.of("/hook", "/hook", "/hook"), posts.stream().map(WebhookReceiver.Received::uri).toList(),
          "the 307 to /elsewhere was not followed");
      assertTrue(posts.get(1).atMillis() - posts.get(0).atMillis() >= 1_000, "the first attempt waited for its timeout");
    }
  }

  @Test
  void aLoopbackCallbackIsRefusedUnlessPrivateAddressesAreAllowed() throws Exception {
    WebhookSettings publicOnly = WebhookSettings.DISABLED.with(SECRET, false).withRetries(5, 100);
    try (WebhookReceiver receiver = new WebhookReceiver(); DocketNode node = node(publicOnly, new RedisKeys(ns()))) {
      String id = submit(node, SMALL_DECK, receiver.url("localhost", "/hook"));
      JsonObject webhook = awaitWebhook(node, id, "failed").getJsonObject("webhook");
      assertEquals(1, webhook.getInteger("attempts"), "a refused address is not retried: " + webhook.encode());
      assertTrue(webhook.getString("lastError").contains("loopback"), webhook.encode());
      assertTrue(webhook.getString("lastError").contains("DOCKET_WEBHOOK_ALLOW_PRIVATE"), webhook.encode());
      assertFalse(webhook.containsKey("lastStatus"), webhook.encode());
      Thread.sleep(500);
      assertEquals(List.of(), receiver.received());
    }
    // the same callback with DOCKET_WEBHOOK_ALLOW_PRIVATE=true is delivered
    try (WebhookReceiver receiver = new WebhookReceiver(); DocketNode node = node(LOCAL, new RedisKeys(ns()))) {
      String id = submit(node, SMALL_DECK, receiver.url("localhost", "/hook"));
      awaitWebhook(node, id, "delivered");
      assertEquals(1, receiver.received().size());
      assertEquals("localhost:" + receiver.port(), receiver.received().get(0).headers().get("host"),
          "connecting to the checked address keeps the URL's host in the Host header");
    }
  }

  @Test
  void callbackUrlsAreRefusedWithoutASecretOrWhenMalformed() throws Exception {
    try (DocketNode node = node(WebhookSettings.DISABLED, new RedisKeys(ns()))) {
      HttpResponse<String> refused = post(node, "https://hooks.example.com/docket");
      assertEquals(400, refused.statusCode(), refused.body());
      assertEquals("WEBHOOKS_NOT_CONFIGURED", error(refused));
      HttpResponse<String> plain = Http.upload(node.base(), SMALL_DECK, "deck.pptx");
      assertEquals(202, plain.statusCode(), "without callbackUrl nothing changes: " + plain.body());
    }
    try (DocketNode node = node(LOCAL, new RedisKeys(ns()))) {
      for (String bad : new String[] {"ftp://example.com/x", "/relative", "https://example.com/" + "a".repeat(2100)}) {
        HttpResponse<String> refused = post(node, bad);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("INVALID_CALLBACK_URL", error(refused));
      }
    }
  }

  private static DocketNode node(WebhookSettings webhooks, RedisKeys keys) throws Exception {
    return DocketNode.start(new DocketConfig(0, Optional.of(REDIS.url()), Set.of(Role.WEB, Role.WORKER),
        Files.createTempDirectory("docket-hook-"), 1, 100L << 20, FAST).withWebhooks(webhooks), keys);
  }

  private static String ns() {
    return "hook-" + JobIds.randomToken(6);
  }

  private static HttpResponse<String> post(DocketNode node, String callbackUrl) throws Exception {
    return post(node, SMALL_DECK, callbackUrl);
  }

  private static String submit(DocketNode node, Path file, String callbackUrl) throws Exception {
    HttpResponse<String> r = post(node, file, callbackUrl);
    assertEquals(202, r.statusCode(), r.body());
    return new JsonObject(r.body()).getString("id");
  }

  private static HttpResponse<String> post(DocketNode node, Path file, String callbackUrl) throws Exception {
    return Http.post(node.base() + "/api/jobs", Http.multipartWithFields(file.getFileName().toString(),
        Files.readAllBytes(file), Map.of("callbackUrl", callbackUrl)));
  }

  private static String error(HttpResponse<String> r) {
    return new JsonObject(r.body()).getJsonObject("error").getString("code");
  }

  private static JsonObject awaitWebhook(DocketNode node, String id, String state) throws Exception {
    Predicate<JsonObject> reached = job -> job.containsKey("webhook")
        && state.equals(job.getJsonObject("webhook").getString("state"));
    return Http.awaitJob(node.base(), id, reached, WAIT);
  }
}
