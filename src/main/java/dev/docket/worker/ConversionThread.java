package dev.docket.worker;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread a worker slot converts on. It is the slot's own (one at a time, so per-thread caches such
 * as parsed fonts survive from job to job) rather than a thread of the shared worker pool, because a
 * conversion that ignores interruption must not hold a slot forever: when a timed-out conversion does
 * not stop, the slot {@link #abandon()}s this thread (it runs on, as a daemon, until the converter
 * returns) and carries on with a fresh one. Java offers no safe way to kill a thread; this bounds the
 * damage to one leaked thread per runaway document, and says so in the log.
 */
final class ConversionThread {
  private static final Logger LOG = LoggerFactory.getLogger(ConversionThread.class);
  private static final AtomicInteger ABANDONED = new AtomicInteger();

  private final String name;
  private ExecutorService executor;
  private java.util.concurrent.Future<?> running;
  private int generation;

  ConversionThread(String name) {
    this.name = name;
    this.executor = newExecutor();
  }

  /**
   * Runs blocking work on the conversion thread; the result is delivered on {@code context}.
   */
  <T> Future<T> run(Context context, Supplier<T> work) {
    Promise<T> promise = Promise.promise();
    running = executor.submit(() -> {
      try {
        T value = work.get();
        context.runOnContext(v -> promise.tryComplete(value));
      } catch (Throwable t) {
        context.runOnContext(v -> promise.tryFail(t));
      }
    });
    return promise.future();
  }

  /** Interrupts the running work (converters check between pages and on interruption). */
  void interrupt() {
    if (running != null) {
      running.cancel(true);
    }
  }

  /** Gives up on the current thread and starts a fresh one for the next job. */
  void abandon() {
    LOG.error("conversion thread {}-{} ignored interruption past its timeout; abandoning it ({} abandoned so far)",
        name, generation, ABANDONED.incrementAndGet());
    executor.shutdownNow();
    executor = newExecutor();
  }

  void shutdown() {
    executor.shutdownNow();
  }

  /** Threads abandoned by every slot of this process so far. */
  static int abandonedCount() {
    return ABANDONED.get();
  }

  private ExecutorService newExecutor() {
    String threadName = name + "-" + (++generation);
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
  }
}
