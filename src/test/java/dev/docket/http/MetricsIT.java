package dev.docket.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.Role;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /metrics in Prometheus format: Docket's job, page, upload and queue meters, plus the JVM's. */
class MetricsIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  @Test
  void finishedJobsPagesUploadsAndQueueDepthAreExported() throws Exception {
    try (DocketNode node = DocketNode.start(REDIS.url(), RedisKeys.DEFAULT, Set.of(Role.WEB, Role.WORKER), 1, 100L << 20)) {
      String ok = submit(node, "pptx/shapes.pptx");
      String bad = submit(node, "../edge/Password_Protected-hello.ppt");
      Http.awaitJob(node.base(), ok, Http::finished, Duration.ofSeconds(60));
      Http.awaitJob(node.base(), bad, Http::finished, Duration.ofSeconds(60));
      var r = Http.get(node.base() + "/metrics");
      assertEquals(200, r.statusCode());
      String m = r.body();
      assertTrue(value(m, "docket_jobs_finished_total\\{code=\"none\",outcome=\"completed\"}") >= 1, m);
      assertTrue(value(m, "docket_jobs_finished_total\\{code=\"ENCRYPTED_DOCUMENT\",outcome=\"failed\"}") >= 1, m);
      assertTrue(value(m, "docket_pages_converted_total") >= 6);
      assertTrue(value(m, "docket_upload_bytes_total") > 68_000);
      assertTrue(value(m, "docket_job_processing_seconds_count") >= 2);
      assertTrue(value(m, "docket_job_queue_wait_seconds_count") >= 2);
      assertTrue(m.contains("docket_queue_jobs{state=\"queued\"}"), "queue gauges");
      assertTrue(m.contains("jvm_memory_used_bytes"), "JVM meters");
    }
  }

  private static String submit(DocketNode node, String path) throws Exception {
    var r = Http.upload(node.base(), Corpus.root().resolve("dev").resolve(path).normalize(), "d");
    assertEquals(202, r.statusCode(), r.body());
    return new JsonObject(r.body()).getString("id");
  }

  private static double value(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }
}
