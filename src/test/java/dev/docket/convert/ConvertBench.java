package dev.docket.convert;

import dev.docket.support.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures conversion speed over the dev corpus: for each type (pptx, ppt), one warm-up pass, then
 * timed passes; prints pages/s single-threaded and with {@code threads} conversions at once. Not a
 * test. Run from the module folder:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.docket.convert.ConvertBench [corpus-dir] [threads]
 * </pre>
 */
public final class ConvertBench {
  private ConvertBench() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : Corpus.root().toString());
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path out = Files.createTempDirectory("docket-bench");
    for (DocumentType type : List.of(DocumentType.PPTX, DocumentType.PPT)) {
      List<Path> files = list(corpus.resolve("dev").resolve(type.extension()));
      run(type, files, out, 1); // warm-up
      double single = run(type, files, out, 1);
      double parallel = run(type, files, out, threads);
      System.out.printf(Locale.ROOT, "%s: %.1f pages/s single-threaded, %.1f pages/s with %d at once%n",
          type, single, parallel, threads);
    }
  }

  /** Converts every file, spread over {@code threads} threads; returns pages per second. */
  private static double run(DocumentType type, List<Path> files, Path out, int threads)
      throws Exception {
    Converter converter = Converters.find(type, "pdf").orElseThrow().converter();
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
    long start = System.nanoTime();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(() -> {
        for (int i; (i = next.getAndIncrement()) < files.size(); ) {
          Path in = files.get(i);
          try {
            pages.addAndGet(converter.convert(in, out.resolve(in.getFileName() + ".pdf"),
                ConversionContext.unbounded()));
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
    double seconds = (System.nanoTime() - start) / 1e9;
    return pages.get() / seconds;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
