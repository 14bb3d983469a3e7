package dev.docket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.support.Corpus;
import dev.docket.support.DocketProcess;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import dev.docket.support.TempFiles;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The documented topology as processes: two web JVMs (behind a load balancer in production) and three
 * worker JVMs sharing one Redis and one blob store. A browser connected to web node A follows, live, a
 * job submitted through web node B.
 */
class ScaleOutIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  @Test
  void aClientOnWebNodeASeesProgressOfAJobSubmittedThroughWebNodeB() throws Exception {
    Path data = Files.createTempDirectory("docket-scale-");
    Map<String, String> common = Map.of("DOCKET_REDIS_URL", REDIS.url(), "DOCKET_DATA_DIR", data.toString());
    List<DocketProcess> procs = new ArrayList<>();
    Vertx vertx = Vertx.vertx();
    try {
      DocketProcess webA = DocketProcess.start(MultiProcessIT.with(common, "DOCKET_ROLES", "web"), List.of("-Xmx256m"));
      DocketProcess webB = DocketProcess.start(MultiProcessIT.with(common, "DOCKET_ROLES", "web"), List.of("-Xmx256m"));
      procs.add(webA);
      procs.add(webB);
      WebSocketClient client = vertx.createWebSocketClient();
      WebSocket ws = client.connect(webA.port(), "127.0.0.1", "/eventbus/websocket").await(10, TimeUnit.SECONDS);
      BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
      ws.handler(buf -> frames.add(new JsonObject(buf)));
      // Like the browser library: ping every 5 s, or the bridge closes the socket after its 10 s ping timeout.
      vertx.setPeriodic(5_000, t -> ws.writeTextMessage(new JsonObject().put("type", "ping").encode()));

      // Several jobs through B, so that all three workers take part; follow the first from A.
      List<String> ids = new ArrayList<>();
      for (String deck : List.of("dev/ppt/42474-2.ppt", "dev/pptx/stress013.pptx", "dev/pptx/keyframes.pptx")) {
        var r = Http.upload(webB.base(), Corpus.root().resolve(deck), "deck");
        assertEquals(202, r.statusCode(), r.body());
        ids.add(new JsonObject(r.body()).getString("id"));
      }
      ws.writeTextMessage(new JsonObject().put("type", "register").put("address", "jobs." + ids.get(0)).encode())
          .await(5, TimeUnit.SECONDS);
      Thread.sleep(300); // registration has no acknowledgement; the jobs wait queued until the workers start
      for (int i = 0; i < 3; i++) {
        procs.add(DocketProcess.start(MultiProcessIT.with(common, "DOCKET_ROLES", "worker", "DOCKET_WORKER_CONCURRENCY",
            "1"), List.of("-Xmx512m")));
      }

      List<JsonObject> events = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline) {
        JsonObject frame = frames.poll(1, TimeUnit.SECONDS);
        if (frame != null && "rec".equals(frame.getString("type"))) {
          events.add(frame.getJsonObject("body"));
          if (Http.finished(frame.getJsonObject("body"))) {
            break;
          }
        }
      }
      assertEquals("completed", events.get(events.size() - 1).getString("state"), "events on A: " + events);
      assertTrue(events.stream().anyMatch(e -> e.getInteger("pagesDone", 0) > 0 && e.getInteger("pagesDone") < 68),
          "progress arrived live on A: " + events);
      Set<String> workers = new HashSet<>();
      for (String id : ids) {
        JsonObject job = Http.awaitJob(webA.base(), id, Http::finished, java.time.Duration.ofSeconds(120));
        assertEquals("completed", job.getString("state"));
        workers.add(job.getString("worker"));
      }
      assertTrue(workers.size() >= 2, "work was spread over the worker JVMs: " + workers);
    } finally {
      for (DocketProcess p : procs) {
        p.close();
      }
      vertx.close();
      TempFiles.deleteTree(data);
    }
  }
}
