package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.job.ErrorCode;
import dev.docket.job.JobFields;
import dev.docket.job.JobIds;
import dev.docket.support.RedisServerExtension;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The webhook outbox's scripts: a message is queued by the very script that finishes the job (and only for
 * jobs with a callbackUrl), and its deliveries are claimed, fenced, retried, dead-lettered and recovered.
 */
class WebhookOutboxIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final String CALLBACK = "https://hooks.example.com/docket";
  final Redis redis = REDIS.client();
  RedisKeys keys;
  JobQueue queue;
  FencedTransitions transitions;
  WebhookOutbox outbox;



  @BeforeEach
  void freshNamespace() {
    keys = RedisServerExtension.freshKeys("w");
    queue = new JobQueue(redis, keys);
    transitions = new FencedTransitions(redis, keys);
    outbox = new WebhookOutbox(redis, keys);
  }

  @Test
  void completingAJobWithACallbackQueuesOneMessageAndOneWithoutQueuesNone() throws Exception {
    String plain = enqueue(null);
    String hooked = enqueue(CALLBACK);
    complete(claimNext(plain));
    complete(claimNext(hooked));
    assertEquals(List.of(hooked), REDIS.list(keys.webhooks()));
    Map<String, String> job = fields(hooked);
    assertEquals("msg_" + hooked + "_1", job.get(JobFields.WEBHOOK_ID));
    assertEquals("job.completed", job.get(JobFields.WEBHOOK_EVENT));
    assertEquals("pending", job.get(JobFields.WEBHOOK_STATE));
    assertEquals(CALLBACK, job.get(JobFields.CALLBACK_URL));
    assertFalse(fields(plain).containsKey(JobFields.WEBHOOK_STATE));
  }

  @Test
  void onlyAFailureForGoodQueuesAMessage() throws Exception {
    String id = enqueue(CALLBACK);
    Lease first = claimNext(id);
    assertEquals(TransitionResult.RETRY_SCHEDULED, transitions.fail(first, ErrorCode.BLOB_STORE_ERROR, "x", 0).await());
    assertEquals(List.of(), REDIS.list(keys.webhooks()), "a retry is not an outcome");
    REDIS.cmd(Command.ZREM, keys.delayed(), id);
    REDIS.cmd(Command.LPUSH, keys.queue(), id);
    Lease second = claimNext(id);
    assertEquals(TransitionResult.APPLIED, transitions.fail(second, ErrorCode.CORRUPT_DOCUMENT, "damaged", -1).await());
    assertEquals(List.of(id), REDIS.list(keys.webhooks()));
    assertEquals("job.failed", fields(id).get(JobFields.WEBHOOK_EVENT));
  }

  @Test
  void theChainedCompletionQueuesTheMessageToo() throws Exception {
    String id = enqueue(CALLBACK);
    Lease lease = claimNext(id);
    ChainedTransitions.Step step = new ChainedTransitions(redis, keys)
        .completeAndClaimNext(lease, new JobResult(id + "/result", "application/pdf", 10, 1), "next", "w", 30_000).await();
    assertEquals(TransitionResult.APPLIED, step.completed());
    assertEquals(List.of(id), REDIS.list(keys.webhooks()));
  }

  @Test
  void aJobFailedWithStalledLimitQueuesAMessage() throws Exception {
    String id = enqueue(CALLBACK);
    Lease lease = claimNext(id);
    REDIS.cmd(Command.DEL, keys.lease(lease.jobId()));
    Maintenance maintenance = new Maintenance(redis, keys);
    maintenance.reapStalled(0).await();
    assertEquals(List.of(id), maintenance.reapStalled(0).await().failed());
    assertEquals(List.of(id), REDIS.list(keys.webhooks()));
    assertEquals("job.failed", fields(id).get(JobFields.WEBHOOK_EVENT));
  }

  @Test
  void aDeliveryIsClaimedFencedRetriedAndDeadLettered() throws Exception {
    String id = completedWithCallback();
    WebhookDelivery first = take(id, "t1");
    assertEquals(1, first.attempt());
    assertEquals("delivering", fields(id).get(JobFields.WEBHOOK_STATE));
    WebhookDelivery stranger = new WebhookDelivery("not-the-token", first.job());
    assertEquals(TransitionResult.LEASE_LOST, outbox.delivered(stranger, 200).await(), "fenced by the lease token");
    assertEquals(TransitionResult.RETRY_SCHEDULED, outbox.failed(first, 500, "HTTP 500", 0, 2, "{\"body\":1}").await());
    Map<String, String> retrying = fields(id);
    assertEquals("retrying", retrying.get(JobFields.WEBHOOK_STATE));
    assertEquals("500", retrying.get(JobFields.WEBHOOK_LAST_STATUS));
    assertEquals(List.of(), REDIS.list(keys.webhooksInFlight()));
    assertEquals(1, outbox.promoteDue().await());
    WebhookDelivery second = take(id, "t2");
    assertEquals(2, second.attempt());
    assertEquals("{\"body\":1}", second.storedBody(), "later attempts resend the first attempt's body");
    assertEquals(first.messageId(), second.messageId());
    assertEquals(TransitionResult.APPLIED, outbox.failed(second, 0, "timeout", 0, 2, "{\"body\":1}").await());
    Map<String, String> dead = fields(id);
    assertEquals("failed", dead.get(JobFields.WEBHOOK_STATE));
    assertFalse(dead.containsKey(JobFields.WEBHOOK_LAST_STATUS), "no answer, no status");
    assertFalse(dead.containsKey(JobFields.WEBHOOK_BODY));
    assertEquals("0", REDIS.cmd(Command.ZCARD, keys.webhooksDelayed()).toString());
  }

  @Test
  void aDeliveryWhoseDispatcherDiedIsPutBackOnTheSecondSweep() throws Exception {
    String id = completedWithCallback();
    take(id, "t1");
    REDIS.cmd(Command.DEL, keys.webhookLease(id)); // the dispatcher died mid-attempt
    assertEquals(List.of(), outbox.reapStalled().await(), "the first sweep only marks");
    assertEquals(List.of(id), outbox.reapStalled().await());
    assertEquals("retrying", fields(id).get(JobFields.WEBHOOK_STATE));
    assertEquals(List.of(id), REDIS.list(keys.webhooks()));
    assertEquals(List.of(), REDIS.list(keys.webhooksInFlight()));
    WebhookDelivery again = take(id, "t2");
    assertEquals(2, again.attempt());
    assertEquals(TransitionResult.APPLIED, outbox.delivered(again, 204).await());
    assertEquals("delivered", fields(id).get(JobFields.WEBHOOK_STATE));
    assertEquals(Optional.empty(), outbox.claim(id, "t3", 30_000).await(), "a delivered message is not sent again");
  }

  private String completedWithCallback() throws Exception {
    String id = enqueue(CALLBACK);
    complete(claimNext(id));
    return id;
  }

  /** What the dispatcher does: BRPOPLPUSH (here its non-blocking twin) then claim. */
  private WebhookDelivery take(String expected, String token) throws Exception {
    assertEquals(expected, REDIS.cmd(Command.RPOPLPUSH, keys.webhooks(), keys.webhooksInFlight()).toString());
    return outbox.claim(expected, token, 30_000).await().orElseThrow();
  }

  private void complete(Lease lease) throws Exception {
    JobResult result = new JobResult(lease.jobId() + "/result", "application/pdf", 10, 1);
    assertEquals(TransitionResult.APPLIED, transitions.complete(lease, result).await());
  }

  private Lease claimNext(String expected) throws Exception {
    String id = REDIS.cmd(Command.RPOPLPUSH, keys.queue(), keys.active()).toString();
    assertEquals(expected, id);
    Lease lease = new Lease(id, JobIds.randomToken(8));
    transitions.claim(lease, "w", 30_000).await().orElseThrow();
    return lease;
  }

  private String enqueue(String callbackUrl) throws Exception {
    String id = JobIds.newId();
    queue.enqueue(new NewJob(id, "pdf", "d.pptx", "pptx", 1, id + "/input", callbackUrl), 3).await();
    return id;
  }

  private Map<String, String> fields(String id) throws Exception {
    return JobQueue.toMap(REDIS.cmd(Command.HGETALL, keys.job(id)));
  }


}
