package dev.docket.http;

import dev.docket.events.EventAddresses;
import io.vertx.core.Vertx;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;

/**
 * The SockJS event-bus bridge at {@code /eventbus}: outbound-only. Browsers may register on
 * {@code jobs.<id>} addresses and nothing else, and may not send or publish anything inbound (no inbound
 * permission means every send is answered {@code access_denied}). Ids are unguessable, so knowing an id is
 * what lets a browser follow a job.
 */
final class EventBusBridge {
  /** SockJS's XHR transports post small frames; a body handler must run in front of the bridge. */
  static final long MAX_FRAME_BYTES = 64 * 1024;

  private EventBusBridge() {
  }

  /** Mounts the bridge under {@code /eventbus/*}. */
  static void mount(Vertx vertx, Router router) {
    SockJSBridgeOptions options = new SockJSBridgeOptions()
        .addOutboundPermitted(new PermittedOptions().setAddressRegex(EventAddresses.JOB_ADDRESS_REGEX));
    router.route("/eventbus/*").handler(BodyHandler.create(false).setBodyLimit(MAX_FRAME_BYTES));
    router.route("/eventbus/*").subRouter(SockJSHandler.create(vertx).bridge(options));
  }
}
