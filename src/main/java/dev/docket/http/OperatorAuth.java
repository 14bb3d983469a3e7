package dev.docket.http;

import dev.docket.job.ErrorCode;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/**
 * Guards operator endpoints (listings, stats, workers, retry, purge) with bearer tokens from
 * {@code DOCKET_API_KEYS}: {@code Authorization: Bearer <key>}, compared in constant time. With no keys
 * configured every request passes (development). User endpoints are not guarded: a job id is a 128-bit
 * capability, and nothing a user can reach lists other people's jobs.
 */
final class OperatorAuth implements Handler<RoutingContext> {
  private static final String PREFIX = "Bearer ";
  private final List<byte[]> keys;

  OperatorAuth(Set<String> keys) {
    this.keys = keys.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (keys.isEmpty() || allowed(ctx.request().getHeader(HttpHeaders.AUTHORIZATION))) {
      ctx.next();
      return;
    }
    ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"docket\"");
    ctx.fail(new ApiException(ErrorCode.UNAUTHORIZED, "this endpoint needs an operator API key (Authorization: Bearer <key>)"));
  }

  private boolean allowed(String header) {
    if (header == null || !header.startsWith(PREFIX)) {
      return false;
    }
    byte[] given = header.substring(PREFIX.length()).trim().getBytes(StandardCharsets.UTF_8);
    boolean match = false;
    for (byte[] key : keys) {
      match |= MessageDigest.isEqual(key, given); // no early exit: constant time over the key set
    }
    return match;
  }
}
