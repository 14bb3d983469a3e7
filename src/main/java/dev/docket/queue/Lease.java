package dev.docket.queue;

/**
 * A worker's hold on one active job: the job id and the random token the claim stored in
 * {@code {docket}:lease:<id>}. Every transition the worker makes presents the token (fencing).
 */
public record Lease(String jobId, String token) {
}
