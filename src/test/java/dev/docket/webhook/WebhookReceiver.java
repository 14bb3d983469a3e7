package dev.docket.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A real HTTP endpoint on a free loopback port that records every webhook request and answers the statuses
 * it is told to (first from the script, then from the fallback). {@link #SILENT} never answers; a 3xx
 * answer carries {@code Location: /elsewhere}.
 */
final class WebhookReceiver implements AutoCloseable {
  /** One request as received: method, path with query, headers (lower-case names), body, arrival time. */
  record Received(String method, String uri, Map<String, String> headers, String body, long atMillis) {
    Map<String, List<String>> headerLists() {
      Map<String, List<String>> lists = new TreeMap<>();
      headers.forEach((k, v) -> lists.put(k, List.of(v)));
      return lists;
    }
  }

  /** A "status" that leaves the request unanswered. */
  static final int SILENT = -1;

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
  private volatile IntSupplier fallback = () -> 200;

  WebhookReceiver(Integer... statuses) throws Exception {
    script.addAll(List.of(statuses));
    server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
      Map<String, String> headers = new TreeMap<>();
      req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue()));
      received.add(new Received(req.method().name(), req.uri(), headers, body.toString(), System.currentTimeMillis()));
      Integer next = script.poll();
      int status = next != null ? next : fallback.getAsInt();
      if (status == SILENT) {
        return;
      }
      if (status / 100 == 3) {
        req.response().putHeader("Location", "/elsewhere");
      }
      req.response().setStatusCode(status).end("ok");
    })).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
  }

  /** What to answer once the script is used up. */
  void answer(IntSupplier status) {
    this.fallback = status;
  }

  int port() {
    return server.actualPort();
  }

  /** {@code http://<host>:<port><path>}. */
  String url(String host, String path) {
    return "http://" + host + ":" + port() + path;
  }

  List<Received> received() {
    return new ArrayList<>(received);
  }

  @Override
  public void close() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }
}
