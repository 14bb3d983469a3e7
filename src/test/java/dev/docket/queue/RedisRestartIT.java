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
