package dev.docket.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {
  /** The test vector published with the Standard Webhooks specification and its libraries. */
  static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final long SPEC_TIMESTAMP = 1614265330;
  static final String SPEC_BODY = "{\"test\": 2432232314}";
  static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  @Test
  void signatureMatchesTheSpecificationsTestVector() {
    assertEquals(SPEC_SIGNATURE, new WebhookSigner(SPEC_SECRET).signature(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY));
  }

  @Test
  void headersVerifyWithTheReferenceLibraryAndFailWhenTheBodyChanges() throws Exception {
    long now = Instant.now().getEpochSecond();
    Map<String, String> headers = new WebhookSigner(SPEC_SECRET).headers("msg_job_1", now, "{\"id\":\"job\"}");
    assertEquals("msg_job_1", headers.get("webhook-id"));
    assertEquals(Long.toString(now), headers.get("webhook-timestamp"));
    Map<String, List<String>> asReceived = Map.of(
        "webhook-id", List.of(headers.get("webhook-id")),
        "webhook-timestamp", List.of(headers.get("webhook-timestamp")),
        "webhook-signature", List.of(headers.get("webhook-signature")));
    Webhook receiver = new Webhook(SPEC_SECRET);
    receiver.verify("{\"id\":\"job\"}", asReceived); // throws when the signature does not match
    assertThrows(WebhookVerificationException.class, () -> receiver.verify("{\"id\":\"jab\"}", asReceived));
  }

  @Test
  void anUnusableSecretIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new WebhookSigner("whsec_"));
  }
}
