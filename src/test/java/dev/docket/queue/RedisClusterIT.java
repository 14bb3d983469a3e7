package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.DocketConfig;
import dev.docket.config.QueueSettings;
import dev.docket.config.Role;
import dev.docket.events.EventAddresses;
import dev.docket.job.JobIds;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisClusterExtension;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Docket on a real three-master Redis Cluster ({@code DOCKET_REDIS_URL=redis-cluster://...}): every script
 * runs on the node serving the {@code {namespace}} slot, blocking pops and subscriptions work through the
 * cluster client, and events published there reach subscribers connected to other nodes.
 */
class RedisClusterIT {
  @RegisterExtension
  static final RedisClusterExtension CLUSTER = new RedisClusterExtension();
  static final QueueSettings FAST = QueueSettings.DEFAULTS.withLeaseMs(1_000).withRetries(3, 50);
  static final List<String> DECKS = List.of("dev/pptx/shapes.pptx", "dev/pptx/themes.pptx", "dev/ppt/41246-1.ppt",
      "dev/pptx/shapes.pptx");

  @Test
  void jobsCompleteAndTheirEventsReachSubscribersOnEveryNode() throws Exception {
    RedisKeys keys = keys();
    try (DocketNode web = node(Set.of(Role.WEB), keys)) {
      int owner = CLUSTER.ownerOf(keys.queue());
      int elsewhere = CLUSTER.ports().stream().filter(p -> p != owner).findFirst().orElseThrow();
      List<String> heardElsewhere = new java.util.concurrent.CopyOnWriteArrayList<>();
      RedisConnection subscriber = Redis.createClient(web.vertx, "redis://127.0.0.1:" + elsewhere).connect().await();
      subscriber.handler(msg -> {
        // RESP3 (this client's default) delivers pub/sub messages as pushes: ["message", channel, payload]
        if ((msg.type() == ResponseType.PUSH || msg.type() == ResponseType.MULTI) && msg.size() == 3
            && "message".equals(msg.get(0).toString())) {
          heardElsewhere.add(msg.get(2).toString());
        }
      });
      subscriber.send(Request.cmd(Command.SUBSCRIBE).arg(keys.events())).await();

      List<String> ids = new ArrayList<>();
      Map<String, List<String>> relayed = new ConcurrentHashMap<>();
      for (String deck : DECKS) {
        String id = submit(web, Corpus.root().resolve(deck));
        ids.add(id);
        List<String> states = new java.util.concurrent.CopyOnWriteArrayList<>();
        relayed.put(id, states);
        web.vertx.eventBus().<JsonObject>consumer(EventAddresses.job(id), m -> states.add(m.body().getString("state")));
      }
      try (DocketNode worker = web.sibling(Set.of(Role.WORKER), 2)) {
        Redis check = new RedisClients(web.vertx, CLUSTER.url()).pooled();
        for (String id : ids) {
          JsonObject job = Http.awaitJob(web.base(), id, Http::finished, Duration.ofSeconds(90));
          assertEquals("completed", job.getString("state"), job.encode());
          assertEquals(200, Http.getBytes(web.base() + "/api/jobs/" + id + "/result").statusCode());
          assertEquals("1", hget(check, keys.job(id), "completions"), "completed exactly once: " + id);
        }
        for (String id : ids) {
          awaitTrue(() -> relayed.get(id).contains("completed"), "the web node's relay passed on the end of " + id
              + ": " + relayed.get(id));
          assertTrue(relayed.get(id).contains("active"), "progress was relayed too: " + relayed.get(id));
          awaitTrue(() -> heardElsewhere.stream().anyMatch(e -> e.contains(id) && e.contains("\"completed\"")),
              "a subscriber on node " + elsewhere + " (not the slot's owner " + owner + ") heard " + id + " complete");
        }
        check.close();
      } finally {
        subscriber.close();
      }
    }
  }

  @Test
  void transientFailuresAreRetriedThenDeadLetteredAndAManualRetryCompletes() throws Exception {
    try (DocketNode web = node(Set.of(Role.WEB), keys())) {
      String id = submit(web, Corpus.root().resolve(DECKS.get(0)));
      Path input = web.dataDir.resolve("blobs").resolve(id).resolve("input");
      Path saved = Files.createTempFile("input-", ".pptx");
      Files.move(input, saved, StandardCopyOption.REPLACE_EXISTING); // the blob store "loses" the file
      try (DocketNode worker = web.sibling(Set.of(Role.WORKER), 1)) {
        JsonObject failed = Http.awaitJob(web.base(), id, Http::finished, Duration.ofSeconds(30));
        assertEquals("failed", failed.getString("state"), failed.encode());
        assertEquals("BLOB_STORE_ERROR", failed.getJsonObject("error").getString("code"));
        assertEquals(3, failed.getInteger("attempts"), "retried through the delayed set: " + failed.encode());

        Files.move(saved, input);
        HttpResponse<String> retried = send("POST", web.base() + "/api/jobs/" + id + "/retry");
        assertEquals(202, retried.statusCode(), retried.body());
        JsonObject done = Http.awaitJob(web.base(), id, Http::finished, Duration.ofSeconds(30));
        assertEquals("completed", done.getString("state"), done.encode());
        assertEquals(4, done.getInteger("attempts"));
      }
    }
  }

  @Test
  void aQueuedJobIsCancelledAndAnAbandonedActiveJobIsRecoveredByTheReaper() throws Exception {
    RedisKeys keys = keys();
    try (DocketNode web = node(Set.of(Role.WEB), keys)) {
      String cancelled = submit(web, Corpus.root().resolve(DECKS.get(0)));
      HttpResponse<String> r = send("DELETE", web.base() + "/api/jobs/" + cancelled);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("cancelled", new JsonObject(r.body()).getString("state"));

      String abandoned = submit(web, Corpus.root().resolve(DECKS.get(0)));
      Redis redis = new RedisClients(web.vertx, CLUSTER.url()).pooled();
      // a worker that popped the job and died before claiming it: in active, no lease
      assertEquals(abandoned, redis.send(Request.cmd(Command.RPOPLPUSH).arg(keys.queue()).arg(keys.active()))
          .await().toString());
      JsonObject requeued = Http.awaitJob(web.base(), abandoned, j -> j.getInteger("stalledCount") == 1,
          Duration.ofSeconds(10));
      assertEquals("queued", requeued.getString("state"), requeued.encode());
      try (DocketNode worker = web.sibling(Set.of(Role.WORKER), 1)) {
        JsonObject job = Http.awaitJob(web.base(), abandoned, Http::finished, Duration.ofSeconds(60));
        assertEquals("completed", job.getString("state"), job.encode());
        assertEquals("cancelled", Http.awaitJob(web.base(), cancelled, Http::finished, Duration.ofSeconds(1))
            .getString("state"), "the cancelled job was never run");
      }
      assertNotEquals(0L, redis.send(Request.cmd(Command.ZCARD).arg(keys.cancelled())).await().toLong());
      redis.close();
    }
  }

  @Test
  void theChainedWorkerScriptsRunThroughAPipelinedConnectionOnACluster() throws Exception {
    RedisKeys keys = keys();
    io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
    try {
      RedisClients clients = new RedisClients(vertx, CLUSTER.url());
      Redis pooled = clients.pooled();
      JobQueue queue = new JobQueue(pooled, keys);
      String first = JobIds.newId();
      String second = JobIds.newId();
      queue.enqueue(new NewJob(first, "pdf", "a.pptx", "pptx", 1, "in-a"), 3).await();
      queue.enqueue(new NewJob(second, "pdf", "b.pptx", "pptx", 1, "in-b"), 3).await();
      PipelinedRedis pipelined = new PipelinedRedis(clients::dedicated, 1);
      ChainedTransitions chained = new ChainedTransitions(pipelined, keys);

      ChainedTransitions.Claimed claimed = chained.popAndClaim("token-a", "test/1", 30_000).await().orElseThrow();
      assertEquals(first, claimed.lease().jobId(), "first in, first out");
      ChainedTransitions.Step step = chained.completeAndClaimNext(claimed.lease(),
          new JobResult("out-a", "application/pdf", 10, 1), "token-b", "test/1", 30_000).await();
      assertEquals(TransitionResult.APPLIED, step.completed());
      assertEquals(second, step.next().orElseThrow().lease().jobId());
      assertEquals("completed", hget(pooled, keys.job(first), "state"));
      assertEquals("active", hget(pooled, keys.job(second), "state"));
      assertEquals("token-b", pooled.send(Request.cmd(Command.GET).arg(keys.lease(second))).await().toString());
      pipelined.close().await();
      pooled.close().await();
    } finally {
      vertx.close().await();
    }
  }

  private static RedisKeys keys() {
    return new RedisKeys("cluster-" + JobIds.randomToken(6));
  }

  private static DocketNode node(Set<Role> roles, RedisKeys keys) throws Exception {
    return DocketNode.start(new DocketConfig(0, Optional.of(CLUSTER.url()), roles,
        Files.createTempDirectory("docket-cluster-data-"), 1, 100L << 20, FAST), keys);
  }

  private static String submit(DocketNode node, Path deck) throws Exception {
    HttpResponse<String> r = Http.upload(node.base(), deck, deck.getFileName().toString());
    assertEquals(202, r.statusCode(), r.body());
    return new JsonObject(r.body()).getString("id");
  }

  private static String hget(Redis redis, String key, String field) {
    Response r = redis.send(Request.cmd(Command.HGET).arg(key).arg(field)).await();
    return r == null ? null : r.toString();
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(what);
      }
      Thread.sleep(50);
    }
  }

  private static HttpResponse<String> send(String method, String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }
}
