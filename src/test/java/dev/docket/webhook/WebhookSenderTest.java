package dev.docket.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.WebhookSettings;
import dev.docket.job.Job;
import dev.docket.queue.WebhookDelivery;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.SelfSignedCertificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTPS delivery while connecting to the checked address: the TLS server name (SNI), the certificate check
 * and the Host header must still use the URL's host name, or pinning the address would break every https
 * callback. A real HTTPS server with a self-signed certificate for {@code localhost}.
 */
class WebhookSenderTest {
  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static Vertx vertx;
  static SelfSignedCertificate certificate;
  static HttpServer server;
  static final List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startHttpsServer() throws Exception {
    vertx = Vertx.vertx();
    certificate = SelfSignedCertificate.create("localhost");
    server = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setSni(true)
            .setKeyCertOptions(certificate.keyCertOptions()))
        .requestHandler(req -> req.body().onSuccess(body -> {
          seen.add(req.connection().indicatedServerName() + " " + req.headers().get("host") + " "
              + req.headers().get("webhook-id"));
          req.response().setStatusCode(204).end();
        }))
        .listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
    certificate.delete();
  }

  @Test
  void anHttpsCallbackIsVerifiedAgainstTheUrlsHostWhileConnectingToTheCheckedAddress() throws Exception {
    seen.clear();
    Attempt attempt = sender().send(delivery("https://localhost:" + server.actualPort() + "/hook"), "{}")
        .await(20, TimeUnit.SECONDS);
    assertTrue(attempt.delivered(), String.valueOf(attempt.error()));
    assertEquals(204, attempt.status());
    assertEquals(List.of("localhost localhost:" + server.actualPort() + " msg_j_1"), seen, "SNI, Host, webhook-id");
  }

  @Test
  void aCertificateForAnotherNameFailsTheAttemptRetryably() throws Exception {
    seen.clear();
    Attempt attempt = sender().send(delivery("https://127.0.0.1:" + server.actualPort() + "/hook"), "{}")
        .await(20, TimeUnit.SECONDS);
    assertFalse(attempt.delivered(), "the certificate names localhost, not 127.0.0.1");
    assertEquals(0, attempt.status());
    assertFalse(attempt.permanent());
    assertEquals(List.of(), seen);
  }

  private static WebhookSender sender() {
    WebhookSettings settings = WebhookSettings.DISABLED.with(SECRET, true).withTimeoutMs(5_000);
    return new WebhookSender(vertx, vertx.createHttpClient(WebhookSender.clientOptions()
        .setTrustOptions(certificate.trustOptions())), new WebhookSigner(SECRET), settings);
  }

  private static WebhookDelivery delivery(String url) {
    return new WebhookDelivery("token", new Job(Map.of("id", "j", "callbackUrl", url, "webhookId", "msg_j_1",
        "webhookEvent", "job.completed", "webhookAttempts", "1")));
  }
}
