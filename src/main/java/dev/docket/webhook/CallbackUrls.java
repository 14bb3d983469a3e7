package dev.docket.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks the {@code callbackUrl} a client submits with a job: an absolute {@code http} or {@code https} URL
 * with a host, at most {@link #MAX_LENGTH} characters, without user info (credentials do not belong in a URL
 * that is echoed in job JSON) or fragment. Only the form is checked here; whether the host may be reached is
 * decided when delivering ({@link AddressPolicy}), because DNS answers change.
 */
public final class CallbackUrls {
  /** Longest accepted URL, characters. */
  public static final int MAX_LENGTH = 2048;

  private CallbackUrls() {
  }

  /**
   * @param raw the submitted value
   * @return the URL, trimmed
   * @throws IllegalArgumentException naming what is wrong, when the URL is not acceptable
   */
  public static URI parse(String raw) {
    String text = raw == null ? "" : raw.trim();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("callbackUrl is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("callbackUrl is longer than " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("callbackUrl is not a URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("callbackUrl must be an absolute http:// or https:// URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("callbackUrl has no valid host name");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("callbackUrl must not carry user info (user:password@)");
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException("callbackUrl must not have a #fragment");
    }
    return uri;
  }

  /** The port the URL names, or its scheme's default (80, 443). */
  public static int port(URI uri) {
    return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** Path and query as sent in the request line ({@code /} when empty). */
  public static String requestTarget(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
