package dev.docket.queue;

/**
 * What {@link JobQueue#enqueue} writes for a fresh job.
 *
 * @param id job id (see {@link dev.docket.job.JobIds})
 * @param target output format, e.g. {@code pdf}
 * @param inputName the uploaded file's base name as the client gave it
 * @param inputType sniffed document type, e.g. {@code pptx}
 * @param inputBytes upload size, bytes
 * @param inputKey blob-store key of the upload
 * @param callbackUrl where webhook messages go when the job finishes (validated), or null for none
 */
public record NewJob(String id, String target, String inputName, String inputType, long inputBytes, String inputKey,
    String callbackUrl) {

  /** A job without a callback. */
  public NewJob(String id, String target, String inputName, String inputType, long inputBytes, String inputKey) {
    this(id, target, inputName, inputType, inputBytes, inputKey, null);
  }
}
