package dev.docket.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A conversion that ignores interruption cannot hold its slot: the thread is abandoned and a fresh one serves. */
class ConversionThreadTest {
  @Test
  void anInterruptionIgnoringTaskIsAbandonedAndTheNextTaskRunsOnAFreshThread() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      Context context = vertx.getOrCreateContext();
      ConversionThread thread = new ConversionThread("test-slot");
      AtomicBoolean release = new AtomicBoolean();
      String[] stuckOn = new String[1];
      var stuck = thread.run(context, () -> {
        stuckOn[0] = Thread.currentThread().getName();
        while (!release.get()) {
          Thread.onSpinWait(); // ignores interruption, like a runaway parser loop
        }
        return "late";
      });
      Thread.sleep(100);
      thread.interrupt();
      Thread.sleep(100);
      assertTrue(!stuck.isComplete(), "interruption alone does not stop it");
      int before = ConversionThread.abandonedCount();
      thread.abandon();
      assertEquals(before + 1, ConversionThread.abandonedCount());
      String next = thread.run(context, () -> Thread.currentThread().getName()).await(5, TimeUnit.SECONDS);
      assertNotEquals(stuckOn[0], next, "served by a fresh thread while the old one is still stuck");
      release.set(true);
    } finally {
      vertx.close().await(5, TimeUnit.SECONDS);
    }
  }
}
