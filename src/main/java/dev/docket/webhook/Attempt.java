package dev.docket.webhook;

/**
 * How one delivery attempt ended.
 *
 * @param status the receiver's HTTP status, or 0 when there was no answer
 * @param error why the attempt failed, one line; null when the receiver answered 2xx
 * @param permanent true when retrying cannot help (the address is refused, the URL is unusable)
 */
record Attempt(int status, String error, boolean permanent) {

  static Attempt answered(int status) {
    return new Attempt(status, status / 100 == 2 ? null : "the receiver answered HTTP " + status, false);
  }

  static Attempt failed(String error, boolean permanent) {
    return new Attempt(0, error, permanent);
  }

  boolean delivered() {
    return error == null;
  }
}
