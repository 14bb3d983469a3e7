package dev.docket.queue;

import dev.docket.job.Job;
import io.vertx.core.Future;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The worker-side fast path of a busy queue: transitions that also take the slot's next job, so that a
 * slot with work waiting makes one round trip per job (complete + pop + claim) instead of three
 * (complete, {@code BRPOPLPUSH}, claim). The blocking pop ({@link JobTaker}) and {@link
 * FencedTransitions#claim} remain the path for an empty queue.
 *
 * <p>The scripts are composites: {@code completeAndClaimNext-7.lua} and {@code popAndClaim-3.lua} run
 * {@code complete-5.lua} and {@code claim-4.lua} unchanged as local functions, so fencing and state rules
 * cannot drift from the single-step transitions. Non-blocking; safe to call from any context. Meant for a
 * {@link PipelinedRedis} shared by the slots of a process (the pooled client works too, slower).
 */
public final class ChainedTransitions {
  /** Most queued ids one call tries before giving up (ids of cancelled or deleted jobs are dropped). */
  static final int MAX_TRIES = 16;

  private static final Composite COMPLETE_AND_CLAIM_NEXT = Composite.of("completeAndClaimNext-7",
      LuaScript.COMPLETE, "complete", LuaScript.CLAIM, "claim");
  private static final Composite POP_AND_CLAIM = Composite.of("popAndClaim-3", LuaScript.CLAIM, "claim");

  private final ScriptRunner scripts;
  private final RedisKeys keys;

  public ChainedTransitions(Redis redis, RedisKeys keys) {
    this.scripts = new ScriptRunner(redis);
    this.keys = keys;
  }

  /** A job moved into the active list and claimed under {@code lease}. */
  public record Claimed(Lease lease, Job job) {
  }

  /**
   * What {@link #completeAndClaimNext} did.
   *
   * @param completed complete-5's outcome for the finished job: APPLIED, LEASE_LOST or WRONG_STATE
   * @param next the next job, claimed, or empty when the queue had none
   */
  public record Step(TransitionResult completed, Optional<Claimed> next) {
  }

  /**
   * Records {@code lease}'s result (exactly as {@link FencedTransitions#complete}) and claims the next
   * queued job (exactly as {@link FencedTransitions#claim} after a pop) with {@code nextToken}.
   */
  public Future<Step> completeAndClaimNext(Lease lease, JobResult result, String nextToken, String worker,
      long leaseMs) {
    String id = lease.jobId();
    String now = JobQueue.now();
    List<String> scriptKeys = List.of(keys.job(id), keys.lease(id), keys.active(), keys.completed(), keys.queue(),
        keys.stalled(), keys.webhooks());
    List<String> args = List.of(id, lease.token(), now, keys.events(), result.blobKey(), result.mediaType(),
        Long.toString(result.bytes()), Integer.toString(result.pages()),
        nextToken, worker, Long.toString(leaseMs), keys.prefix(), Integer.toString(MAX_TRIES));
    return run(COMPLETE_AND_CLAIM_NEXT, scriptKeys, args).map(r -> {
      TransitionResult completed = TransitionResult.fromCode(r.get(0).toLong());
      Optional<Claimed> next = r.size() < 3 ? Optional.empty()
          : Optional.of(new Claimed(new Lease(r.get(1).toString(), nextToken), new Job(JobQueue.toMap(r.get(2)))));
      return new Step(completed, next);
    });
  }

  /**
   * Pops and claims the next queued job without blocking.
   *
   * @return the claimed job, or empty when the queue had none (then block in {@link JobTaker#take})
   */
  public Future<Optional<Claimed>> popAndClaim(String token, String worker, long leaseMs) {
    List<String> scriptKeys = List.of(keys.queue(), keys.active(), keys.stalled());
    List<String> args = List.of(token, worker, Long.toString(leaseMs), JobQueue.now(), keys.events(),
        keys.prefix(), Integer.toString(MAX_TRIES));
    return run(POP_AND_CLAIM, scriptKeys, args).map(r -> r.size() < 2 ? Optional.<Claimed>empty()
        : Optional.of(new Claimed(new Lease(r.get(0).toString(), token), new Job(JobQueue.toMap(r.get(1))))));
  }

  private Future<Response> run(Composite script, List<String> scriptKeys, List<String> args) {
    return scripts.run(script.sha1(), script.source(), scriptKeys, args)
        .compose(r -> r != null && r.type() == ResponseType.MULTI ? Future.succeededFuture(r)
            : Future.failedFuture(new IllegalStateException(script.name() + " answered " + r)));
  }

  /** A driver script with single-step scripts prepended as local functions {@code name(KEYS, ARGV)}. */
  record Composite(String name, String source, String sha1) {
    static Composite of(String fileName, Object... parts) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < parts.length; i += 2) {
        LuaScript step = (LuaScript) parts[i];
        text.append("local function ").append(parts[i + 1]).append("(KEYS, ARGV)\n")
            .append(step.source()).append("\nend\n");
      }
      text.append(load("/lua/" + fileName + ".lua"));
      String source = text.toString();
      return new Composite(fileName, source, sha1(source));
    }

    private static String load(String resource) {
      try (InputStream in = ChainedTransitions.class.getResourceAsStream(resource)) {
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
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
