// The SockJS event-bus bridge: one connection per page, one registration per followed job.
//
// The library reconnects by itself (with backoff); every (re)connection starts with no registrations,
// so onOpen must follow every unfinished job again and re-read it: events missed while away are gone,
// and the job hash is the truth.

const BRIDGE_URL = '/eventbus';

/**
 * @param {{onOpen: function(), onClose: function(), onReconnect: function(),
 *          onEvent: function(string, object), onError: function(string)}} callbacks
 * @returns {{follow: function(string), unfollow: function(string), isOpen: function(): boolean,
 *            available: boolean}}
 */
export function connectBridge(callbacks) {
  const EventBus = globalThis.EventBus;
  const handlers = new Map(); // address -> handler
  let eb = null;
  let open = false;

  const bridge = {
    available: typeof EventBus === 'function' && typeof globalThis.SockJS === 'function',
    isOpen: () => open,
    follow(id) {
      const address = `jobs.${id}`;
      if (!open || handlers.has(address)) return;
      const handler = (err, message) => {
        if (err) callbacks.onError(id);
        else if (message) callbacks.onEvent(id, eventBody(message));
      };
      eb.registerHandler(address, {}, handler);
      handlers.set(address, handler);
    },
    unfollow(id) {
      const address = `jobs.${id}`;
      const handler = handlers.get(address);
      if (!handler) return;
      handlers.delete(address);
      if (open) eb.unregisterHandler(address, {}, handler);
    },
  };
  if (!bridge.available) return bridge;

  eb = new EventBus(BRIDGE_URL);
  eb.enableReconnect(true);
  eb.onopen = () => { // on the first connection and on every reconnection
    open = true;
    handlers.clear();
    callbacks.onOpen();
  };
  eb.onreconnect = callbacks.onReconnect;
  eb.onclose = () => {
    open = false;
    handlers.clear();
    callbacks.onClose();
  };
  eb.onerror = () => {}; // the library would log to the console; a closed bridge shows in the page
  eb.onunhandled = () => {}; // e.g. an event still in flight for a job just removed from the list
  return bridge;
}

/** The event's body: a JSON object, or (if the server published it encoded) a JSON string. */
function eventBody(message) {
  if (typeof message.body !== 'string') return message.body;
  try {
    return JSON.parse(message.body);
  } catch {
    return null;
  }
}
