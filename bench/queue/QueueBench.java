import dev.docket.job.Job;
import dev.docket.job.JobIds;
import dev.docket.queue.ChainedTransitions;
import dev.docket.queue.FencedTransitions;
import dev.docket.queue.JobQueue;
import dev.docket.queue.JobResult;
import dev.docket.queue.JobTaker;
import dev.docket.queue.Lease;
import dev.docket.queue.NewJob;
import dev.docket.queue.PipelinedRedis;
import dev.docket.queue.RedisClients;
import dev.docket.queue.RedisKeys;
import dev.docket.queue.TransitionResult;
import dev.docket.worker.ActiveJobs;
import dev.docket.worker.LeaseKeeper;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Docket side of bench/queue: drives Docket's real queue classes (JobQueue, JobTaker, FencedTransitions,
 * LeaseKeeper, ActiveJobs; ChainedTransitions and PipelinedRedis for the fast path) with no-op jobs
 * against one Redis and prints one "@@ {json}" line per measured phase.
 *
 * <pre>java -cp target/docket.jar bench/queue/QueueBench.java PORT [JOBS] [CONCURRENCY] [WARMUP] [VARIANTS] [ROUNDS] [BULLMQ_DIR]</pre>
 *
 * With BULLMQ_DIR (bench/queue/bullmq, after npm ci) the BullMQ side runs in between, as its own node
 * process: per round BullMQ, variant, BullMQ, variant, ..., BullMQ, so that every Docket figure has a BullMQ
 * figure measured just before and just after it; the variant order alternates between rounds.
 *
 * Variants (comma-separated, each measured as add then process on a flushed Redis):
 * <ul>
 *   <li>{@code pooled}: the path that shipped before the worker was chained (kept for comparison).
 *       JobQueue.enqueue on the pooled client; each of CONCURRENCY slots loops JobTaker.take (BRPOPLPUSH,
 *       own connection) -> FencedTransitions.claim -> FencedTransitions.complete on the pooled client.
 *       3 round trips per processed job.</li>
 *   <li>{@code pipelined}: the same calls, JobQueue/FencedTransitions over one PipelinedRedis connection.</li>
 *   <li>{@code shipped}: what Docket runs (web: JobQueue over one PipelinedRedis; worker slots as
 *       ConversionWorkerVerticle loops them): ChainedTransitions.popAndClaim / completeAndClaimNext over
 *       one PipelinedRedis (1 round trip per job while the queue is not empty), falling back to
 *       JobTaker + claim when it is.</li>
 * </ul>
 * Leases are on in every variant: each claim sets {docket}:lease:id with PX = lease, and the real
 * LeaseKeeper renews all held leases every lease/3 (extendLeases, one call per renewal round).
 * Bounded: every phase gives up after PHASE_LIMIT_S seconds.
 */
public class QueueBench {
  static final long PHASE_LIMIT_S = Long.getLong("bench.phaseLimitS", 60);
  static final long LEASE_MS = Long.getLong("lease.ms", 30_000);
  /** Connections one PipelinedRedis shares in the pipelined and shipped variants. */
  static final int CONNECTIONS = Integer.getInteger("bench.connections", PipelinedRedis.DEFAULT_CONNECTIONS);
  static final JobResult NO_OUTPUT = new JobResult("results/none", "application/pdf", 0, 1);

  final Vertx vertx = Vertx.vertx();
  final String url;
  final RedisKeys keys = RedisKeys.DEFAULT;
  final RedisClients clients;
  final Redis probe;
  final int port;

