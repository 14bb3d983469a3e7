package dev.docket.worker;

import dev.docket.config.QueueSettings;
import dev.docket.queue.Maintenance;
import dev.docket.storage.BlobStore;
import dev.docket.queue.WebhookOutbox;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic queue maintenance, on an event loop, every {@link QueueSettings#sweepIntervalMs()} (a quarter
 * lease): the node that takes the short-lived lock sweeps for all nodes — promotes due retries, recovers
 * stalled jobs (two-phase), promotes due webhook retries and recovers webhook deliveries whose dispatcher
 * died (two-phase), and expires finished jobs past the retention, deleting their blobs. Every node runs
 * one; at most one sweeps per interval.
 */
public final class Reaper extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(Reaper.class);

  private final Maintenance maintenance;
  private final dev.docket.queue.Stats stats;
  private final BlobStore blobs;
  private final QueueSettings settings;
  private final String node;
  private long timerId = -1;
  private boolean sweeping;

  private final dev.docket.metrics.DocketMetrics metrics;
  private final WebhookOutbox webhooks;

  public Reaper(Maintenance maintenance, dev.docket.queue.Stats stats, BlobStore blobs, QueueSettings settings,
      String node, dev.docket.metrics.DocketMetrics metrics, WebhookOutbox webhooks) {
    this.metrics = metrics;
    this.webhooks = webhooks;
    this.maintenance = maintenance;
    this.stats = stats;
    this.blobs = blobs;
    this.settings = settings;
    this.node = node;
  }

  @Override
  public Future<?> start() {
    timerId = vertx.setPeriodic(settings.sweepIntervalMs(), id -> sweep());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timerId);
    return Future.succeededFuture();
  }

  private void sweep() {
    if (sweeping) {
      return;
    }
    sweeping = true;
    // The lock lives a little less than an interval, so the next interval's sweep can take it.
    maintenance.tryLock(node, settings.sweepIntervalMs() * 9 / 10)
        .compose(mine -> mine ? runSweep() : Future.succeededFuture())
        .onFailure(err -> LOG.debug("sweep skipped: {}", err.getMessage()))
        .onComplete(ar -> sweeping = false);
  }

  private Future<Void> runSweep() {
    return maintenance.promoteDelayed()
        .onSuccess(n -> {
          if (n > 0) {
            LOG.info("promoted {} due retries", n);
          }
        })
        .compose(n -> maintenance.reapStalled(settings.maxStalled()))
        .onSuccess(s -> {
          metrics.stalledRecovered("requeued", s.requeued().size());
          metrics.stalledRecovered("failed", s.failed().size());
          s.requeued().forEach(id -> LOG.warn("job={} stalled (its worker stopped); requeued", id));
          s.failed().forEach(id -> {
            LOG.warn("job={} stalled too often; failed with STALLED_LIMIT", id);
            stats.recordFinished("failed");
          });
          s.cancelled().forEach(id -> LOG.info("job={} stalled while cancelling; cancelled", id));
        })
        .compose(s -> sweepWebhooks())
        .compose(v -> maintenance.expireFinished(settings.retentionMs()))
        .compose(this::deleteBlobs);
  }

  private Future<Void> sweepWebhooks() {
    return webhooks.promoteDue()
        .compose(n -> webhooks.reapStalled())
        .onSuccess(ids -> ids.forEach(id -> LOG.warn("job={} webhook delivery stalled (its dispatcher stopped); requeued",
            id)))
        .mapEmpty();
  }

  private Future<Void> deleteBlobs(List<String> expired) {
    if (expired.isEmpty()) {
      return Future.succeededFuture();
    }
    LOG.info("expiring {} finished jobs past retention", expired.size());
    return vertx.executeBlocking(() -> {
      for (String id : expired) {
        blobs.deleteJob(id);
      }
      return null;
    }, false);
  }
}
