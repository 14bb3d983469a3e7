package dev.docket.http;

import dev.docket.config.AdmissionLimits;
import dev.docket.job.ErrorCode;
import dev.docket.queue.SubmissionRates;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Per-submitter rate limit for {@code POST /api/jobs}, decided before the body is read: {@code 429
 * RATE_LIMITED} with {@code Retry-After} (whole seconds, rounded up) once a submitter is past {@code
 * DOCKET_RATE_LIMIT_PER_MINUTE} (bursts up to {@code DOCKET_RATE_LIMIT_BURST}). The submitter is the API key
 * of an {@code Authorization: Bearer} header naming one of {@code DOCKET_API_KEYS}, else the client's
 * address. The budget lives in Redis ({@link SubmissionRates}: GCRA in {@code rateLimit-1.lua}), so it
 * holds across all web nodes.
 * If Redis cannot be asked, the submission is let through: the enqueue that follows answers 503 then.
 */
final class RateLimit implements Handler<RoutingContext> {
  private static final String BEARER = "Bearer ";

  private final AdmissionLimits limits;
  private final Set<String> apiKeys;
  private final SubmissionRates rates;

  RateLimit(AdmissionLimits limits, Set<String> apiKeys, SubmissionRates rates) {
    this.limits = limits;
    this.apiKeys = apiKeys;
    this.rates = rates;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (!limits.rateLimited()) {
      ctx.next();
      return;
    }
    // Paused while Redis is asked: BodyHandler, further on, needs the body still unread (it resumes it).
    ctx.request().pause();
    String subject = subject(ctx);
    rates.take(subject, limits.ratePerMinute(), limits.rateBurst())
        .onComplete(ar -> {
          if (ar.failed() || ar.result() == 0) {
            ctx.next();
            return;
          }
          long retryMs = ar.result();
          ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, (retryMs + 999) / 1000)));
          ctx.fail(new ApiException(ErrorCode.RATE_LIMITED, "too many submissions: the limit is "
              + limits.ratePerMinute() + " per minute (bursts of " + limits.rateBurst() + "); try again in "
              + retryMs + " ms"));
        });
  }

  /** {@code key:<sha-256 prefix>} for a known API key (the key itself never reaches Redis), else {@code ip:<address>}. */
  private String subject(RoutingContext ctx) {
    String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.startsWith(BEARER)) {
      String given = header.substring(BEARER.length()).trim();
      if (apiKeys.contains(given)) {
        return "key:" + sha256(given).substring(0, 24);
      }
    }
    return "ip:" + ctx.request().remoteAddress().hostAddress();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
