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
 * {docket}:completed     zset    ids by finish time
 * {docket}:failed        zset    ids by finish time (dead-letter)
 * {docket}:events        channel job events, JSON
 * </pre>
 *
 * @param namespace the hash-tag content, {@code docket} in production; tests may use their own
 */
public record RedisKeys(String namespace) {
  /** The keys a production deployment uses. */
  public static final RedisKeys DEFAULT = new RedisKeys("docket");

  private String prefix() {
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

  /** Pub/sub channel carrying every job event as JSON. */
  public String events() {
    return prefix() + "events";
  }
}
