package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import dev.docket.job.JobIds;
import dev.docket.job.JobState;
import dev.docket.support.RedisServerExtension;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each transition script's outcomes, against a real redis-server. */
class JobQueueIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  final Redis redis = REDIS.client();
  RedisKeys keys;
  JobQueue queue;
  FencedTransitions transitions;



  @BeforeEach
  void freshNamespace() {
    keys = RedisServerExtension.freshKeys("t");
    queue = new JobQueue(redis, keys);
    transitions = new FencedTransitions(redis, keys);
  }

  @Test
  void enqueueWritesTheHashAndPushesTheIdOnce() throws Exception {
    String id = enqueue();
    Job job = queue.find(id).await().orElseThrow();
    assertEquals(JobState.QUEUED, job.state());
    assertEquals("deck.pptx", job.inputName());
    assertEquals(0, job.attempts());
    assertEquals(List.of(id), REDIS.list(keys.queue()));
    assertThrows(IllegalStateException.class, () -> queue.enqueue(newJob(id), 3).await(),
        "a second enqueue of the same id is refused");
    assertEquals(1, REDIS.list(keys.queue()).size());
  }

  @Test
  void claimMakesTheJobActiveWithAnExpiringLease() throws Exception {
    String id = enqueue();
    assertEquals(id, popToActive());
    Lease lease = new Lease(id, "token-1");
    Job job = transitions.claim(lease, "host/1", 5_000).await().orElseThrow();
    assertEquals(JobState.ACTIVE, job.state());
    assertEquals(1, job.attempts());
    assertEquals("host/1", job.toJson().getString("worker"));
    assertEquals("token-1", REDIS.cmd(Command.GET, keys.lease(id)).toString());
    long ttl = REDIS.cmd(Command.PTTL, keys.lease(id)).toLong();
    assertTrue(ttl > 0 && ttl <= 5_000, "lease ttl " + ttl);
    assertEquals(List.of(id), REDIS.list(keys.active()));
  }

  @Test
  void claimOfAVanishedOrCancelledJobDropsItFromActive() throws Exception {
    String gone = enqueue();
    popToActive();
    REDIS.cmd(Command.DEL, keys.job(gone));
    assertEquals(Optional.empty(), transitions.claim(new Lease(gone, "t"), "w", 5_000).await());

    String cancelled = enqueue();
    popToActive();
    redis.send(Request.cmd(Command.HSET).arg(keys.job(cancelled)).arg("state").arg("cancelled")).await();
    assertEquals(Optional.empty(), transitions.claim(new Lease(cancelled, "t"), "w", 5_000).await());
    assertEquals(List.of(), REDIS.list(keys.active()));
  }

  @Test
  void completeIsFencedByTheLeaseToken() throws Exception {
    Lease lease = claimed();
    Lease stale = new Lease(lease.jobId(), "someone-else");
    assertEquals(TransitionResult.LEASE_LOST, transitions.complete(stale, result()).await());
    assertEquals(JobState.ACTIVE, queue.find(lease.jobId()).await().orElseThrow().state(), "nothing written");

    assertEquals(TransitionResult.APPLIED, transitions.complete(lease, result()).await());
    Job job = queue.find(lease.jobId()).await().orElseThrow();
    assertEquals(JobState.COMPLETED, job.state());
    assertEquals(100, job.toJson().getInteger("progress"));
    assertEquals(7, job.toJson().getInteger("pagesDone"));
    assertEquals("x/result.pdf", job.resultKey());
    assertEquals(List.of(), REDIS.list(keys.active()));
    assertNull(REDIS.cmd(Command.GET, keys.lease(lease.jobId())), "lease released");
    assertEquals(1, REDIS.cmd(Command.ZCARD, keys.completed()).toInteger());
    assertEquals(TransitionResult.LEASE_LOST, transitions.complete(lease, result()).await(), "never finished twice");
  }

  @Test
  void aLeaseThatExpiredRefusesTheLateOutcome() throws Exception {
    String id = enqueue();
    popToActive();
    Lease lease = new Lease(id, "t");
    transitions.claim(lease, "w", 300).await();
    Thread.sleep(500);
    assertEquals(TransitionResult.LEASE_LOST, transitions.progress(lease, 1, 2).await());
    assertEquals(TransitionResult.LEASE_LOST, transitions.complete(lease, result()).await());
    assertEquals(TransitionResult.LEASE_LOST, transitions.fail(lease, ErrorCode.CORRUPT_DOCUMENT, "x", -1).await());
    assertEquals(JobState.ACTIVE, queue.find(id).await().orElseThrow().state(), "left for stalled-job recovery");
  }

  @Test
  void failRecordsTheCodeAndMessageAndMovesToTheFailedSet() throws Exception {
    Lease lease = claimed();
    assertEquals(TransitionResult.APPLIED, transitions.fail(lease, ErrorCode.CORRUPT_DOCUMENT, "damaged", -1).await());
    Job job = queue.find(lease.jobId()).await().orElseThrow();
    assertEquals(JobState.FAILED, job.state());
    assertEquals("CORRUPT_DOCUMENT", job.toJson().getJsonObject("error").getString("code"));
    assertEquals("damaged", job.toJson().getJsonObject("error").getString("message"));
    assertEquals(1, REDIS.cmd(Command.ZCARD, keys.failed()).toInteger());
    assertEquals(List.of(), REDIS.list(keys.active()));
    assertEquals(TransitionResult.LEASE_LOST, transitions.fail(lease, ErrorCode.CORRUPT_DOCUMENT, "again", -1).await());
  }

  @Test
  void progressIsRecordedOnlyForTheLeaseHolderOfAnActiveJob() throws Exception {
    Lease lease = claimed();
    assertEquals(TransitionResult.APPLIED, transitions.progress(lease, 3, 12).await());
    Job job = queue.find(lease.jobId()).await().orElseThrow();
    assertEquals(25, job.toJson().getInteger("progress"));
    assertEquals(3, job.toJson().getInteger("pagesDone"));
    assertEquals(12, job.toJson().getInteger("pagesTotal"));
    assertEquals(TransitionResult.LEASE_LOST, transitions.progress(new Lease(lease.jobId(), "other"), 4, 12).await());
    redis.send(Request.cmd(Command.HSET).arg(keys.job(lease.jobId())).arg("state").arg("cancelled")).await();
    assertEquals(TransitionResult.WRONG_STATE, transitions.progress(lease, 5, 12).await());
  }

  @Test
  void extendLeasesRenewsHeldLeasesAndReportsLostOnes() throws Exception {
    Lease a = claimed();
    Lease b = claimed();
    REDIS.cmd(Command.SET, keys.lease(b.jobId()), "stolen");
    List<LeaseStatus> renewed = transitions.extendLeases(List.of(a, b), 60_000).await();
    assertEquals(List.of(LeaseStatus.RENEWED, LeaseStatus.LOST), renewed);
    assertTrue(REDIS.cmd(Command.PTTL, keys.lease(a.jobId())).toLong() > 5_000, "renewed to the new lease");
    assertEquals("stolen", REDIS.cmd(Command.GET, keys.lease(b.jobId())).toString(), "a lost lease is left alone");
  }

  @Test
  void scriptsAreReloadedAfterTheServerForgetsThem() throws Exception {
    REDIS.cmd(Command.SCRIPT, "FLUSH");
    String id = enqueue(); // EVALSHA answers NOSCRIPT; the runner falls back to EVAL
    assertTrue(queue.find(id).await().isPresent());
  }

  private Lease claimed() throws Exception {
    String id = enqueue();
    popToActive();
    Lease lease = new Lease(id, JobIds.randomToken(16));
    transitions.claim(lease, "w", 30_000).await().orElseThrow();
    return lease;
  }

  private String enqueue() throws Exception {
    String id = JobIds.newId();
    queue.enqueue(newJob(id), 3).await();
    return id;
  }

  private static NewJob newJob(String id) {
    return new NewJob(id, "pdf", "deck.pptx", "pptx", 1234, id + "/input");
  }

  private static JobResult result() {
    return new JobResult("x/result.pdf", "application/pdf", 999, 7);
  }

  private String popToActive() throws Exception {
    Response r = REDIS.cmd(Command.RPOPLPUSH, keys.queue(), keys.active());
    return r == null ? null : r.toString();
  }


}
