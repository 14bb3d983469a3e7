package dev.docket.events;

/** Event-bus addresses Docket uses. */
public final class EventAddresses {
  /** Prefix of the per-job address {@code jobs.<id>} the browser subscribes to through the bridge. */
  public static final String JOB_PREFIX = "jobs.";
  /** Bridge rule: the only outbound addresses a browser may register on. */
  public static final String JOB_ADDRESS_REGEX = "jobs\\.[A-Za-z0-9_-]+";
  /** Process-local address on which worker slots report progress to the {@code ProgressRecorder}. */
  public static final String PROGRESS = "docket.progress";

  private EventAddresses() {
  }

  /** The address of one job's events. */
  public static String job(String id) {
    return JOB_PREFIX + id;
  }
}
