package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.docket.config.DocketConfig;
import dev.docket.config.QueueSettings;
import dev.docket.config.ReplicaAck;
import dev.docket.config.Role;
import dev.docket.job.JobIds;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisClusterExtension;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Redis Cluster failover of the {@code {namespace}} slot under a running Docket node with
 * {@code DOCKET_REDIS_MIN_REPLICAS=1}: the master serving the slot is killed with SIGKILL and the cluster
 * promotes its replica. Acknowledged jobs all complete exactly once on the new master; WAIT reaches the
 * slot's node (the new master has no replica left, so submissions are refused, although every other master
 * has one and would have confirmed).
 */
class RedisClusterFailoverIT {
  @RegisterExtension
  static final RedisClusterExtension CLUSTER = new RedisClusterExtension(1);
  static final Path DECK = Corpus.root().resolve("dev/pptx/shapes.pptx");

  @Test
  void aFailoverOfTheSlotsMasterLosesNoAcknowledgedJobAndWaitAsksTheSlotsNode() throws Exception {
    RedisKeys keys = new RedisKeys("failover-" + JobIds.randomToken(6));
    DocketConfig config = new DocketConfig(0, Optional.of(CLUSTER.url()), Set.of(Role.WEB, Role.WORKER),
        Files.createTempDirectory("docket-cluster-failover-"), 2, 100L << 20,
        QueueSettings.DEFAULTS.withLeaseMs(2_000)).withReplicaAck(new ReplicaAck(1, 1_000));
    try (DocketNode node = DocketNode.start(config, keys)) {
      List<String> accepted = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        HttpResponse<String> r = Http.upload(node.base(), DECK, "shapes.pptx");
        assertEquals(202, r.statusCode(), "a replica confirms before the failover: " + r.body());
        accepted.add(new JsonObject(r.body()).getString("id"));
      }
      int owner = CLUSTER.ownerOf(keys.queue());
      CLUSTER.kill(owner);
      int promoted = CLUSTER.awaitFailover(keys.queue(), owner, 30_000);
      assertNotEquals(owner, promoted);

      // Every other master has a replica and would confirm any WAIT: only WAITs that reach the slot's new
      // master answer 0. Six refusals in a row: a WAIT sent to a random master would pass 2 in 3 times.
      int refusals = 0;
      long deadline = System.currentTimeMillis() + 30_000;
      while (refusals < 6 && System.currentTimeMillis() < deadline) {
        HttpResponse<String> r = Http.upload(node.base(), DECK, "shapes.pptx");
        assertEquals(503, r.statusCode(), "the promoted master has no replica: nothing may be acknowledged: " + r.body());
        String code = new JsonObject(r.body()).getJsonObject("error").getString("code");
        refusals += "NOT_REPLICATED".equals(code) ? 1 : 0; // SERVICE_UNAVAILABLE while the client catches up
      }
      assertEquals(6, refusals, "WAIT reached the slot's new master, which has no replica");

      Redis check = new RedisClients(node.vertx, CLUSTER.url()).pooled();
      for (String id : accepted) {
        JsonObject job = Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(90));
        assertEquals("completed", job.getString("state"), "acknowledged job lost or failed: " + job.encode());
        assertEquals("1", String.valueOf(check.send(Request.cmd(Command.HGET).arg(keys.job(id)).arg("completions"))
            .await()), "completed exactly once: " + id);
      }
      check.close();
    }
  }
}
