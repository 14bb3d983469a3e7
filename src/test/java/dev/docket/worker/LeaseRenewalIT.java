package dev.docket.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.DocketConfig;
import dev.docket.config.Role;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LeaseKeeper renews a running job's lease, so a conversion longer than the lease still completes. */
class LeaseRenewalIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final long LEASE_MS = 600;

  @Test
  void aConversionLongerThanItsLeaseCompletesOnItsFirstAttempt() throws Exception {
    DocketConfig config = new DocketConfig(0, Optional.of(REDIS.url()), Set.of(Role.WEB, Role.WORKER),
        Files.createTempDirectory("docket-lease-"), 1, 100L << 20, LEASE_MS);
    try (DocketNode node = DocketNode.start(config, RedisKeys.DEFAULT)) {
      var deck = Corpus.root().resolve("dev/ppt/42474-2.ppt"); // 68 slides
      String id = new JsonObject(Http.upload(node.base(), deck, "long.ppt").body()).getString("id");
      JsonObject job = Http.awaitJob(node.base(), id, Http::finished, Duration.ofSeconds(120));
      assertEquals("completed", job.getString("state"), job.encode());
      assertEquals(1, job.getInteger("attempts"));
      long ranMs = Duration.between(Instant.parse(job.getString("startedAt")), Instant.parse(job.getString("finishedAt")))
          .toMillis();
      assertTrue(ranMs > 2 * LEASE_MS, "the conversion outlived two leases (" + ranMs + " ms), so it was renewed");
    }
  }
}
