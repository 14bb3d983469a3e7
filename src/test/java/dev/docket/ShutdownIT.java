package dev.docket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.Role;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.DocketProcess;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SIGTERM with jobs in flight: finish within the grace period, hand back the rest at once. */
class ShutdownIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  DocketNode web;

  @BeforeEach
  void startWeb() throws Exception {
    web = DocketNode.start(REDIS.url(), RedisKeys.DEFAULT, Set.of(Role.WEB), 0, 100L << 20);
  }

  @AfterEach
  void stopWeb() throws Exception {
    web.close();
  }

  @Test
  void aRunningJobFinishesWhenTheGracePeriodAllows() throws Exception {
    String id = submit("dev/pptx/2411-Performance_Up.pptx");
    DocketProcess w = worker("90000"); // ample, even on a loaded CI machine
    Http.awaitJob(web.base(), id, j -> j.getInteger("pagesDone") >= 1, Duration.ofSeconds(60));
    w.close(120); // SIGTERM; waits for the process to exit
    JsonObject job = Http.awaitJob(web.base(), id, j -> true, Duration.ofSeconds(1));
    assertEquals("completed", job.getString("state"), "finished before the JVM exited: " + job.encode());
    assertEquals(1, job.getInteger("attempts"));
  }

  @Test
  void aJobStillRunningAfterTheGracePeriodIsHandedBackAtOnce() throws Exception {
    String id = submit("dev/pptx/2411-Performance_Up.pptx");
    DocketProcess w = worker("100");
    Http.awaitJob(web.base(), id, j -> j.getInteger("pagesDone") >= 1, Duration.ofSeconds(60));
    long t0 = System.nanoTime();
    w.close();
    JsonObject job = Http.awaitJob(web.base(), id, j -> true, Duration.ofSeconds(1));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals("queued", job.getString("state"), job.encode());
    assertEquals(0, job.getInteger("attempts"), "the interrupted attempt is not counted");
    assertTrue(ms < 10_000, "handed back in " + ms + " ms, not after the 30 s lease");
    try (DocketProcess next = worker("20000")) {
      JsonObject done = Http.awaitJob(web.base(), id, Http::finished, Duration.ofSeconds(60));
      assertEquals("completed", done.getString("state"));
      assertEquals(1, done.getInteger("attempts"));
    }
  }

  private String submit(String deck) throws Exception {
    var r = Http.upload(web.base(), Corpus.root().resolve(deck), "deck.pptx");
    assertEquals(202, r.statusCode(), r.body());
    return new JsonObject(r.body()).getString("id");
  }

  private DocketProcess worker(String graceMs) throws Exception {
    return DocketProcess.start(Map.of("DOCKET_REDIS_URL", REDIS.url(), "DOCKET_DATA_DIR", web.dataDir.toString(),
        "DOCKET_ROLES", "worker", "DOCKET_WORKER_CONCURRENCY", "1", "DOCKET_LEASE_MS", "30000",
        "DOCKET_SHUTDOWN_GRACE_MS", graceMs), List.of("-Xmx512m"));
  }
}
