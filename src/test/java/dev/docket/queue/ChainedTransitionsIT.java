package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.job.Job;
import dev.docket.job.JobIds;
import dev.docket.job.JobState;
import dev.docket.support.RedisServerExtension;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The worker's one-round-trip transitions ({@code popAndClaim-3}, {@code completeAndClaimNext-6}) against a
 * real redis-server: the same fencing and state rules as complete-4 and claim-4, and never an id left in
 * the active list without a lease.
 */
class ChainedTransitionsIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  final Redis redis = REDIS.client();
  RedisKeys keys;
  JobQueue queue;
  ChainedTransitions chained;



  @BeforeEach
  void freshNamespace() {
    keys = RedisServerExtension.freshKeys("c");
    queue = new JobQueue(redis, keys);
    chained = new ChainedTransitions(redis, keys);
  }

  @Test
  void popAndClaimTakesTheOldestQueuedJobWithAnExpiringLease() throws Exception {
    String first = enqueue();
    String second = enqueue();
    ChainedTransitions.Claimed claimed = chained.popAndClaim("tok-1", "host/1", 5_000).await().orElseThrow();
    assertEquals(first, claimed.lease().jobId(), "FIFO: the first enqueued job comes first");
    assertEquals(JobState.ACTIVE, claimed.job().state());
    assertEquals(1, claimed.job().attempts());
    assertEquals("tok-1", REDIS.cmd(Command.GET, keys.lease(first)).toString());
    long ttl = REDIS.cmd(Command.PTTL, keys.lease(first)).toLong();
    assertTrue(ttl > 0 && ttl <= 5_000, "lease ttl " + ttl);
    assertEquals(List.of(first), REDIS.list(keys.active()));
    assertEquals(List.of(second), REDIS.list(keys.queue()));
  }

  @Test
  void popAndClaimOnAnEmptyQueueClaimsNothingAndWritesNothing() throws Exception {
    assertEquals(Optional.empty(), chained.popAndClaim("tok", "host/1", 5_000).await());
    assertEquals(List.of(), REDIS.list(keys.active()));
  }

  @Test
  void popAndClaimDropsIdsOfJobsNoLongerQueuedAndClaimsTheNextOne() throws Exception {
    String cancelled = enqueue();
    String next = enqueue();
    assertEquals(TransitionResult.APPLIED, queue.cancel(cancelled).await());
    // cancel removes a queued id from the list; push it back as a stale id a racing client might leave
    REDIS.cmd(Command.RPUSH, keys.queue(), cancelled);
    ChainedTransitions.Claimed claimed = chained.popAndClaim("tok", "host/1", 5_000).await().orElseThrow();
    assertEquals(next, claimed.lease().jobId());
    assertEquals(List.of(next), REDIS.list(keys.active()), "the stale id is not left in active");
    assertEquals(JobState.CANCELLED, queue.find(cancelled).await().orElseThrow().state());
  }

  @Test
  void completeAndClaimNextRecordsTheResultAndClaimsTheNextJob() throws Exception {
    String first = enqueue();
    String second = enqueue();
    ChainedTransitions.Claimed held = chained.popAndClaim("tok-1", "host/1", 5_000).await().orElseThrow();
    ChainedTransitions.Step step = chained.completeAndClaimNext(held.lease(), result(), "tok-2", "host/1", 5_000)
        .await();
    assertEquals(TransitionResult.APPLIED, step.completed());
    Job done = queue.find(first).await().orElseThrow();
    assertEquals(JobState.COMPLETED, done.state());
    assertEquals("1", done.fields().get("completions"));
    assertEquals(0, REDIS.cmd(Command.EXISTS, keys.lease(first)).toInteger(), "the finished job's lease is gone");
    ChainedTransitions.Claimed next = step.next().orElseThrow();
    assertEquals(second, next.lease().jobId());
    assertEquals("tok-2", next.lease().token());
    assertEquals(JobState.ACTIVE, next.job().state());
    assertEquals(List.of(second), REDIS.list(keys.active()));
    assertEquals(List.of(), REDIS.list(keys.queue()));
  }

  @Test
  void completeAndClaimNextWithAnEmptyQueueOnlyCompletes() throws Exception {
    String only = enqueue();
    ChainedTransitions.Claimed held = chained.popAndClaim("tok-1", "host/1", 5_000).await().orElseThrow();
    ChainedTransitions.Step step = chained.completeAndClaimNext(held.lease(), result(), "tok-2", "host/1", 5_000)
        .await();
    assertEquals(TransitionResult.APPLIED, step.completed());
    assertEquals(Optional.empty(), step.next());
    assertEquals(JobState.COMPLETED, queue.find(only).await().orElseThrow().state());
    assertEquals(List.of(), REDIS.list(keys.active()));
  }

  @Test
  void aWrongTokenCompletesNothingButTheNextJobIsStillClaimed() throws Exception {
    String first = enqueue();
    String second = enqueue();
    ChainedTransitions.Claimed held = chained.popAndClaim("tok-1", "host/1", 5_000).await().orElseThrow();
    Lease stale = new Lease(held.lease().jobId(), "not-the-token");
    ChainedTransitions.Step step = chained.completeAndClaimNext(stale, result(), "tok-2", "host/1", 5_000).await();
    assertEquals(TransitionResult.LEASE_LOST, step.completed());
    Job untouched = queue.find(first).await().orElseThrow();
    assertEquals(JobState.ACTIVE, untouched.state(), "a stale worker cannot complete another attempt's job");
    assertEquals(null, untouched.fields().get("completions"));
    assertEquals("tok-1", REDIS.cmd(Command.GET, keys.lease(first)).toString());
    assertEquals(second, step.next().orElseThrow().lease().jobId());
  }

  @Test
  void aSpentTokenCannotCompleteTwice() throws Exception {
    enqueue();
    ChainedTransitions.Claimed held = chained.popAndClaim("tok-1", "host/1", 5_000).await().orElseThrow();
    assertEquals(TransitionResult.APPLIED,
        chained.completeAndClaimNext(held.lease(), result(), "tok-2", "host/1", 5_000).await().completed());
    ChainedTransitions.Step again = chained.completeAndClaimNext(held.lease(), result(), "tok-3", "host/1", 5_000)
        .await();
    assertTrue(again.completed() == TransitionResult.LEASE_LOST || again.completed() == TransitionResult.WRONG_STATE,
        "second complete refused, was " + again.completed());
    assertEquals("1", queue.find(held.lease().jobId()).await().orElseThrow().fields().get("completions"));
  }

  @Test
  void manyConcurrentSlotsCompleteEveryJobExactlyOnce() throws Exception {
    int jobs = 300;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < jobs; i++) {
      ids.add(enqueue());
    }
    PipelinedRedis shared = new PipelinedRedis(new RedisClients(REDIS.vertx(), REDIS.url()).pipelined());
    ChainedTransitions onePipe = new ChainedTransitions(shared, keys);
    List<io.vertx.core.Future<Integer>> slots = new ArrayList<>();
    for (int s = 0; s < 8; s++) {
      slots.add(runSlot(onePipe, "host/" + s, Optional.empty(), 0));
    }
    int done = 0;
    for (io.vertx.core.Future<Integer> slot : slots) {
      done += slot.await(30, TimeUnit.SECONDS);
    }
    shared.close().await();
    assertEquals(jobs, done);
    for (String id : ids) {
      Job job = queue.find(id).await().orElseThrow();
      assertEquals(JobState.COMPLETED, job.state(), id);
      assertEquals("1", job.fields().get("completions"), id);
    }
    assertEquals(List.of(), REDIS.list(keys.active()));
    assertEquals(List.of(), REDIS.list(keys.queue()));
  }

  /** A slot's loop as ConversionWorkerVerticle runs it, with no-op jobs; completes with the jobs it finished. */
  private io.vertx.core.Future<Integer> runSlot(ChainedTransitions transitions, String worker,
      Optional<ChainedTransitions.Claimed> inHand, int done) {
    io.vertx.core.Future<Optional<ChainedTransitions.Claimed>> held = inHand.isPresent()
        ? io.vertx.core.Future.succeededFuture(inHand)
        : transitions.popAndClaim(JobIds.randomToken(8), worker, 5_000);
    return held.compose(claimed -> {
      if (claimed.isEmpty()) {
        return io.vertx.core.Future.succeededFuture(done);
      }
      return transitions.completeAndClaimNext(claimed.get().lease(), result(), JobIds.randomToken(8), worker, 5_000)
          .compose(step -> {
            if (step.completed() != TransitionResult.APPLIED) {
              return io.vertx.core.Future.failedFuture("complete refused: " + step.completed());
            }
            return runSlot(transitions, worker, step.next(), done + 1);
          });
    });
  }

  private String enqueue() throws Exception {
    String id = JobIds.newId();
    queue.enqueue(new NewJob(id, "pdf", "deck.pptx", "pptx", 1234, "in/" + id), 3).await();
    return id;
  }

  private static JobResult result() {
    return new JobResult("x/result.pdf", "application/pdf", 999, 7);
  }


}
