package dev.docket.queue;

/**
 * Every Redis key and channel Docket uses, built in this one class. All share the hash tag
 * {@code {<namespace>}} so that multi-key scripts stay in one Redis Cluster slot.
 *
 * <pre>
 * {docket}:job:&lt;id&gt;    hash    the job (see dev.docket.job.JobFields)
 * {docket}:queue         list    ids waiting, LPUSH in, BRPOPLPUSH out (FIFO)
 * {docket}:active        list    ids taken by a worker (reliable-queue processing list)
 * {docket}:lease:&lt;id&gt;  string  lease token, PX = lease (visibility timeout)
 * {docket}:delayed       zset    retries waiting for their backoff, by due time
 * {docket}:stalled       set     active ids whose lease was missing at the last sweep (mark phase)
 * {docket}:completed     zset    ids by finish time
 * {docket}:failed        zset    ids by finish time (dead-letter)
 * {docket}:cancelled     zset    ids by finish time
 * {docket}:idem:&lt;key&gt;  string  "&lt;jobId&gt;:&lt;sha256&gt;" of an idempotent submission, EX 24 h
 * {docket}:gone:&lt;id&gt;   string  tombstone of an expired job (answers 410), EX
 * {docket}:reaper:lock   string  one maintenance sweep at a time across all nodes, PX
 * {docket}:workers       hash    worker process name -&gt; heartbeat JSON
 * {docket}:stats:&lt;min&gt;  hash    jobs finished in one minute, by outcome (completed, failed), EX 2 h
 * {docket}:webhooks              list    job ids with a webhook message ready to send (the outbox), LPUSH in
 * {docket}:webhooks:inflight     list    ids a dispatcher has taken (BRPOPLPUSH), until the attempt is recorded
 * {docket}:webhooks:delayed      zset    ids waiting for their delivery backoff, by due time
 * {docket}:webhooks:stalled      set     in-flight ids whose delivery lease was missing at the last sweep
 * {docket}:webhooks:lease:&lt;id&gt;  string  delivery lease token, PX
 * {docket}:events        channel job events, JSON
 * {docket}:control       channel commands to workers (cancel), JSON
 * </pre>
 *
 * @param namespace the hash-tag content, {@code docket} in production; tests may use their own
 */
public record RedisKeys(String namespace) {
  /** The keys a production deployment uses. */
  public static final RedisKeys DEFAULT = new RedisKeys("docket");

  /** {@code {docket}:} — scripts build per-job keys from it (same hash tag, same slot). */
  public String prefix() {
    return "{" + namespace + "}:";
  }

  public String job(String id) {
    return prefix() + "job:" + id;
  }

  public String lease(String id) {
    return prefix() + "lease:" + id;
  }

  public String queue() {
    return prefix() + "queue";
  }

  public String active() {
    return prefix() + "active";
  }

  public String completed() {
    return prefix() + "completed";
  }

  public String failed() {
    return prefix() + "failed";
  }

  public String delayed() {
    return prefix() + "delayed";
  }

  public String stalled() {
    return prefix() + "stalled";
  }

  public String cancelled() {
    return prefix() + "cancelled";
  }

  /** The idempotency record of a client key; an empty key names a key never written. */
  public String idempotency(String clientKey) {
    return prefix() + "idem:" + clientKey;
  }

  /** A submitter's rate-limit state (GCRA theoretical arrival time, rateLimit-1.lua); subject e.g. {@code key:<hash>}. */
  public String rate(String subject) {
    return prefix() + "rate:" + subject;
  }

  public String gone(String id) {
    return prefix() + "gone:" + id;
  }

  public String reaperLock() {
    return prefix() + "reaper:lock";
  }

  public String workers() {
    return prefix() + "workers";
  }

  /** Finish counters of one minute ({@code epochMillis / 60000}). */
  public String stats(long epochMinute) {
    return prefix() + "stats:" + epochMinute;
  }

  /** Pub/sub channel carrying commands to worker processes (cancel), JSON. */
  public String control() {
    return prefix() + "control";
  }

  /** The webhook outbox: ids of jobs whose webhook message is ready to send. */
  public String webhooks() {
    return prefix() + "webhooks";
  }

  /** Webhook deliveries taken by a dispatcher and not yet recorded. */
  public String webhooksInFlight() {
    return prefix() + "webhooks:inflight";
  }

  /** Webhook deliveries waiting for their backoff, by due time. */
  public String webhooksDelayed() {
    return prefix() + "webhooks:delayed";
  }

  /** In-flight webhook deliveries whose lease was missing at the last sweep (mark phase). */
  public String webhooksStalled() {
    return prefix() + "webhooks:stalled";
  }

  /** The delivery lease of a job's webhook message; scripts build it as prefix .. 'webhooks:lease:' .. id. */
  public String webhookLease(String id) {
    return prefix() + "webhooks:lease:" + id;
  }

  /** Pub/sub channel carrying every job event as JSON. */
  public String events() {
    return prefix() + "events";
  }
}
