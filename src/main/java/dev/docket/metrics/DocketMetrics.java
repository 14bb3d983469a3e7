package dev.docket.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Docket's own meters, exported at {@code /metrics} in Prometheus format next to the JVM's and Vert.x's.
 *
 * <pre>
 * docket_queue_jobs{state}                 gauge      queued, delayed, active, failed (dead-letter), from Redis
 * docket_jobs_finished_total{outcome,code} counter    completed / failed (with its error code) / cancelled
 * docket_job_queue_wait_seconds            histogram  submitted (or due) → claimed
 * docket_job_processing_seconds            histogram  claimed → outcome recorded
 * docket_pages_converted_total             counter
 * docket_job_retries_total                 counter    transient failures scheduled for another attempt
 * docket_stalled_recoveries_total{result}  counter    requeued / failed (STALLED_LIMIT)
 * docket_lease_losses_total                counter
 * docket_upload_bytes_total                counter
 * docket_webhook_deliveries_total{outcome} counter    webhook attempts: delivered / retried / failed (dead-lettered
 *                                                     after the last attempt) / refused (address not allowed) /
 *                                                     lost (the delivery lease ran out before the result was recorded)
 * </pre>
 */
public final class DocketMetrics {
  private final PrometheusMeterRegistry registry;
  private final Map<String, AtomicLong> queueGauges = new ConcurrentHashMap<>();
  private final Timer queueWait;
  private final Timer processing;
  private final Counter pages;
  private final Counter retries;
  private final Counter leaseLosses;
  private final Counter uploadBytes;

  public DocketMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
    this.queueWait = Timer.builder("docket.job.queue.wait").description("submitted or due until claimed")
        .publishPercentileHistogram().maximumExpectedValue(Duration.ofHours(1)).register(registry);
    this.processing = Timer.builder("docket.job.processing").description("claimed until the outcome is recorded")
        .publishPercentileHistogram().maximumExpectedValue(Duration.ofHours(1)).register(registry);
    this.pages = Counter.builder("docket.pages.converted").register(registry);
    this.retries = Counter.builder("docket.job.retries").register(registry);
    this.leaseLosses = Counter.builder("docket.lease.losses").register(registry);
    this.uploadBytes = Counter.builder("docket.upload.bytes").baseUnit("bytes").register(registry);
    for (String state : new String[] {"queued", "delayed", "active", "failed"}) {
      AtomicLong value = new AtomicLong();
      queueGauges.put(state, value);
      Gauge.builder("docket.queue.jobs", value, AtomicLong::get).tag("state", state).register(registry);
    }
  }

  /** A registry with the JVM's meters bound (memory, GC, threads, class loading, CPU). */
  public static PrometheusMeterRegistry newRegistry() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    return registry;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Updates the queue gauges ({@code queued}, {@code delayed}, {@code active}, {@code failed}). */
  public void queueDepth(String state, long jobs) {
    AtomicLong gauge = queueGauges.get(state);
    if (gauge != null) {
      gauge.set(jobs);
    }
  }

  /**
   * @param outcome completed, failed or cancelled
   * @param code the error code of a failure, or {@code none}
   */
  public void jobFinished(String outcome, String code) {
    Counter.builder("docket.jobs.finished").tag("outcome", outcome).tag("code", code).register(registry).increment();
  }

  public void queueWait(long ms) {
    queueWait.record(Duration.ofMillis(Math.max(0, ms)));
  }

  public void processing(long ms) {
    processing.record(Duration.ofMillis(Math.max(0, ms)));
  }

  public void pagesConverted(int n) {
    pages.increment(n);
  }

  public void retried() {
    retries.increment();
  }

  /** @param result {@code requeued} or {@code failed} */
  public void stalledRecovered(String result, int jobs) {
    Counter.builder("docket.stalled.recoveries").tag("result", result).register(registry).increment(jobs);
  }

  public void leaseLost() {
    leaseLosses.increment();
  }

  /** @param outcome {@code delivered}, {@code retried}, {@code failed}, {@code refused} or {@code lost} */
  public void webhookAttempt(String outcome) {
    Counter.builder("docket.webhook.deliveries").tag("outcome", outcome).register(registry).increment();
  }

  public void uploaded(long bytes) {
    uploadBytes.increment(bytes);
  }
}
