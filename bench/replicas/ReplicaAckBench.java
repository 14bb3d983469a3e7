import dev.docket.config.ReplicaAck;
import dev.docket.job.JobIds;
import dev.docket.queue.JobQueue;
import dev.docket.queue.NewJob;
import dev.docket.queue.RedisClients;
import dev.docket.queue.RedisKeys;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cost of DOCKET_REDIS_MIN_REPLICAS: JobQueue.enqueue (enqueue-3.lua) against a master with one replica,
 * without WAIT (ReplicaAck.NONE) and with WAIT 1 on the same connection (ReplicaAck(1, 1000)), alternating,
 * ROUNDS times. Per configuration: one at a time (latency p50/p99, ms) and IN_FLIGHT at once (jobs/s).
 *
 * <pre>java -cp target/docket.jar bench/replicas/ReplicaAckBench.java MASTER_PORT [JOBS] [IN_FLIGHT] [ROUNDS]</pre>
 */
public class ReplicaAckBench {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Vertx vertx = Vertx.vertx();
    try {
      Redis redis = new RedisClients(vertx, "redis://127.0.0.1:" + port).pooled();
      ReplicaAck[] configs = {ReplicaAck.NONE, new ReplicaAck(1, 1_000)};
      run(redis, configs[0], jobs / 4, inFlight, false); // warm-up
      run(redis, configs[1], jobs / 4, inFlight, false);
      for (int round = 1; round <= rounds; round++) {
        for (ReplicaAck ack : configs) {
          run(redis, ack, jobs, inFlight, true);
        }
      }
    } finally {
      vertx.close().await(30, TimeUnit.SECONDS);
    }
  }

  static void run(Redis redis, ReplicaAck ack, int jobs, int inFlight, boolean print) throws Exception {
    JobQueue queue = new JobQueue(redis, new RedisKeys("bench-" + JobIds.randomToken(6)), ack);
    long[] latencies = new long[jobs];
    for (int i = 0; i < jobs; i++) {
      long start = System.nanoTime();
      queue.enqueue(job(), 3).await(60, TimeUnit.SECONDS);
      latencies[i] = System.nanoTime() - start;
    }
    Arrays.sort(latencies);
    long start = System.nanoTime();
    Promise<Void> done = Promise.promise();
    AtomicInteger started = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    for (int i = 0; i < Math.min(inFlight, jobs); i++) {
      next(queue, jobs, started, finished, done);
    }
    done.future().await(120, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (print) {
      System.out.printf(Locale.ROOT, "min-replicas=%d  one at a time: p50 %.2f ms, p99 %.2f ms   %d in flight: %.0f jobs/s%n",
          ack.minReplicas(), latencies[jobs / 2] / 1e6, latencies[(int) (jobs * 0.99)] / 1e6, inFlight, jobs / seconds);
    }
  }

  static void next(JobQueue queue, int jobs, AtomicInteger started, AtomicInteger finished, Promise<Void> done) {
    if (started.getAndIncrement() >= jobs) {
      return;
    }
    Future<Void> f = queue.enqueue(job(), 3);
    f.onComplete(ar -> {
      if (ar.failed()) {
        done.tryFail(ar.cause());
      } else if (finished.incrementAndGet() == jobs) {
        done.tryComplete();
      } else {
        next(queue, jobs, started, finished, done);
      }
    });
  }

  static NewJob job() {
    String id = JobIds.newId();
    return new NewJob(id, "pdf", "deck.pptx", "pptx", 1_000, id + "/input");
  }
}
