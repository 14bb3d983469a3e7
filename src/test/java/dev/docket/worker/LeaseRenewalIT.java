package dev.docket.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docket.job.JobIds;
import dev.docket.queue.FencedTransitions;
import dev.docket.queue.JobQueue;
import dev.docket.queue.JobResult;
import dev.docket.queue.Lease;
import dev.docket.queue.NewJob;
import dev.docket.queue.RedisClients;
import dev.docket.queue.RedisKeys;
import dev.docket.queue.TransitionResult;
import dev.docket.support.RedisServerExtension;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The LeaseKeeper (heartbeat) keeps a held job's lease alive far past its TTL, and tells a job whose
 * lease was taken over to stop.
 */
class LeaseRenewalIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final long LEASE_MS = 300;
  Vertx vertx;
  Redis redis;
  JobQueue queue;
  FencedTransitions transitions;
  ActiveJobs active;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    redis = new RedisClients(vertx, REDIS.url()).pooled();
    RedisKeys keys = new RedisKeys("lease-" + JobIds.randomToken(6));
    queue = new JobQueue(redis, keys);
    transitions = new FencedTransitions(redis, keys);
    active = new ActiveJobs();
    vertx.deployVerticle(new LeaseKeeper(transitions, active, LEASE_MS,
        new dev.docket.metrics.DocketMetrics(dev.docket.metrics.DocketMetrics.newRegistry()))).await(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  @Test
  void aHeldLeaseOutlivesManyTtlsAndItsOutcomeIsAccepted() throws Exception {
    Lease lease = claim();
    ActiveJobs.RunningJob running = active.add(lease);
    Thread.sleep(LEASE_MS * 5);
    assertNull(running.stopReason(), "still ours");
    assertEquals(TransitionResult.APPLIED, transitions.complete(lease, new JobResult("k/r.pdf", "application/pdf", 1, 1))
        .await(5, TimeUnit.SECONDS));
  }

  @Test
  void aLeaseTakenOverStopsTheLocalWork() throws Exception {
    Lease lease = claim();
    ActiveJobs.RunningJob running = active.add(lease);
    redis.send(Request.cmd(Command.SET).arg(queue.keys().lease(lease.jobId())).arg("another-attempt")).await();
    long deadline = System.currentTimeMillis() + LEASE_MS * 3;
    while (running.stopReason() == null && System.currentTimeMillis() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(StopReason.LEASE_LOST, running.stopReason());
    assertEquals(TransitionResult.LEASE_LOST, transitions.complete(lease, new JobResult("k/r.pdf", "application/pdf", 1, 1))
        .await(5, TimeUnit.SECONDS), "and its late outcome is refused");
  }

  private Lease claim() throws Exception {
    String id = JobIds.newId();
    queue.enqueue(new NewJob(id, "pdf", "d.pptx", "pptx", 1, id + "/input"), 3).await();
    redis.send(Request.cmd(Command.RPOPLPUSH).arg(queue.keys().queue()).arg(queue.keys().active())).await();
    Lease lease = new Lease(id, JobIds.randomToken(16));
    transitions.claim(lease, "test/1", LEASE_MS).await().orElseThrow();
    return lease;
  }
}
