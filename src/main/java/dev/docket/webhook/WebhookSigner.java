package dev.docket.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.util.Map;

/**
 * Signs webhook messages per the Standard Webhooks specification
 * (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md) with its
 * reference Java library: {@code webhook-signature: v1,<base64(HMAC-SHA256(key, "<id>.<timestamp>.<body>"))>}
 * where the key is the base64-decoded part of the {@code whsec_} secret and the timestamp is epoch seconds.
 */
public final class WebhookSigner {
  public static final String ID_HEADER = "webhook-id";
  public static final String TIMESTAMP_HEADER = "webhook-timestamp";
  public static final String SIGNATURE_HEADER = "webhook-signature";

  private final Webhook webhook;

  /**
   * @param secret {@code whsec_<base64>} (as validated by {@code WebhookSettings})
   * @throws IllegalArgumentException when the secret does not decode to a key
   */
  public WebhookSigner(String secret) {
    try {
      this.webhook = new Webhook(secret);
    } catch (Exception e) { // EmptyWebhookSecretException, or base64 errors
      throw new IllegalArgumentException("unusable webhook secret: " + e.getMessage(), e);
    }
  }

  /** The {@code v1,<base64>} signature of one message. */
  public String signature(String messageId, long epochSeconds, String body) {
    try {
      return webhook.sign(messageId, epochSeconds, body);
    } catch (WebhookSigningException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  /** The three headers of one attempt: id, timestamp (epoch seconds) and signature. */
  public Map<String, String> headers(String messageId, long epochSeconds, String body) {
    return Map.of(ID_HEADER, messageId, TIMESTAMP_HEADER, Long.toString(epochSeconds),
        SIGNATURE_HEADER, signature(messageId, epochSeconds, body));
  }
}