  QueueBench(int port) {
    this.port = port;
    url = "redis://127.0.0.1:" + port;
    clients = new RedisClients(vertx, url);
    probe = clients.dedicated();
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 4_000;
    List<String> variants = List.of((args.length > 4 ? args[4] : "pooled,pipelined,shipped").split(","));
    int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 1;
    java.nio.file.Path bullmq = args.length > 6 ? java.nio.file.Path.of(args[6]) : null;
    QueueBench bench = new QueueBench(port);
    try {
      bench.selfCheck();
      bench.mixedCheck(2_000, concurrency);
      if (warmup > 0) {
        for (String v : variants) {
          bench.runVariant(v, warmup, concurrency, false);
        }
      }
      // Paired schedule: BullMQ runs before and after every Docket variant, so each Docket figure has a
      // reference measured seconds away from it (this machine's load drifts); variant order alternates.
      for (int round = 1; round <= rounds; round++) {
        bench.round = round;
        List<String> order = new ArrayList<>(variants);
        if (round % 2 == 0) {
          java.util.Collections.reverse(order);
        }
        for (String v : order) {
          if (bullmq != null) {
            bench.runBullmq(bullmq, jobs, concurrency, warmup);
          }
          bench.runVariant(v, jobs, concurrency, true);
        }
        if (bullmq != null) {
          bench.runBullmq(bullmq, jobs, concurrency, warmup);
        }
      }
      bench.reset();
    } finally {
      bench.vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
    System.exit(0);
  }

  int round = 1;
  int seq;

  /** One BullMQ measurement (bench/queue/bullmq/bench.mjs in its own node process), its lines relayed. */
  void runBullmq(java.nio.file.Path dir, int jobs, int concurrency, int warmup) throws Exception {
    seq++;
    Process node = new ProcessBuilder("node", "bench.mjs", Integer.toString(port), Integer.toString(jobs),
        Integer.toString(concurrency), Integer.toString(warmup))
        .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> lines = new ArrayList<>();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(node.getInputStream()))) {
      for (String line; (line = out.readLine()) != null; ) {
        lines.add(line);
      }
    }
    if (!node.waitFor(3 * PHASE_LIMIT_S, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      throw new IllegalStateException("BullMQ bench did not finish");
    }
    if (node.exitValue() != 0) {
      throw new IllegalStateException("BullMQ bench failed (" + node.exitValue() + "): " + String.join("\n", lines));
    }
    for (String line : lines) {
      if (line.startsWith("@@ {")) {
        System.out.println("@@ {\"round\":" + round + ",\"seq\":" + seq + "," + line.substring(4));
      }
    }
    System.out.flush();
  }

