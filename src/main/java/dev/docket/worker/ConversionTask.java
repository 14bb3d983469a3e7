package dev.docket.worker;

import dev.docket.convert.ConversionCancelledException;
import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.ConversionLimits;
import dev.docket.convert.Conversion;
import dev.docket.convert.Converters;
import dev.docket.convert.DocumentType;
import dev.docket.convert.ProgressListener;
import dev.docket.convert.Thumbnails;
import dev.docket.job.ErrorCode;
import dev.docket.job.Job;
import dev.docket.queue.JobResult;
import dev.docket.storage.BlobStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blocking part of one attempt: read the input blob, run the converter, move the result into the
 * blob store. Runs on a worker thread. Never throws: every failure becomes an {@link Outcome.Failure}
 * with a stable code, so a corrupt document fails its job and never the worker.
 */
final class ConversionTask {
  /** Blob name of a job's first-page thumbnail. */
  static final String THUMBNAIL = "thumbnail.png";
  private static final Logger LOG = LoggerFactory.getLogger(ConversionTask.class);

  private final BlobStore blobs;
  private final ConversionLimits limits;

  ConversionTask(BlobStore blobs, ConversionLimits limits) {
    this.blobs = blobs;
    this.limits = limits;
  }

  /**
   * @param job the claimed job
   * @param running its registration (stop reason set by the lease keeper or a cancellation)
   * @param progress receives per-page progress
   */
  Outcome run(Job job, ActiveJobs.RunningJob running, ProgressListener progress) {
    Optional<Conversion> conversion = conversionFor(job);
    if (conversion.isEmpty()) {
      return new Outcome.Failure(ErrorCode.UNSUPPORTED_FORMAT,
          "Docket cannot convert " + job.inputType() + " to " + job.target());
    }
    Path input = blobs.path(job.inputKey());
    if (!Files.isReadable(input)) {
      // Not the document's fault: this worker cannot see the blob store the web node wrote to.
      return new Outcome.Failure(ErrorCode.BLOB_STORE_ERROR, "the uploaded file is not in the blob store at " + input
          + " (is DOCKET_DATA_DIR the same shared volume on every node?)");
    }
    Path tmp = null;
    try {
      tmp = blobs.newTempFile("." + conversion.get().extension());
      ConversionContext context = new ConversionContext(progress, running::stopReasonText, limits);
      int pages = conversion.get().converter().convert(input, tmp, context);
      // One result file per attempt: a worker that lost its lease never overwrites a newer attempt's file.
      String key = BlobStore.key(job.id(), "result-" + job.attempts() + "." + conversion.get().extension());
      long bytes = Files.size(tmp);
      blobs.moveIn(tmp, key);
      thumbnail(job, blobs.path(key), conversion.get().mediaType());
      return new Outcome.Success(new JobResult(key, conversion.get().mediaType(), bytes, pages));
    } catch (ConversionCancelledException e) {
      return stopped(running, StopReason.TIMEOUT); // only interruption stops without a reason: the timeout
    } catch (ConversionException e) {
      // A stop (timeout, cancel) interrupts the thread; POI then fails on its interrupted I/O, which is
      // the stop's doing, not the document's.
      return running.stopReason() != null ? stopped(running, null) : new Outcome.Failure(e.code(), e.getMessage());
    } catch (IOException e) {
      if (running.stopReason() != null) {
        return stopped(running, null);
      }
      LOG.warn("job={} blob store error", job.id(), e);
      return new Outcome.Failure(ErrorCode.BLOB_STORE_ERROR, "could not read or write the blob store: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      if (running.stopReason() != null) {
        return stopped(running, null);
      }
      LOG.error("job={} converter crashed", job.id(), e);
      return new Outcome.Failure(ErrorCode.CONVERSION_FAILED, "the converter failed unexpectedly: " + e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** The first page as a small PNG, {@code <id>/thumbnail.png}; a failure here never fails the job. */
  private void thumbnail(Job job, Path result, String mediaType) {
    Path tmp = null;
    try {
      tmp = blobs.newTempFile(".png");
      Thumbnails.firstPage(result, mediaType, tmp, Thumbnails.DEFAULT_MAX_EDGE_PX);
      blobs.moveIn(tmp, BlobStore.key(job.id(), THUMBNAIL));
    } catch (Exception | OutOfMemoryError e) {
      LOG.warn("job={} no thumbnail: {}", job.id(), e.toString());
    } finally {
      deleteQuietly(tmp);
    }
  }

  private static Outcome stopped(ActiveJobs.RunningJob running, StopReason fallback) {
    StopReason reason = running.stopReason();
    return new Outcome.Stopped(reason != null ? reason : fallback);
  }

  /** Deletes the result file of an attempt whose outcome was refused (its lease was lost). Blocking. */
  void discard(JobResult result) {
    deleteQuietly(blobs.path(result.blobKey()));
  }

  private static Optional<Conversion> conversionFor(Job job) {
    try {
      DocumentType type = DocumentType.valueOf(job.inputType().toUpperCase(Locale.ROOT));
      return Converters.find(type, job.target());
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.warn("could not delete temporary file {}", file, e);
      }
    }
  }
}
