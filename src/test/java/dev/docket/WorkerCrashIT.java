package dev.docket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.DocketConfig;
import dev.docket.config.Role;
import java.nio.file.Files;
import java.util.Optional;
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

/** Worker JVMs that die: their jobs run again elsewhere, and a document that kills every worker ends in dead-letter. */
class WorkerCrashIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final long LEASE_MS = 1_000;
  DocketNode web;

  @BeforeEach
  void startWeb() throws Exception {
    // Every node sweeps at the cadence of its own DOCKET_LEASE_MS: all nodes share the setting.
    web = DocketNode.start(new DocketConfig(0, Optional.of(REDIS.url()), Set.of(Role.WEB),
        Files.createTempDirectory("docket-crash-"), 1, 100L << 20, LEASE_MS), RedisKeys.DEFAULT);
  }

  @AfterEach
  void stopWeb() throws Exception {
    web.close();
  }

  @Test
  void aJobWhoseWorkerIsKilledRunsAgainOnAnotherWithinTwoLeases() throws Exception {
    String id = submit("dev/pptx/2411-Performance_Up.pptx");
    try (DocketProcess a = worker(List.of("-Xmx512m"))) {
      JsonObject running = Http.awaitJob(web.base(), id, j -> j.getInteger("pagesDone") >= 1, Duration.ofSeconds(60));
      assertTrue(running.getString("worker").endsWith("/" + a.pid()));
      try (DocketProcess b = worker(List.of("-Xmx512m"))) {
        a.kill(); // SIGKILL mid-job: no chance to hand anything back
        long killedAt = System.nanoTime();
        JsonObject again = Http.awaitJob(web.base(), id,
            j -> "active".equals(j.getString("state")) && j.getString("worker").endsWith("/" + b.pid()),
            Duration.ofSeconds(30));
        long recoveryMs = (System.nanoTime() - killedAt) / 1_000_000;
        System.out.printf("recovery after kill -9: %d ms (lease %d ms)%n", recoveryMs, LEASE_MS);
        assertTrue(recoveryMs <= 2 * LEASE_MS, "running again within 2 x lease, took " + recoveryMs + " ms");
        assertEquals(1, again.getInteger("stalledCount"));
        JsonObject done = Http.awaitJob(web.base(), id, Http::finished, Duration.ofSeconds(60));
        assertEquals("completed", done.getString("state"), done.encode());
        assertEquals(2, done.getInteger("attempts"));
      }
    }
  }

  @Test
  void aDocumentThatKillsEveryWorkerEndsInDeadLetterAfterTheStallLimit() throws Exception {
    String poison = submit("dev/ppt/23884_defense_FINAL_OOimport_edit.ppt"); // exhausts a 40 MiB heap
    for (int life = 1; life <= 4; life++) {
      JsonObject job = Http.awaitJob(web.base(), poison, j -> true, Duration.ofSeconds(5));
      if ("failed".equals(job.getString("state"))) {
        break;
      }
      try (DocketProcess w = worker(List.of("-Xmx40m", "-XX:+ExitOnOutOfMemoryError"))) {
        int exit = w.waitFor(60); // the poison pill kills it
        assertTrue(exit != 0, "worker died");
      }
      Http.awaitJob(web.base(), poison, j -> !"active".equals(j.getString("state")), Duration.ofSeconds(10));
    }
    JsonObject job = Http.awaitJob(web.base(), poison, Http::finished, Duration.ofSeconds(10));
    assertEquals("failed", job.getString("state"), job.encode());
    assertEquals("STALLED_LIMIT", job.getJsonObject("error").getString("code"));
    assertEquals(3, job.getInteger("stalledCount"), "failed once it stalled more than DOCKET_MAX_STALLED=2 times");
    var failed = new JsonObject(Http.get(web.base() + "/api/jobs?state=failed").body());
    assertEquals(poison, failed.getJsonArray("items").getJsonObject(0).getString("id"), "listed in dead-letter");
    // a healthy worker is not harmed by it any more
    try (DocketProcess healthy = worker(List.of("-Xmx512m"))) {
      String ok = submit("dev/pptx/shapes.pptx");
      assertEquals("completed", Http.awaitJob(web.base(), ok, Http::finished, Duration.ofSeconds(60)).getString("state"));
    }
  }

  private String submit(String deck) throws Exception {
    var r = Http.upload(web.base(), Corpus.root().resolve(deck), "deck");
    assertEquals(202, r.statusCode(), r.body());
    return new JsonObject(r.body()).getString("id");
  }

  private DocketProcess worker(List<String> jvmArgs) throws Exception {
    return DocketProcess.start(Map.of("DOCKET_REDIS_URL", REDIS.url(), "DOCKET_DATA_DIR", web.dataDir.toString(),
        "DOCKET_ROLES", "worker", "DOCKET_WORKER_CONCURRENCY", "1", "DOCKET_LEASE_MS", Long.toString(LEASE_MS)), jvmArgs);
  }
}
