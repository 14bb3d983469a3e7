package dev.docket.queue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Lua scripts under {@code src/main/resources/lua/}, one per state transition. Each file opens with a
 * header naming its KEYS, ARGV, return codes and event. Scripts are loaded once; {@link ScriptRunner}
 * calls them by SHA-1 and falls back to EVAL when the server answers NOSCRIPT.
 *
 * <p>A script may name includes from {@code lua/include/}: local functions shared by several transitions
 * (e.g. {@code queueWebhook}), prepended to its text, so the sent script is still one self-contained unit.
 *
 * <p>Redis Cluster (audited for every script): a script may only touch keys of the slot it runs in. Most
 * get every key they touch in {@code KEYS}. Those that reach per-job keys of ids they find while running
 * build them from the {@code {docket}:} prefix passed in ARGV, i.e. with the same hash tag as their
 * {@code KEYS}, so the same slot: {@code extendLeases} (job hashes), {@code reapStalled-6} (job hashes, lease
 * keys), {@code promoteDelayed-2} and {@code expireFinished-3} (job hashes, tombstones), {@code popAndClaim-3}
 * and {@code completeAndClaimNext-7} (the next job's hash and lease key), {@code reapWebhooks-3} (job hashes,
 * delivery leases). Every call passes at least one key
 * (an empty lease list is never sent), so the client routes each call to the slot's master. Channels
 * ({@code {docket}:events}, {@code {docket}:control}) are not keys: PUBLISH reaches every node of a cluster.
 */
public enum LuaScript {
  ENQUEUE("enqueue-3"),
  CLAIM("claim-4"),
  PROGRESS("progress-2"),
  COMPLETE("complete-5", "queueWebhook"),
  FAIL("fail-6", "queueWebhook"),
  CANCEL("cancel-4"),
  ACK_CANCEL("ackCancel-4"),
  HAND_BACK("handBack-5"),
  RETRY("retry-3"),
  PURGE("purge-4"),
  EXTEND_LEASES("extendLeases"),
  REAP_STALLED("reapStalled-6", "queueWebhook"),
  PROMOTE_DELAYED("promoteDelayed-2"),
  EXPIRE_FINISHED("expireFinished-3"),
  RATE_LIMIT("rateLimit-1"),
  CLAIM_WEBHOOK("claimWebhook-4"),
  COMPLETE_WEBHOOK("completeWebhook-3"),
  FAIL_WEBHOOK("failWebhook-4"),
  PROMOTE_WEBHOOKS("promoteWebhooks-2"),
  REAP_WEBHOOKS("reapWebhooks-3");

  private final String fileName;
  private final String source;
  private final String sha1;

  LuaScript(String fileName, String... includes) {
    this.fileName = fileName;
    StringBuilder text = new StringBuilder();
    for (String include : includes) {
      text.append(load("/lua/include/" + include + ".lua")).append('\n');
    }
    this.source = text.append(load("/lua/" + fileName + ".lua")).toString();
    this.sha1 = sha1(source);
  }

  /** The script's text. */
  public String source() {
    return source;
  }

  /** The SHA-1 Redis knows the script by (EVALSHA). */
  public String sha1() {
    return sha1;
  }

  @Override
  public String toString() {
    return fileName;
  }

  private static String load(String resource) {
    try (InputStream in = LuaScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing script resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha1(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
