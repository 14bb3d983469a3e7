package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.DocketConfig;
import dev.docket.config.QueueSettings;
import dev.docket.config.ReplicaAck;
import dev.docket.config.Role;
import dev.docket.job.JobIds;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisProcess;
import dev.docket.support.RedisServerExtension;
import dev.docket.support.TempFiles;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code DOCKET_REDIS_MIN_REPLICAS} on a plain server: a submission is acknowledged only once a replica
 * confirmed it; without one it is answered {@code 503 NOT_REPLICATED} and its job stays queued with its upload.
 */
class ReplicaAckIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final Path DECK = Corpus.root().resolve("dev/pptx/shapes.pptx");

  @Test
  void withoutAReplicaASubmissionIs503ButItsJobStaysQueuedAndARetryWithItsKeyAddsNone() throws Exception {
    RedisKeys keys = new RedisKeys("ack-" + JobIds.randomToken(6));
    try (DocketNode web = node(keys, 200)) {
      HttpResponse<String> first = postWithKey(web, "order-4711");
      assertEquals(503, first.statusCode(), first.body());
      assertEquals("NOT_REPLICATED", new JsonObject(first.body()).getJsonObject("error").getString("code"));
      assertEquals("5", first.headers().firstValue("Retry-After").orElseThrow());

      Redis redis = new RedisClients(web.vertx, REDIS.url()).pooled();
      List<String> queued = redis.send(Request.cmd(Command.LRANGE).arg(keys.queue()).arg(0).arg(-1)).await()
          .stream().map(Object::toString).toList();
      assertEquals(1, queued.size(), "the job was written to the master and not rolled back");
      String id = queued.get(0);
      assertEquals("queued", new JsonObject(Http.get(web.base() + "/api/jobs/" + id).body()).getString("state"));
      assertTrue(Files.exists(web.dataDir.resolve("blobs").resolve(id).resolve("input")), "its upload is kept");

      HttpResponse<String> again = postWithKey(web, "order-4711");
      assertEquals(503, again.statusCode(), "the original is still not confirmed by a replica: " + again.body());
      assertEquals(1L, redis.send(Request.cmd(Command.LLEN).arg(keys.queue())).await().toLong(), "no second job");
      assertEquals(1, TempFiles.filesUnder(web.dataDir.resolve("blobs")).size(), "the repeat's upload was removed");
      redis.close();
    }
  }

  @Test
  void aReplicaThatConfirmsTheWriteLetsTheSubmissionThrough() throws Exception {
    Path dir = Files.createTempDirectory("docket-replica-");
    int port = RedisProcess.freePort();
    RedisKeys keys = new RedisKeys("ack-" + JobIds.randomToken(6));
    try (RedisProcess replica = RedisProcess.start(dir, port, List.of("--bind", "127.0.0.1", "--port",
        Integer.toString(port), "--save", "", "--replicaof", "127.0.0.1", Integer.toString(REDIS.port())));
         DocketNode web = node(keys, 5_000)) {
      long deadline = System.currentTimeMillis() + 20_000;
      while (!RedisProcess.cli(port, "INFO", "replication").contains("master_link_status:up")) {
        assertTrue(System.currentTimeMillis() < deadline, "replica did not sync: " + replica.log());
        Thread.sleep(50);
      }
      HttpResponse<String> r = postWithKey(web, "order-4712");
      assertEquals(202, r.statusCode(), r.body());
      String id = new JsonObject(r.body()).getString("id");
      assertEquals("queued", RedisProcess.cli(port, "HGET", keys.job(id), "state"), "the replica holds the job");
    } finally {
      TempFiles.deleteTree(dir);
    }
  }

  private static DocketNode node(RedisKeys keys, long replicaTimeoutMs) throws Exception {
    DocketConfig config = new DocketConfig(0, Optional.of(REDIS.url()), Set.of(Role.WEB),
        Files.createTempDirectory("docket-ack-data-"), 1, 100L << 20, QueueSettings.DEFAULTS)
        .withReplicaAck(new ReplicaAck(1, replicaTimeoutMs));
    return DocketNode.start(config, keys);
  }

  private static HttpResponse<String> postWithKey(DocketNode node, String key) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.base() + "/api/jobs"))
        .header("Content-Type", "multipart/form-data; boundary=" + Http.BOUNDARY)
        .header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofByteArray(Http.multipart("shapes.pptx", Files.readAllBytes(DECK), null)))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
