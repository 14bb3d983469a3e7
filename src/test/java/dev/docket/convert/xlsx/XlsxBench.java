package dev.docket.convert.xlsx;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.support.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures XLSX to PDF speed over {@code corpus/dev/xlsx}: two warm-up passes, then pages/s
 * single-threaded and with {@code threads} conversions at once (best of {@code rounds}). Not a
 * test. Run from the module folder:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.docket.convert.xlsx.XlsxBench [threads] [rounds]
 * </pre>
 */
public final class XlsxBench {
  private XlsxBench() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Path> files = Corpus.dev("xlsx");
    Path out = Files.createTempDirectory("docket-xlsx-bench");
    run(files, out, 1);
    run(files, out, threads);
    double single = 0;
    double parallel = 0;
    for (int i = 0; i < rounds; i++) {
      single = Math.max(single, run(files, out, 1));
      parallel = Math.max(parallel, run(files, out, threads));
    }
    System.out.printf(Locale.ROOT, "XLSX: %.1f pages/s single-threaded, %.1f pages/s with %d at once%n",
        single, parallel, threads);
  }

  /** Converts every file, spread over {@code threads} threads; returns pages per second. */
  private static double run(List<Path> files, Path out, int threads) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger pages = new AtomicInteger();
    long start = System.nanoTime();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int id = t;
      workers[t] = new Thread(() -> {
        for (int i; (i = next.getAndIncrement()) < files.size(); ) {
          Path in = files.get(i);
          try {
            pages.addAndGet(new XlsxToPdf().convert(in, out.resolve(id + "-" + in.getFileName()
                + ".pdf"), ConversionContext.unbounded()));
          } catch (ConversionException e) {
            System.err.println(in.getFileName() + ": " + e.code() + " " + e.getMessage());
          }
        }
      });
      workers[t].start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return pages.get() / ((System.nanoTime() - start) / 1e9);
  }
}
