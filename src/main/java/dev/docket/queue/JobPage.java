package dev.docket.queue;

import dev.docket.job.Job;
import java.util.List;

/**
 * One page of a job listing.
 *
 * @param jobs the jobs, in the listing's order
 * @param total how many jobs the listing has in all
 * @param offset index of the first job of this page
 * @param limit page size asked for
 */
public record JobPage(List<Job> jobs, long total, int offset, int limit) {
}
