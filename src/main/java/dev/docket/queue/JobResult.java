package dev.docket.queue;

/**
 * The outcome of a successful conversion, as {@link JobQueue#complete} records it.
 *
 * @param blobKey blob-store key of the result file
 * @param mediaType e.g. {@code application/pdf}
 * @param bytes size of the result, bytes
 * @param pages pages written
 */
public record JobResult(String blobKey, String mediaType, long bytes, int pages) {
}
