package dev.docket.job;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Job ids: 128 random bits from {@link SecureRandom}, base64url without padding (22 characters). Ids are
 * capabilities: knowing one is what lets a client read the job, so they must not be guessable.
 */
public final class JobIds {
  /** Shape of a well-formed id; anything else is rejected before touching Redis. */
  public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{22}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private JobIds() {
  }

  /** A fresh random id. */
  public static String newId() {
    return randomToken(16);
  }

  /** True when {@code id} has the shape of a job id. */
  public static boolean isWellFormed(String id) {
    return id != null && PATTERN.matcher(id).matches();
  }

  /** {@code bytes} random bytes as base64url without padding (also used for lease tokens). */
  public static String randomToken(int bytes) {
    byte[] raw = new byte[bytes];
    RANDOM.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}
