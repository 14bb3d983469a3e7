package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.DocketConfig;
import dev.docket.config.QueueSettings;
import dev.docket.config.ReplicaAck;
import dev.docket.config.Role;
import dev.docket.events.EventAddresses;
import dev.docket.job.JobIds;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisSentinelExtension;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Docket behind Redis Sentinel with {@code DOCKET_REDIS_MIN_REPLICAS=1}: the master is killed with SIGKILL
 * while jobs are being submitted; the sentinels promote the replica. Submissions during the failover are
 * refused with 503 (never a 202 for a job that could be lost), and every job that got a 202 completes
 * exactly once on the new master, reached by the pool and by every dedicated connection without a restart.
 */
class RedisSentinelIT {
  @RegisterExtension
  static final RedisSentinelExtension SENTINEL = new RedisSentinelExtension(1);
  static final Path DECK = Corpus.root().resolve("dev/pptx/shapes.pptx");

  /** One submission's answer. */
  record Answer(long atMillis, int status, String id, String code, Optional<String> retryAfter) {
  }

  @Test
  void aFailoverRefusesSubmissionsWhileItLastsAndLosesNoAcknowledgedJob() throws Exception {
    RedisKeys keys = new RedisKeys("sentinel-" + JobIds.randomToken(6));
    // a generous replica timeout: a loaded machine must not turn a healthy replica into a 503
    DocketConfig config = new DocketConfig(0, Optional.of(SENTINEL.url()), Set.of(Role.WEB, Role.WORKER),
        Files.createTempDirectory("docket-sentinel-data-"), 2, 100L << 20,
        QueueSettings.DEFAULTS.withLeaseMs(2_000)).withReplicaAck(new ReplicaAck(1, 2_000));
    List<Answer> answers = new CopyOnWriteArrayList<>();
    AtomicBoolean submitting = new AtomicBoolean(true);
    try (DocketNode node = DocketNode.start(config, keys)) {
      Set<String> relayedCompletions = ConcurrentHashMap.newKeySet();
      node.vertx.eventBus().addOutboundInterceptor(ctx -> {
        if (ctx.message().address().startsWith(EventAddresses.JOB_PREFIX) && ctx.message().body() instanceof JsonObject e
            && "completed".equals(e.getString("state"))) {
          relayedCompletions.add(e.getString("id"));
        }
        ctx.next();
      });
      Thread submitter = new Thread(() -> {
        while (submitting.get()) {
          try {
            answers.add(answer(Http.upload(node.base(), DECK, "shapes.pptx")));
            Thread.sleep(50);
          } catch (Exception e) {
            answers.add(new Answer(System.currentTimeMillis(), -1, null, e.toString(), Optional.empty()));
          }
        }
      }, "submitter");
      submitter.start();
      try {
        awaitCount(answers, 202, 5, 30_000);
        long killedAt = System.currentTimeMillis();
        int oldMaster = SENTINEL.killMaster();
        int newMaster = SENTINEL.awaitFailover(oldMaster, 30_000);
        long failedOverAt = System.currentTimeMillis();
        awaitCount(answers, 503, 1, 10_000);
        SENTINEL.addReplica(); // the new master had no replica left: submissions wait for one again
        long replicaAt = System.currentTimeMillis();
        awaitTrue(() -> answers.stream().anyMatch(a -> a.status() == 202 && a.atMillis() > replicaAt), 30_000,
            "submissions are acknowledged again once the new master " + newMaster + " has a replica: " + answers);
        submitting.set(false);
        submitter.join(30_000);

        for (Answer a : answers) {
          assertTrue(a.status() == 202 || a.status() == 503, "only 202 or 503: " + a);
          if (a.status() == 503) {
            assertTrue(Set.of("SERVICE_UNAVAILABLE", "NOT_REPLICATED").contains(a.code()), a.toString());
            assertEquals(Optional.of("5"), a.retryAfter(), a.toString());
            assertTrue(a.atMillis() > killedAt, "no 503 before the master was killed: " + a);
          }
        }
        assertTrue(answers.stream().anyMatch(a -> a.status() == 503 && a.atMillis() < failedOverAt + 1_000),
            "submissions during the failover were refused");

        Redis check = new RedisClients(node.vertx, SENTINEL.url()).pooled();
        List<Answer> accepted = answers.stream().filter(a -> a.status() == 202).toList();
        for (Answer a : accepted) {
          JsonObject job = Http.awaitJob(node.base(), a.id(), Http::finished, Duration.ofSeconds(90));
          assertEquals("completed", job.getString("state"), "acknowledged job lost or failed: " + job.encode());
          Response completions = check.send(Request.cmd(Command.HGET).arg(keys.job(a.id())).arg("completions")).await();
          assertEquals("1", String.valueOf(completions), "completed exactly once: " + a.id());
        }
        check.close();
        for (Answer a : accepted) {
          if (a.atMillis() > replicaAt) {
            awaitTrue(() -> relayedCompletions.contains(a.id()), 10_000, "the relay's subscription moved to the new "
                + "master and passed on the completion of " + a.id());
          }
        }
      } finally {
        submitting.set(false);
        submitter.join(30_000);
      }
    }
  }

  private static Answer answer(HttpResponse<String> r) {
    JsonObject body = new JsonObject(r.body());
    String code = body.containsKey("error") ? body.getJsonObject("error").getString("code") : null;
    return new Answer(System.currentTimeMillis(), r.statusCode(), body.getString("id"), code,
        r.headers().firstValue("Retry-After"));
  }

  private static void awaitCount(List<Answer> answers, int status, int count, long timeoutMs) throws Exception {
    awaitTrue(() -> answers.stream().filter(a -> a.status() == status).count() >= count, timeoutMs,
        count + " answers with " + status + ": " + answers);
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, long timeoutMs, String what)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("not within " + timeoutMs + " ms: " + what);
      }
      Thread.sleep(50);
    }
  }
}
