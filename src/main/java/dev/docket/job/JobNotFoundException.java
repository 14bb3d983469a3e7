package dev.docket.job;

/** No job has this id (it never existed or has expired). */
public final class JobNotFoundException extends RuntimeException {
  public JobNotFoundException(String id) {
    super("no job with id " + id);
  }
}
