package dev.docket.convert.docx;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.support.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures DOCX to PDF speed over the dev corpus: two warm-up passes, then one timed pass on one
 * thread and one with {@code threads} threads each converting the whole corpus (so that many
 * conversions always run at once); prints pages/s. Not a test. Run from the module folder:
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     dev.docket.convert.docx.DocxToPdfBench [corpus-dir] [threads]
 * </pre>
 */
public final class DocxToPdfBench {
  private DocxToPdfBench() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : Corpus.root().toString());
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<Path> files;
    try (var list = Files.list(corpus.resolve("dev").resolve("docx"))) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    Path out = Files.createTempDirectory("docx-bench");
    run(files, out, 1);
    run(files, out, 1);
    double single = run(files, out, 1);
    double parallel = run(files, out, threads);
    System.out.printf(Locale.ROOT, "DOCX: %.1f pages/s single-threaded, %.1f pages/s with %d at once%n",
        single, parallel, threads);
  }

  /** Every thread converts every file; returns pages per second over all threads. */
  private static double run(List<Path> files, Path out, int threads) throws InterruptedException {
    AtomicInteger pages = new AtomicInteger();
    long start = System.nanoTime();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      Path dir = out.resolve("t" + t);
      workers[t] = new Thread(() -> {
        DocxToPdf converter = new DocxToPdf();
        for (Path in : files) {
          try {
            Files.createDirectories(dir);
            pages.addAndGet(converter.convert(in, dir.resolve(in.getFileName() + ".pdf"),
                ConversionContext.unbounded()));
          } catch (ConversionException | java.io.IOException e) {
            System.err.println(in.getFileName() + ": " + e.getMessage());
          }
        }
      });
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
    return pages.get() / ((System.nanoTime() - start) / 1e9);
  }
}
