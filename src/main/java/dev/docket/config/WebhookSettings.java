package dev.docket.config;

import java.util.Base64;
import java.util.Optional;

/**
 * How job webhooks are signed and delivered (see {@code dev.docket.webhook}). Durations in milliseconds.
 *
 * @param secret {@code DOCKET_WEBHOOK_SECRET}: the Standard Webhooks signing secret, {@code whsec_<base64>} (the
 *     key is the decoded bytes, 24 to 64 of them); empty = webhooks disabled, and a submission that names a
 *     {@code callbackUrl} is refused with {@code WEBHOOKS_NOT_CONFIGURED} (Docket never sends unsigned requests)
 * @param allowPrivate {@code DOCKET_WEBHOOK_ALLOW_PRIVATE}: {@code true} lets callbacks reach loopback, private,
 *     link-local, CGNAT and other non-public addresses (development); {@code false} (default) refuses them
 * @param maxAttempts {@code DOCKET_WEBHOOK_MAX_ATTEMPTS}: delivery attempts before the delivery is dead-lettered
 * @param backoffMs {@code DOCKET_WEBHOOK_BACKOFF_MS}: base of the full-jitter exponential backoff between attempts
 * @param timeoutMs {@code DOCKET_WEBHOOK_TIMEOUT_MS}: longest one attempt may take (connect, send, answer)
 */
public record WebhookSettings(Optional<String> secret, boolean allowPrivate, int maxAttempts, long backoffMs,
    long timeoutMs) {

  public static final int DEFAULT_MAX_ATTEMPTS = 8;
  public static final long DEFAULT_BACKOFF_MS = 10_000;
  /** Largest backoff window between two attempts, whatever the attempt number (1 h). */
  public static final long MAX_BACKOFF_MS = 3_600_000;
  public static final long DEFAULT_TIMEOUT_MS = 10_000;
  /** Smallest and largest signing key the Standard Webhooks specification allows, bytes. */
  static final int MIN_KEY_BYTES = 24;
  static final int MAX_KEY_BYTES = 64;
  private static final String PREFIX = "whsec_";

  /** Webhooks off (no secret), the other settings at their defaults. */
  public static final WebhookSettings DISABLED = new WebhookSettings(Optional.empty(), false, DEFAULT_MAX_ATTEMPTS,
      DEFAULT_BACKOFF_MS, DEFAULT_TIMEOUT_MS);

  public WebhookSettings {
    secret.ifPresent(WebhookSettings::checkSecret);
  }

  static WebhookSettings fromEnv(EnvReader r) {
    return new WebhookSettings(
        r.text("DOCKET_WEBHOOK_SECRET"),
        r.bool("DOCKET_WEBHOOK_ALLOW_PRIVATE", false),
        (int) r.longValue("DOCKET_WEBHOOK_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS, 1, 100),
        r.longValue("DOCKET_WEBHOOK_BACKOFF_MS", DEFAULT_BACKOFF_MS, 1, MAX_BACKOFF_MS),
        r.longValue("DOCKET_WEBHOOK_TIMEOUT_MS", DEFAULT_TIMEOUT_MS, 100, 300_000));
  }

  /** True when a signing secret is configured, so callbacks may be accepted and delivered. */
  public boolean enabled() {
    return secret.isPresent();
  }

  /** A copy with this secret, private addresses allowed or not (tests). */
  public WebhookSettings with(String newSecret, boolean privateAllowed) {
    return new WebhookSettings(Optional.ofNullable(newSecret), privateAllowed, maxAttempts, backoffMs, timeoutMs);
  }

  /** A copy with other retry timings (tests shorten them). */
  public WebhookSettings withRetries(int attempts, long baseMs) {
    return new WebhookSettings(secret, allowPrivate, attempts, baseMs, timeoutMs);
  }

  /** A copy with another per-attempt time limit (tests). */
  public WebhookSettings withTimeoutMs(long ms) {
    return new WebhookSettings(secret, allowPrivate, maxAttempts, backoffMs, ms);
  }

  private static void checkSecret(String secret) {
    String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("DOCKET_WEBHOOK_SECRET: not whsec_ followed by base64 (" + e.getMessage() + ")");
    }
    if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
      throw new ConfigException("DOCKET_WEBHOOK_SECRET: the key is " + key.length + " bytes; Standard Webhooks needs "
          + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES + " (e.g. whsec_$(head -c 32 /dev/urandom | base64))");
    }
  }
}
