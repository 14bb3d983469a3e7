package dev.docket.convert.edge;

import dev.docket.convert.Conversion;
import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.Converters;
import dev.docket.convert.DocumentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs sniff → {@code Converters.find(type, "pdf")} → convert over every file of a folder, one at a
 * time with a deadline each, and prints one line per file: {@code EDGE <tab> name <tab> outcome},
 * the outcome being {@code not sniffed}, {@code not offered}, {@code converts}, an error code,
 * {@code HANG} or {@code THROWN <class>}. Started by {@link EdgeCorpusTest} in a JVM with a small
 * heap, so an out-of-memory shows as {@code THROWN java.lang.OutOfMemoryError}.
 */
public final class EdgeRunner {
  static final String PREFIX = "EDGE\t";
  static final long DEADLINE_SECONDS = 60;

  private EdgeRunner() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    Path out = Files.createTempDirectory("docket-edge");
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    ExecutorService worker = worker();
    for (Path file : files) {
      String outcome = outcome(file, out.resolve("out.pdf"), worker);
      System.out.println(PREFIX + file.getFileName() + "\t" + outcome);
      System.out.flush();
      if (outcome.equals("HANG")) {
        worker = worker(); // the stuck thread is abandoned
      }
    }
    System.exit(0);
  }

  private static ExecutorService worker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "edge-worker");
      t.setDaemon(true);
      return t;
    });
  }

  private static String outcome(Path file, Path pdf, ExecutorService worker) throws Exception {
    Optional<DocumentType> type = DocumentType.sniff(file);
    if (type.isEmpty()) {
      return "not sniffed";
    }
    Optional<Conversion> conversion = Converters.find(type.get(), Converters.PDF);
    if (conversion.isEmpty()) {
      return "not offered";
    }
    Future<String> run = worker.submit(() -> {
      try {
        conversion.get().converter().convert(file, pdf, ConversionContext.unbounded());
        return "converts";
      } catch (ConversionException e) {
        return e.code().name();
      } catch (Throwable t) {
        return "THROWN " + t.getClass().getName();
      } finally {
        Files.deleteIfExists(pdf);
      }
    });
    try {
      return run.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      return "HANG";
    }
  }
}
