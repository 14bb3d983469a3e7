package dev.docket.worker;

import dev.docket.queue.Lease;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs this worker process holds right now, shared by its worker slots (which add and remove them),
 * its {@link LeaseKeeper} (which renews their leases and flags lost or cancelled ones) and its
 * {@link ControlListener} (cancellations). Thread-safe.
 */
public final class ActiveJobs {
  private final Map<String, RunningJob> jobs = new ConcurrentHashMap<>();

  /** One held job: its lease, and why it must stop (null while it may go on). */
  public static final class RunningJob {
    private final Lease lease;
    private volatile StopReason stopReason;

    RunningJob(Lease lease) {
      this.lease = lease;
    }

    public Lease lease() {
      return lease;
    }

    /** Null while the job may go on; otherwise why it must stop. */
    public StopReason stopReason() {
      return stopReason;
    }

    /** The stop reason as text for the converter's checkpoint, or null. */
    String stopReasonText() {
      StopReason r = stopReason;
      return r == null ? null : r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Asks the job to stop at its next checkpoint; the first reason wins. */
    public synchronized void stop(StopReason reason) {
      if (stopReason == null) {
        stopReason = reason;
      }
    }
  }

  /** Registers a freshly claimed job. */
  public RunningJob add(Lease lease) {
    RunningJob job = new RunningJob(lease);
    jobs.put(lease.jobId(), job);
    return job;
  }

  /** The held job with this id, or null. */
  public RunningJob get(String jobId) {
    return jobs.get(jobId);
  }

  /** Forgets a job once its outcome is recorded (or abandoned). */
  public void remove(Lease lease) {
    jobs.remove(lease.jobId(), jobs.get(lease.jobId()));
  }

  /** A snapshot of the held jobs. */
  public List<RunningJob> snapshot() {
    return List.copyOf(jobs.values());
  }

  public int size() {
    return jobs.size();
  }
}
