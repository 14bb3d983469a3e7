package dev.docket.worker;

import dev.docket.job.ErrorCode;
import dev.docket.queue.JobResult;

/** How one attempt at a job ended, before it is recorded in Redis. */
sealed interface Outcome {
  /** The conversion produced a result. */
  record Success(JobResult result) implements Outcome {
  }

  /** The conversion failed with a stable code and a message for people. */
  record Failure(ErrorCode code, String message) implements Outcome {
  }

  /** The conversion stopped early on request (cancel, lease lost, timeout, shutdown). */
  record Stopped(StopReason reason) implements Outcome {
  }
}
