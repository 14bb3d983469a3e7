package dev.docket.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.Role;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client of the SockJS bridge (its raw WebSocket transport, the same frames the browser library
 * sends) receives a job's progress live and is refused anything inbound.
 */
class EventBusBridgeIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static DocketNode node;
  /** Held in a field: Vert.x closes a client that is garbage-collected, connections and all. */
  static io.vertx.core.http.WebSocketClient client;

  @BeforeAll
  static void start() throws Exception {
    node = DocketNode.start(REDIS.url(), RedisKeys.DEFAULT, java.util.Set.of(Role.WEB), 0, 100L << 20);
  }

  @AfterAll
  static void stop() throws Exception {
    node.close();
  }

  @Test
  void aSubscriberSeesProgressPageByPageUpToCompletion() throws Exception {
    // The web node has no workers, so the job waits queued while the client registers; then a worker
    // node (its own Vert.x instance, as another process would be) runs it, and every event travels
    // worker -> Redis -> the web node's relay -> bridge.
    BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    WebSocket ws = connect(frames);
    var accepted = Http.upload(node.base(), Corpus.root().resolve("dev/ppt/41246-1.ppt"), "deck.ppt");
    String id = new JsonObject(accepted.body()).getString("id");
    ws.writeTextMessage(new JsonObject().put("type", "register").put("address", "jobs." + id).encode()).await();
    Thread.sleep(200); // the register frame has no acknowledgement; give it a moment before the job starts
    DocketNode worker = node.sibling(java.util.Set.of(Role.WORKER), 1);

    List<JsonObject> events = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      JsonObject frame = frames.poll(1, TimeUnit.SECONDS);
      if (frame == null) {
        continue;
      }
      assertEquals("rec", frame.getString("type"), frame.encode());
      assertEquals("jobs." + id, frame.getString("address"));
      JsonObject event = frame.getJsonObject("body");
      event.put("receivedAt", System.currentTimeMillis()); // test-side annotation, not part of the event
      events.add(event);
      if (Http.finished(event)) {
        break;
      }
    }
    worker.close();
    assertEquals("active", events.get(0).getString("state"), "the first event is the claim: " + events);
    assertEquals(1, events.get(0).getInteger("attempts"));
    JsonObject last = events.get(events.size() - 1);
    assertEquals("completed", last.getString("state"), "events: " + events);
    assertEquals(100, last.getInteger("progress"));
    assertEquals(36, last.getInteger("pagesTotal"));
    assertEquals(last.getInteger("pagesTotal"), last.getInteger("pagesDone"));
    List<JsonObject> progress = events.stream().filter(e -> "active".equals(e.getString("state"))
        && e.getInteger("pagesDone", 0) > 0).toList();
    assertTrue(progress.size() >= 2, "several progress events arrived live: " + events);
    for (JsonObject e : progress) {
      long at = e.getLong("at", -1L);
      assertTrue(at > 0 && at <= e.getLong("receivedAt"),
          "a progress event says when the worker reported the page (epoch ms, before it arrived): " + e);
    }
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i).getInteger("pagesDone") >= progress.get(i - 1).getInteger("pagesDone"),
          "progress never goes back: " + progress);
    }
    for (JsonObject e : events) {
      assertEquals(id, e.getString("id"));
      assertTrue(e.containsKey("state") && e.containsKey("progress") && e.containsKey("pagesDone")
          && e.containsKey("pagesTotal"), "each event carries the status fields: " + e);
    }
    ws.close().await();
  }

  @Test
  void inboundSendsAndOtherAddressesAreRefused() throws Exception {
    BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    WebSocket ws = connect(frames);
    ws.writeTextMessage(new JsonObject().put("type", "send").put("address", "jobs.abc")
        .put("body", new JsonObject().put("state", "completed")).encode()).await();
    assertDenied(frames.poll(5, TimeUnit.SECONDS));
    ws.writeTextMessage(new JsonObject().put("type", "publish").put("address", "docket.progress")
        .put("body", new JsonObject()).encode()).await();
    assertDenied(frames.poll(5, TimeUnit.SECONDS));
    ws.writeTextMessage(new JsonObject().put("type", "register").put("address", "docket.progress").encode()).await();
    assertDenied(frames.poll(5, TimeUnit.SECONDS));
    ws.close().await();
  }

  private static void assertDenied(JsonObject frame) {
    assertTrue(frame != null, "the bridge answered");
    assertEquals("err", frame.getString("type"), frame.encode());
    assertEquals("access_denied", frame.getString("body"), frame.encode());
  }

  private static WebSocket connect(BlockingQueue<JsonObject> frames) throws Exception {
    if (client == null) {
      client = node.vertx.createWebSocketClient();
    }
    WebSocket ws = client.connect(node.port(), "127.0.0.1", "/eventbus/websocket").await(10, TimeUnit.SECONDS);
    ws.handler(data -> frames.add(new JsonObject(data))); // the bridge writes binary frames on this transport
    // Like the browser library: ping every 5 s, or the bridge closes the socket after its 10 s ping timeout.
    node.vertx.setPeriodic(5_000, t -> ws.writeTextMessage(new JsonObject().put("type", "ping").encode()));
    return ws;
  }
}
