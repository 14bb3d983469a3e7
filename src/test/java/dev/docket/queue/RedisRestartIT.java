package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.config.Role;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Worker slots hold dedicated connections that do not reconnect on their own: after Redis is killed
 * and restarted on the same AOF directory, they must reconnect (with backoff) and take new jobs, and
 * the web node must accept uploads again.
 */
class RedisRestartIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  @Test
  void workersAndTheWebNodeCarryOnAfterRedisIsKilledAndRestarted() throws Exception {
    try (DocketNode node = DocketNode.start(REDIS.url(), RedisKeys.DEFAULT, Set.of(Role.WEB, Role.WORKER), 2, 100L << 20)) {
      String before = submit(node);
      assertEquals("completed", Http.awaitJob(node.base(), before, Http::finished, Duration.ofSeconds(60)).getString("state"));

      REDIS.kill();
      HttpResponse<String> duringOutage = Http.upload(node.base(), Corpus.root().resolve("dev/pptx/shapes.pptx"), "x.pptx");
      assertEquals(503, duringOutage.statusCode(), duringOutage.body());
      assertEquals("SERVICE_UNAVAILABLE", new JsonObject(duringOutage.body()).getJsonObject("error").getString("code"));
      assertEquals("5", duringOutage.headers().firstValue("Retry-After").orElseThrow());
      assertEquals(503, Http.get(node.base() + "/health/ready").statusCode());
      Thread.sleep(1_500); // let the slots fail and back off a few times
      REDIS.restart();

      assertEquals("completed", Http.awaitJob(node.base(), before, Http::finished, Duration.ofSeconds(5))
          .getString("state"), "the acknowledged job survived in the AOF");
      String after = submitWhenReady(node);
      assertEquals("completed", Http.awaitJob(node.base(), after, Http::finished, Duration.ofSeconds(60)).getString("state"));
    }
  }

  @Test
  void jobsRunningWhenRedisIsKilledAllCompleteExactlyOnceAfterItReturns() throws Exception {
    RedisKeys keys = new RedisKeys("restart-" + dev.docket.job.JobIds.randomToken(6));
    var config = new dev.docket.config.DocketConfig(0, java.util.Optional.of(REDIS.url()), Set.of(Role.WEB, Role.WORKER),
        java.nio.file.Files.createTempDirectory("docket-restart-"), 2, 100L << 20, 1_000);
    try (DocketNode node = DocketNode.start(config, keys)) {
      String[] decks = {"dev/pptx/2411-Performance_Up.pptx", "dev/pptx/stress021.pptx", "dev/ppt/42474-2.ppt",
          "dev/pptx/keyframes.pptx", "dev/ppt/bug56240.ppt", "dev/pptx/customGeo.pptx"};
      java.util.List<String> ids = new java.util.ArrayList<>();
      for (String deck : decks) {
        HttpResponse<String> r = Http.upload(node.base(), Corpus.root().resolve(deck), "deck");
        assertEquals(202, r.statusCode(), r.body());
        ids.add(new JsonObject(r.body()).getString("id"));
      }
      Http.awaitJob(node.base(), ids.get(0), j -> j.getInteger("pagesDone") >= 1, Duration.ofSeconds(60));
      REDIS.kill(); // mid-run: two conversions in flight, four queued
      Thread.sleep(1_500); // longer than a lease: the leases lapse while Redis is away
      REDIS.restart();
      io.vertx.redis.client.Redis check = new RedisClients(node.vertx, REDIS.url()).pooled();
      for (String id : ids) {
        JsonObject job = Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(120));
        assertEquals("completed", job.getString("state"), job.encode());
        String completions = check.send(io.vertx.redis.client.Request.cmd(io.vertx.redis.client.Command.HGET)
            .arg(keys.job(id)).arg("completions")).await().toString();
        assertEquals("1", completions, "completed exactly once: " + id);
      }
    }
  }

  private static String submit(DocketNode node) throws Exception {
    HttpResponse<String> r = Http.upload(node.base(), Corpus.root().resolve("dev/pptx/shapes.pptx"), "shapes.pptx");
    assertEquals(202, r.statusCode(), r.body());
    return new JsonObject(r.body()).getString("id");
  }

  private static String submitWhenReady(DocketNode node) throws Exception {
    long deadline = System.currentTimeMillis() + 15_000;
    while (Http.get(node.base() + "/health/ready").statusCode() != 200 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    return submit(node);
  }
}
