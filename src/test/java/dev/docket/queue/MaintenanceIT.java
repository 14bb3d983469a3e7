package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import dev.docket.job.JobIds;
import dev.docket.job.JobState;
import dev.docket.support.RedisServerExtension;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The maintenance sweeps' scripts: two-phase stalled recovery, STALLED_LIMIT, retry promotion, retention. */
class MaintenanceIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  final Redis redis = REDIS.client();
  RedisKeys keys;
  JobQueue queue;
  FencedTransitions transitions;
  Maintenance maintenance;



  @BeforeEach
  void freshNamespace() {
    keys = RedisServerExtension.freshKeys("m");
    queue = new JobQueue(redis, keys);
    transitions = new FencedTransitions(redis, keys);
    maintenance = new Maintenance(redis, keys);
  }

  @Test
  void aJobWhoseLeaseVanishedIsRequeuedAtTheHeadOnlyOnTheSecondSweep() throws Exception {
    String waiting = enqueue();
    Lease lease = claimNext(); // takes the first job...
    String dead = lease.jobId();
    REDIS.cmd(Command.DEL, keys.lease(dead)); // ...and its worker dies
    assertEquals(List.of(), maintenance.reapStalled(2).await().requeued(), "first sweep only marks");
    assertEquals(JobState.ACTIVE, job(dead).state());
    Maintenance.StalledSweep second = maintenance.reapStalled(2).await();
    assertEquals(List.of(dead), second.requeued());
    Job recovered = job(dead);
    assertEquals(JobState.QUEUED, recovered.state());
    assertEquals(1, recovered.toJson().getInteger("stalledCount"));
    assertEquals(List.of(), REDIS.list(keys.active()));
    assertEquals(dead, REDIS.cmd(Command.LINDEX, keys.queue(), "-1").toString(), "at the head: taken next");
    assertTrue(REDIS.list(keys.queue()).contains(waiting));
  }

  @Test
  void aJobBetweenPopAndClaimSurvivesTheFirstSweep() throws Exception {
    String id = enqueue();
    REDIS.cmd(Command.RPOPLPUSH, keys.queue(), keys.active()); // popped, not yet claimed: no lease yet
    maintenance.reapStalled(2).await();
    Lease lease = new Lease(id, "t");
    transitions.claim(lease, "w", 30_000).await().orElseThrow(); // the claim lands before the next sweep
    assertEquals(List.of(), maintenance.reapStalled(2).await().requeued());
    assertEquals(JobState.ACTIVE, job(id).state());
  }

  @Test
  void aMarkFromAnEarlierActivationDoesNotCondemnALaterOne() throws Exception {
    String id = enqueue();
    REDIS.cmd(Command.RPOPLPUSH, keys.queue(), keys.active());
    maintenance.reapStalled(2).await(); // marked while between pop and claim
    Lease first = new Lease(id, "t1");
    transitions.claim(first, "w", 30_000).await().orElseThrow();
    transitions.fail(first, ErrorCode.BLOB_STORE_ERROR, "hiccup", 0).await(); // retried at once
    maintenance.promoteDelayed().await();
    REDIS.cmd(Command.RPOPLPUSH, keys.queue(), keys.active()); // popped again, its claim not yet in
    assertEquals(List.of(), maintenance.reapStalled(2).await().requeued(), "a fresh activation is only marked");
    assertEquals(0, job(id).toJson().getInteger("stalledCount"));
  }

  @Test
  void aJobThatStallsMoreThanMaxStalledFailsWithStalledLimit() throws Exception {
    String id = enqueue();
    for (int stall = 1; stall <= 3; stall++) {
      Lease lease = claimNext();
      assertEquals(id, lease.jobId());
      REDIS.cmd(Command.DEL, keys.lease(id));
      maintenance.reapStalled(2).await();
      Maintenance.StalledSweep sweep = maintenance.reapStalled(2).await();
      if (stall <= 2) {
        assertEquals(List.of(id), sweep.requeued(), "stall " + stall);
      } else {
        assertEquals(List.of(id), sweep.failed(), "stall " + stall);
      }
    }
    Job job = job(id);
    assertEquals(JobState.FAILED, job.state());
    assertEquals(ErrorCode.STALLED_LIMIT.name(), job.toJson().getJsonObject("error").getString("code"));
    assertEquals(1, REDIS.cmd(Command.ZCARD, keys.failed()).toInteger(), "in dead-letter");
    assertEquals(List.of(), REDIS.list(keys.queue()));
  }

  @Test
  void dueRetriesArePromotedAndFutureOnesWait() throws Exception {
    Lease soon = claimNext(enqueue());
    transitions.fail(soon, ErrorCode.BLOB_STORE_ERROR, "disk hiccup", 0).await();
    Lease later = claimNext(enqueue());
    transitions.fail(later, ErrorCode.BLOB_STORE_ERROR, "disk hiccup", 60_000).await();
    assertEquals(JobState.QUEUED, job(later.jobId()).state());
    assertTrue(job(later.jobId()).toJson().containsKey("nextRetryAt"));
    assertEquals(1, maintenance.promoteDelayed().await());
    assertEquals(List.of(soon.jobId()), REDIS.list(keys.queue()));
    assertEquals(1, REDIS.cmd(Command.ZCARD, keys.delayed()).toInteger());
  }

  @Test
  void finishedJobsPastRetentionAreDeletedLeavingATombstone() throws Exception {
    Lease lease = claimNext(enqueue());
    transitions.complete(lease, new JobResult("x/r.pdf", "application/pdf", 1, 1)).await();
    assertEquals(List.of(), maintenance.expireFinished(60_000).await(), "not yet");
    Thread.sleep(20);
    assertEquals(List.of(lease.jobId()), maintenance.expireFinished(10).await());
    assertFalse(queue.find(lease.jobId()).await().isPresent());
    assertTrue(queue.isGone(lease.jobId()).await());
    assertFalse(queue.isGone(JobIds.newId()).await());
  }

  @Test
  void onlyOneNodeTakesTheSweepLockPerInterval() throws Exception {
    assertTrue(maintenance.tryLock("a", 500).await());
    assertFalse(maintenance.tryLock("b", 500).await());
    Thread.sleep(600);
    assertTrue(maintenance.tryLock("b", 500).await());
  }

  private Lease claimNext() throws Exception {
    String id = REDIS.cmd(Command.RPOPLPUSH, keys.queue(), keys.active()).toString();
    Lease lease = new Lease(id, JobIds.randomToken(8));
    transitions.claim(lease, "w", 30_000).await().orElseThrow();
    return lease;
  }

  private Lease claimNext(String expected) throws Exception {
    Lease lease = claimNext();
    assertEquals(expected, lease.jobId());
    return lease;
  }

  private String enqueue() throws Exception {
    String id = JobIds.newId();
    queue.enqueue(new NewJob(id, "pdf", "d.pptx", "pptx", 1, id + "/input"), 3).await();
    return id;
  }

  private Job job(String id) throws Exception {
    return queue.find(id).await().orElseThrow();
  }


}