  void runVariant(String variant, int jobs, int concurrency, boolean report) throws Exception {
    reset();
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("round", round);
    base.put("seq", report ? ++seq : 0);
    base.put("system", "docket");
    base.put("variant", variant);
    base.put("jobs", jobs);
    base.put("concurrency", concurrency);
    base.put("connections", variant.equals("pooled") ? 0 : CONNECTIONS);

    Redis pooled = clients.pooled();
    PipelinedRedis pipelined = new PipelinedRedis(clients::pipelined, CONNECTIONS);
    Redis queueRedis = variant.equals("pooled") ? pooled : pipelined;
    try {
      JobQueue queue = new JobQueue(queueRedis, keys);
      // ---- add: JOBS enqueue calls, CONCURRENCY in flight
      Snapshot before = snapshot();
      long t0 = System.nanoTime();
      int added = await(add(queue, jobs, concurrency));
      double addSeconds = (System.nanoTime() - t0) / 1e9;
      Snapshot after = snapshot();
      check(added == jobs, "added " + added + " of " + jobs);
      check(llen(keys.queue()) == jobs, "queue length after add");
      if (report) {
        emit(base, "add", addSeconds, jobs, before, after, Map.of());
      }

      // ---- process: CONCURRENCY slots, no-op jobs, leases on
      ActiveJobs active = new ActiveJobs();
      FencedTransitions fenced = new FencedTransitions(queueRedis, keys);
      CountingRedis renewals = new CountingRedis(queueRedis); // LeaseKeeper's own view, to count its rounds
      String leaseKeeperId = await(vertx.deployVerticle(
          new LeaseKeeper(new FencedTransitions(renewals, keys), active, LEASE_MS,
              new dev.docket.metrics.DocketMetrics(new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                  io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT)))));
      Counters counters = new Counters(jobs);
      List<JobTaker> takers = new ArrayList<>();
      before = snapshot();
      t0 = System.nanoTime();
      for (int i = 0; i < concurrency; i++) {
        JobTaker taker = new JobTaker(vertx, clients, keys, JobTaker.DEFAULT_POP_TIMEOUT_SECONDS);
        takers.add(taker);
        String worker = "bench/" + ProcessHandle.current().pid() + "/" + i;
        Slot slot = variant.equals("shipped")
            ? new ChainedSlot(new ChainedTransitions(pipelined, keys), fenced, taker, active, counters, worker)
            : new PlainSlot(fenced, taker, active, counters, worker);
        vertx.getOrCreateContext().runOnContext(v -> slot.start());
      }
      try {
        await(counters.done.future());
      } catch (java.util.concurrent.TimeoutException e) {
        throw new IllegalStateException("process phase of " + variant + " timed out: completed " + counters.completed
            + ", refused " + counters.refused + ", queue " + llen(keys.queue()) + ", active " + llen(keys.active())
            + ", completed set " + zcard(keys.completed()) + ", held " + active.size());
      }
      double processSeconds = (System.nanoTime() - t0) / 1e9;
      after = snapshot();
      log(variant + ": closing takers");
      for (JobTaker taker : takers) {
        await(taker.close());
      }
      await(vertx.undeploy(leaseKeeperId));
      log(variant + ": checking");
      check(counters.completed.get() == jobs, "completed " + counters.completed.get() + " of " + jobs);
      check(zcard(keys.completed()) == jobs, "completed set size");
      check(llen(keys.queue()) == 0 && llen(keys.active()) == 0, "queue and active lists empty");
      check(counters.refused.get() == 0, counters.refused.get() + " transitions refused");
      long duplicates = duplicateCompletions();
      check(duplicates == 0, duplicates + " jobs completed more than once");
      if (report) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("blockingTakes", counters.blockingTakes.get());
        extra.put("leaseMs", LEASE_MS);
        extra.put("leaseRenewalRounds", renewals.sent.get());
        emit(base, "process", processSeconds, jobs, before, after, extra);
      }
    } finally {
      log(variant + ": closing clients");
      await(pipelined.close().otherwiseEmpty());
      await(pooled.close().otherwiseEmpty());
      log(variant + ": done");
    }
  }

  static void log(String what) {
    if (Boolean.getBoolean("bench.verbose")) {
      System.err.println(java.time.LocalTime.now() + " " + what);
    }
  }

  // ------------------------------------------------------------------------------------------- add

  Future<Integer> add(JobQueue queue, int jobs, int inFlight) {
    Promise<Integer> done = Promise.promise();
    AtomicInteger issued = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    Runnable[] lane = new Runnable[1];
    lane[0] = () -> {
      if (issued.getAndIncrement() >= jobs) {
        return;
      }
      String id = JobIds.newId();
      queue.enqueue(new NewJob(id, "pdf", "deck.pptx", "pptx", 123_456, "uploads/" + id), 3)
          .onComplete(ar -> {
            if (ar.succeeded()) {
              ok.incrementAndGet();
            } else {
              System.err.println("enqueue failed: " + ar.cause());
            }
            if (finished.incrementAndGet() == jobs) {
              done.tryComplete(ok.get());
            } else {
              lane[0].run();
            }
          });
    };
    vertx.getOrCreateContext().runOnContext(v -> {
      for (int i = 0; i < inFlight; i++) {
        lane[0].run();
      }
    });
    return done.future();
  }

  // --------------------------------------------------------------------------------------- process

  static final class Counters {
    final int target;
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicLong blockingTakes = new AtomicLong();
    final Promise<Void> done = Promise.promise();

    Counters(int target) {
      this.target = target;
    }

    void record(TransitionResult r) {
      if (r == TransitionResult.APPLIED) {
        if (completed.incrementAndGet() == target) {
          done.tryComplete();
        }
      } else {
        refused.incrementAndGet();
      }
    }

    boolean finished() {
      return done.future().isComplete();
    }
  }

  interface Slot {
    void start();
  }

  /** The shipped worker loop without the conversion: take (BRPOPLPUSH) -> claim -> complete. */
  static final class PlainSlot implements Slot {
    final FencedTransitions fenced;
    final JobTaker taker;
    final ActiveJobs active;
    final Counters counters;
    final String worker;

    PlainSlot(FencedTransitions fenced, JobTaker taker, ActiveJobs active, Counters counters, String worker) {
      this.fenced = fenced;
      this.taker = taker;
      this.active = active;
      this.counters = counters;
      this.worker = worker;
    }

    public void start() {
      loop();
    }

    void loop() {
      if (counters.finished()) {
        return;
      }
      taker.take().onComplete(ar -> {
        String id = ar.succeeded() ? ar.result() : null;
        if (id == null) {
          loop();
          return;
        }
        counters.blockingTakes.incrementAndGet();
        Lease lease = new Lease(id, JobIds.randomToken(16));
        fenced.claim(lease, worker, LEASE_MS)
            .compose(job -> {
              if (job.isEmpty()) {
                return Future.succeededFuture();
              }
              active.add(lease);
              return fenced.complete(lease, NO_OUTPUT).onSuccess(counters::record).eventually(() -> {
                active.remove(lease);
                return Future.succeededFuture();
              });
            })
            .onComplete(x -> {
              if (x.failed()) {
                System.err.println("slot error: " + x.cause());
              }
              loop();
            });
      });
    }
  }

  /** The fast path: popAndClaim, then completeAndClaimNext while the queue has work; blocking pop when empty. */
  static final class ChainedSlot implements Slot {
    final ChainedTransitions chained;
    final FencedTransitions fenced;
    final JobTaker taker;
    final ActiveJobs active;
    final Counters counters;
    final String worker;

    ChainedSlot(ChainedTransitions chained, FencedTransitions fenced, JobTaker taker, ActiveJobs active,
        Counters counters, String worker) {
      this.chained = chained;
      this.fenced = fenced;
      this.taker = taker;
      this.active = active;
      this.counters = counters;
      this.worker = worker;
    }

    public void start() {
      idle();
    }

    /** No job in hand: try the non-blocking pop + claim, else block. */
    void idle() {
      if (counters.finished()) {
        return;
      }
      chained.popAndClaim(JobIds.randomToken(16), worker, LEASE_MS).onComplete(ar -> {
        if (ar.succeeded() && ar.result().isPresent()) {
          run(ar.result().get());
        } else {
          if (ar.failed()) {
            System.err.println("popAndClaim failed: " + ar.cause());
          }
          block();
        }
      });
    }

    void block() {
      if (counters.finished()) {
        return;
      }
      taker.take().onComplete(ar -> {
        String id = ar.succeeded() ? ar.result() : null;
        if (id == null) {
          idle();
          return;
        }
        counters.blockingTakes.incrementAndGet();
        Lease lease = new Lease(id, JobIds.randomToken(16));
        fenced.claim(lease, worker, LEASE_MS).onComplete(c -> {
          if (c.succeeded() && c.result().isPresent()) {
            run(new ChainedTransitions.Claimed(lease, c.result().get()));
          } else {
            idle();
          }
        });
      });
    }

    /** The no-op job, then its result recorded together with claiming the next one. */
    void run(ChainedTransitions.Claimed claimed) {
      Lease lease = claimed.lease();
      active.add(lease);
      chained.completeAndClaimNext(lease, NO_OUTPUT, JobIds.randomToken(16), worker, LEASE_MS).onComplete(ar -> {
        active.remove(lease);
        if (ar.failed()) {
          System.err.println("completeAndClaimNext failed: " + ar.cause());
          idle();
          return;
        }
        counters.record(ar.result().completed());
        Optional<ChainedTransitions.Claimed> next = ar.result().next();
        if (next.isPresent()) {
          run(next.get());
        } else {
          idle();
        }
      });
    }
  }

  /** Delegates to a Redis and counts what is sent through it. */
  static final class CountingRedis implements Redis {
    final Redis delegate;
    final AtomicLong sent = new AtomicLong();

    CountingRedis(Redis delegate) {
      this.delegate = delegate;
    }

    public Future<io.vertx.redis.client.RedisConnection> connect() {
      return delegate.connect();
    }

    public Future<Void> close() {
      return Future.succeededFuture();
    }

    public Future<Response> send(Request request) {
      sent.incrementAndGet();
      return delegate.send(request);
    }

    public Future<List<Response>> batch(List<Request> requests) {
      sent.incrementAndGet();
      return delegate.batch(requests);
    }
  }

  // ---------------------------------------------------------------------------------- self-check

  /** The composite scripts keep complete-5's fencing and claim-4's skipping of unclaimable ids. */
  void selfCheck() throws Exception {
    reset();
    PipelinedRedis redis = new PipelinedRedis(clients.dedicated());
    try {
      JobQueue queue = new JobQueue(redis, keys);
      ChainedTransitions chained = new ChainedTransitions(redis, keys);
      String a = JobIds.newId();
      String b = JobIds.newId();
      String c = JobIds.newId();
      for (String id : List.of(a, b, c)) {
        await(queue.enqueue(new NewJob(id, "pdf", "x.pptx", "pptx", 1, "uploads/" + id), 3));
      }
      Optional<ChainedTransitions.Claimed> first = await(chained.popAndClaim("tok-a", "check", LEASE_MS));
      check(first.isPresent() && first.get().lease().jobId().equals(a), "popAndClaim takes the oldest job");
      check("active".equals(first.get().job().fields().get("state")), "claimed job is active");
      check("tok-a".equals(await(probe.send(Request.cmd(Command.GET).arg(keys.lease(a)))).toString()), "lease key set");
      await(queue.cancel(b)); // b is queued: cancel-4 cancels it and removes its id from the queue
      // a wrong token is refused and writes nothing, but the next job is still claimed
      ChainedTransitions.Step wrong = await(chained.completeAndClaimNext(new Lease(a, "not-the-token"), NO_OUTPUT,
          "tok-c", "check", LEASE_MS));
      check(wrong.completed() == TransitionResult.LEASE_LOST, "wrong token refused: " + wrong.completed());
      check(wrong.next().isPresent() && wrong.next().get().lease().jobId().equals(c), "next job claimed: " + wrong.next());
      check("active".equals(hget(keys.job(a), "state")), "refused completion wrote nothing");
      ChainedTransitions.Step right = await(chained.completeAndClaimNext(new Lease(a, "tok-a"), NO_OUTPUT,
          "tok-x", "check", LEASE_MS));
      check(right.completed() == TransitionResult.APPLIED && right.next().isEmpty(), "completed, queue empty");
      check("completed".equals(hget(keys.job(a), "state")) && "1".equals(hget(keys.job(a), "completions")),
          "completion recorded once");
      ChainedTransitions.Step again = await(chained.completeAndClaimNext(new Lease(a, "tok-a"), NO_OUTPUT,
          "tok-y", "check", LEASE_MS));
      check(again.completed() == TransitionResult.LEASE_LOST, "second completion refused: " + again.completed());
      // an id whose job is no longer queued is dropped from active and the next one claimed
      String d = JobIds.newId();
      String e = JobIds.newId();
      await(queue.enqueue(new NewJob(d, "pdf", "x.pptx", "pptx", 1, "uploads/" + d), 3));
      await(queue.enqueue(new NewJob(e, "pdf", "x.pptx", "pptx", 1, "uploads/" + e), 3));
      await(probe.send(Request.cmd(Command.HSET).arg(keys.job(d)).arg("state").arg("cancelled")));
      Optional<ChainedTransitions.Claimed> skip = await(chained.popAndClaim("tok-e", "check", LEASE_MS));
      check(skip.isPresent() && skip.get().lease().jobId().equals(e), "unclaimable id skipped");
      check(llen(keys.active()) == 2, "active holds c and e only");
      System.err.println("self-check passed");
    } finally {
      await(redis.close().otherwiseEmpty());
    }
  }

  /**
   * The chained slots' empty-queue path: slots start on an empty queue (all blocked in BRPOPLPUSH), then
   * jobs arrive; every job must complete exactly once, taken either by a blocking pop + claim-4 or chained.
   */
  void mixedCheck(int jobs, int concurrency) throws Exception {
    reset();
    PipelinedRedis pipelined = new PipelinedRedis(clients.dedicated());
    ActiveJobs active = new ActiveJobs();
    FencedTransitions fenced = new FencedTransitions(pipelined, keys);
    ChainedTransitions chained = new ChainedTransitions(pipelined, keys);
    Counters counters = new Counters(jobs);
    List<JobTaker> takers = new ArrayList<>();
    try {
      for (int i = 0; i < concurrency; i++) {
        JobTaker taker = new JobTaker(vertx, clients, keys, 1);
        takers.add(taker);
        Slot slot = new ChainedSlot(chained, fenced, taker, active, counters, "check/" + i);
        vertx.getOrCreateContext().runOnContext(v -> slot.start());
      }
      Thread.sleep(300);
      await(add(new JobQueue(pipelined, keys), jobs, concurrency));
      await(counters.done.future());
      for (JobTaker taker : takers) {
        await(taker.close());
      }
      check(counters.refused.get() == 0 && zcard(keys.completed()) == jobs, "all completed");
      check(llen(keys.queue()) == 0 && llen(keys.active()) == 0, "queue and active lists empty");
      check(duplicateCompletions() == 0, "no job completed twice");
      check(counters.blockingTakes.get() > 0, "some jobs came through the blocking pop");
      System.err.println("mixed check passed: " + jobs + " jobs, " + counters.blockingTakes.get()
          + " through the blocking pop, the rest chained");
    } finally {
      await(pipelined.close().otherwiseEmpty());
    }
  }

  // ------------------------------------------------------------------------------- redis helpers

  record Snapshot(long commands, long reads, long writes, Map<String, Long> calls, double redisCpuS, long clientCpuNs) {
  }

  Snapshot snapshot() throws Exception {
    long clientCpuNs = ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    String info = await(probe.send(Request.cmd(Command.INFO).arg("stats").arg("commandstats").arg("cpu"))).toString();
    double redisCpuS = 0;
    long commands = 0;
    long reads = 0;
    long writes = 0;
    Map<String, Long> calls = new TreeMap<>();
    for (String line : info.split("\r?\n")) {
      if (line.startsWith("total_commands_processed:")) {
        commands = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
      } else if (line.startsWith("total_reads_processed:")) {
        reads = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
      } else if (line.startsWith("total_writes_processed:")) {
        writes = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
      } else if (line.startsWith("used_cpu_sys:") || line.startsWith("used_cpu_user:")) {
        redisCpuS += Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
      } else if (line.startsWith("cmdstat_")) {
        String name = line.substring(8, line.indexOf(':'));
        int at = line.indexOf("calls=") + 6;
        calls.put(name, Long.parseLong(line.substring(at, line.indexOf(',', at))));
      }
    }
    return new Snapshot(commands, reads, writes, calls, redisCpuS, clientCpuNs);
  }

  /** Commands a client sends itself (never run inside a script in either system's hot path). */
  static final java.util.Set<String> CLIENT_COMMANDS = java.util.Set.of("evalsha", "eval", "evalsha_ro", "eval_ro",
      "fcall", "brpoplpush", "blmove", "brpop", "blpop", "bzpopmin", "bzpopmax", "client|setname", "client|setinfo",
      "hello", "ping", "select", "multi", "exec", "script|load", "info");

  void emit(Map<String, Object> base, String phase, double seconds, int jobs, Snapshot before, Snapshot after,
      Map<String, Object> extra) {
    Map<String, Long> delta = new TreeMap<>();
    after.calls().forEach((k, v) -> {
      long d = v - before.calls().getOrDefault(k, 0L) - (k.equals("info") ? 1 : 0);
      if (d > 0) {
        delta.put(k, d);
      }
    });
    long clientCalls = delta.entrySet().stream().filter(en -> CLIENT_COMMANDS.contains(en.getKey()))
        .mapToLong(Map.Entry::getValue).sum();
    StringBuilder json = new StringBuilder("{");
    base.forEach((k, v) -> json.append(q(k)).append(':').append(v instanceof String s ? q(s) : v).append(','));
    json.append(q("phase")).append(':').append(q(phase)).append(',');
    json.append(q("seconds")).append(':').append(fmt(seconds)).append(',');
    json.append(q("rate")).append(':').append(fmt(jobs / seconds)).append(',');
    json.append(q("clientCallsPerJob")).append(':').append(fmt((double) clientCalls / jobs)).append(',');
    json.append(q("commandsPerJob")).append(':').append(fmt((after.commands() - before.commands() - 1.0) / jobs)).append(',');
    json.append(q("readsPerJob")).append(':').append(fmt((after.reads() - before.reads() - 1.0) / jobs)).append(',');
    json.append(q("writesPerJob")).append(':').append(fmt((after.writes() - before.writes() - 1.0) / jobs)).append(',');
    json.append(q("redisCpuUsPerJob")).append(':').append(fmt((after.redisCpuS() - before.redisCpuS()) * 1e6 / jobs)).append(',');
    json.append(q("clientCpuUsPerJob")).append(':').append(fmt((after.clientCpuNs() - before.clientCpuNs()) / 1e3 / jobs)).append(',');
    extra.forEach((k, v) -> json.append(q(k)).append(':').append(v instanceof String s ? q(s) : v).append(','));
    json.append(q("calls")).append(":{");
    json.append(String.join(",", delta.entrySet().stream().map(en -> q(en.getKey()) + ":" + en.getValue()).toList()));
    json.append("}}");
    System.out.println("@@ " + json);
    System.out.flush();
  }

  static String q(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  static String fmt(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  /** FLUSHALL; with AOF on, also rewrite the AOF so every variant starts from the same small file. */
  void reset() throws Exception {
    await(probe.send(Request.cmd(Command.FLUSHALL).arg("SYNC")));
    String persistence = await(probe.send(Request.cmd(Command.INFO).arg("persistence"))).toString();
    if (persistence.contains("aof_enabled:1")) {
      waitForNoRewrite();
      await(probe.send(Request.cmd(Command.BGREWRITEAOF)));
      waitForNoRewrite();
    }
  }

  void waitForNoRewrite() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      String p = await(probe.send(Request.cmd(Command.INFO).arg("persistence"))).toString();
      if (p.contains("aof_rewrite_in_progress:0") && p.contains("aof_rewrite_scheduled:0")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("AOF rewrite did not finish in 30 s");
  }

  long llen(String key) throws Exception {
    return await(probe.send(Request.cmd(Command.LLEN).arg(key))).toLong();
  }

  long zcard(String key) throws Exception {
    return await(probe.send(Request.cmd(Command.ZCARD).arg(key))).toLong();
  }

  String hget(String key, String field) throws Exception {
    Response r = await(probe.send(Request.cmd(Command.HGET).arg(key).arg(field)));
    return r == null ? null : r.toString();
  }

  /** Jobs whose completions counter is not exactly 1 (complete-5 increments it; bench/chaos audits it too). */
  long duplicateCompletions() throws Exception {
    String script = "local n = 0 for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do "
        + "if redis.call('HGET', ARGV[1] .. 'job:' .. id, 'completions') ~= '1' then n = n + 1 end end return n";
    return await(probe.send(Request.cmd(Command.EVAL).arg(script).arg(1).arg(keys.completed()).arg(keys.prefix()))).toLong();
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("check failed: " + what);
    }
  }

  static <T> T await(Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(PHASE_LIMIT_S, TimeUnit.SECONDS);
  }
}
