package dev.docket.webhook;

import dev.docket.config.WebhookSettings;
import dev.docket.queue.WebhookDelivery;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes one delivery attempt: resolves the callback's host (on a worker thread, never the event loop),
 * refuses it if any address it resolves to is not public ({@link AddressPolicy}) unless private addresses
 * are allowed, then POSTs the signed body to the checked address itself
 * ({@link RequestOptions#setServer}: the Host header and TLS SNI/hostname verification still use the URL's
 * host), so a second DNS answer cannot swap in another address (DNS rebinding). No redirects; the whole
 * attempt is bounded by {@code DOCKET_WEBHOOK_TIMEOUT_MS}; the answer's body is read and discarded.
 */
final class WebhookSender {
  private final Vertx vertx;
  private final HttpClient client;
  private final WebhookSigner signer;
  private final WebhookSettings settings;

  WebhookSender(Vertx vertx, HttpClient client, WebhookSigner signer, WebhookSettings settings) {
    this.vertx = vertx;
    this.client = client;
    this.signer = signer;
    this.settings = settings;
  }

  /**
   * Options of the client deliveries use: no keep-alive (each attempt connects to the address just
   * checked), no redirects, and the URL's host always sent as TLS server name (SNI), even a dot-less one
   * like {@code localhost} that the JDK would leave out.
   */
  static HttpClientOptions clientOptions() {
    return new HttpClientOptions().setKeepAlive(false).setMaxRedirects(0).setForceSni(true);
  }

  /** Sends {@code body} as the delivery's message; never fails (failures are described by the attempt). */
  Future<Attempt> send(WebhookDelivery delivery, String body) {
    URI uri;
    try {
      uri = CallbackUrls.parse(delivery.callbackUrl());
    } catch (IllegalArgumentException e) {
      return Future.succeededFuture(Attempt.failed(e.getMessage(), true));
    }
    String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
    return vertx.executeBlocking(() -> InetAddress.getAllByName(host), false)
        .compose(addresses -> refusal(host, addresses)
            .map(reason -> Future.succeededFuture(Attempt.failed(reason, true)))
            .orElseGet(() -> post(uri, host, addresses[0], delivery.messageId(), body)))
        .recover(err -> Future.succeededFuture(Attempt.failed(describe(err), false)));
  }

  private Optional<String> refusal(String host, InetAddress[] addresses) {
    if (settings.allowPrivate()) {
      return Optional.empty();
    }
    for (InetAddress address : addresses) {
      Optional<String> why = AddressPolicy.refusal(address);
      if (why.isPresent()) {
        return Optional.of("refused: " + host + " resolves to " + address.getHostAddress() + ", " + why.get()
            + " (set DOCKET_WEBHOOK_ALLOW_PRIVATE=true to allow)");
      }
    }
    return Optional.empty();
  }

  private Future<Attempt> post(URI uri, String host, InetAddress address, String messageId, String body) {
    int port = CallbackUrls.port(uri);
    RequestOptions options = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setHost(host)
        .setPort(port)
        .setURI(CallbackUrls.requestTarget(uri))
        .setSsl("https".equalsIgnoreCase(uri.getScheme()))
        .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
        .setFollowRedirects(false)
        .setConnectTimeout(settings.timeoutMs())
        .setIdleTimeout(settings.timeoutMs());
    for (Map.Entry<String, String> h : signer.headers(messageId, Instant.now().getEpochSecond(), body).entrySet()) {
      options.putHeader(h.getKey(), h.getValue());
    }
    options.putHeader(HttpHeaders.CONTENT_TYPE, "application/json").putHeader(HttpHeaders.USER_AGENT, "Docket-Webhooks");
    AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
    return client.request(options)
        .compose(request -> {
          sent.set(request);
          return request.send(body);
        })
        .compose(response -> {
          response.handler(ignored -> { });
          return response.end().map(v -> Attempt.answered(response.statusCode()));
        })
        .timeout(settings.timeoutMs(), TimeUnit.MILLISECONDS)
        .onFailure(err -> {
          if (sent.get() != null) {
            sent.get().reset();
          }
        });
  }

  private String describe(Throwable err) {
    if (err instanceof UnknownHostException) {
      return "cannot resolve the callback host: " + err.getMessage();
    }
    if (err instanceof java.util.concurrent.TimeoutException) {
      return "no answer within " + settings.timeoutMs() + " ms";
    }
    String message = err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage();
    return message.replace('\n', ' ');
  }
}
