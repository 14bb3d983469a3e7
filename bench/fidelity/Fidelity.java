import dev.docket.convert.Conversion;
import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.ConversionLimits;
import dev.docket.convert.Converters;
import dev.docket.convert.DocumentType;
import dev.docket.convert.ProgressListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Fidelity benchmark: converts every file of {@code CORPUS/dev/{pptx,ppt,docx,xlsx}} in-process with
 * the converter Docket offers for it ({@code Converters.find(type, "pdf")}), {@code THREADS} at once
 * (as a worker with that many slots), after one untimed warm-up pass per type; then scores each PDF
 * against LibreOffice's ({@code CORPUS/reference-pdf/dev/<type>/<name>.pdf}) with {@code
 * compare-pdf.sh} (mean SSIM over pages at 50 DPI) and prints, per type: files converted / total,
 * page-count match rate, median and worst mean SSIM (a failed file scores 0), pages/s of the
 * conversions alone (wall clock, {@code THREADS} at once) and their CPU time per page (which other
 * load on the machine does not inflate), the three worst files; then every file's score.
 *
 * <p>Run through {@code bench/fidelity/run}; directly:
 * {@code java -cp target/classes:CP bench/fidelity/Fidelity.java CORPUS COMPARE_SH OUT_DIR THREADS [TYPE...]}
 */
public class Fidelity {
  static final List<String> TYPES = List.of("pptx", "ppt", "docx", "xlsx");
  static final long TIMEOUT_MS = 180_000;
  static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** One file's outcome: pages written (-1 failed), its score, the reference's page count. */
  record Result(Path file, int pages, String error, double ssim, int refPages, String worstPage,
      long cpuNanos) {
    String name() {
      return file.getFileName().toString();
    }
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path compare = Path.of(args[1]);
    Path out = Path.of(args[2]);
    int threads = Integer.parseInt(args[3]);
    List<String> types = args.length > 4 ? List.of(args).subList(4, args.length) : TYPES;
    List<String> details = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%-5s %9s %8s %7s %7s %8s %10s  %s%n", "type", "converted",
        "pages_ok", "median", "worst", "pages/s", "cpu_ms/pg", "three worst (mean SSIM)");
    for (String type : types) {
      List<Path> files = list(corpus.resolve("dev").resolve(type));
      if (files.stream().noneMatch(f -> conversion(f).isPresent())) {
        System.out.printf(Locale.ROOT, "%-5s not offered (%d files)%n", type, files.size());
        continue;
      }
      Path dir = Files.createDirectories(out.resolve(type));
      convertAll(files, dir, threads); // warm-up, not reported
      long t0 = System.nanoTime();
      List<Result> converted = convertAll(files, dir, threads);
      double seconds = (System.nanoTime() - t0) / 1e9;
      List<Result> scored = score(converted, corpus.resolve("reference-pdf/dev").resolve(type),
          dir, compare, threads);
      System.out.println(summary(type, scored, seconds));
      details.add("== " + type);
      scored.stream().sorted(Comparator.comparingDouble(Result::ssim)).forEach(r -> details.add(
          String.format(Locale.ROOT, "  %.4f  %3d/%-3d %-8s %s%s", r.ssim(), Math.max(r.pages(), 0),
              r.refPages(), r.worstPage(), r.name(), r.error() == null ? "" : "  " + r.error())));
    }
    System.out.println();
    System.out.println("per file: mean SSIM, pages ours/LibreOffice, worst page:ssim, file");
    details.forEach(System.out::println);
  }

  static Optional<Conversion> conversion(Path file) {
    return DocumentType.sniff(file).flatMap(t -> Converters.find(t, Converters.PDF));
  }

  static List<Result> convertAll(List<Path> files, Path dir, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> convert(file, dir)));
      }
      List<Result> results = new ArrayList<>();
      for (Future<Result> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  static Result convert(Path file, Path dir) {
    Optional<Conversion> conversion = conversion(file);
    if (conversion.isEmpty()) {
      return new Result(file, -1, "not offered", 0, 0, "", 0);
    }
    long deadline = System.currentTimeMillis() + TIMEOUT_MS;
    ConversionContext context = new ConversionContext(ProgressListener.NONE,
        () -> System.currentTimeMillis() > deadline ? "timed out" : null, ConversionLimits.DEFAULTS);
    long cpu0 = CPU.getCurrentThreadCpuTime();
    try {
      Files.deleteIfExists(pdf(dir, file));
      int pages = conversion.get().converter().convert(file, pdf(dir, file), context);
      return new Result(file, pages, null, 0, 0, "", CPU.getCurrentThreadCpuTime() - cpu0);
    } catch (ConversionException | IOException | RuntimeException | Error e) {
      return new Result(file, -1, e.getClass().getSimpleName() + ": " + e.getMessage(), 0, 0, "",
          CPU.getCurrentThreadCpuTime() - cpu0);
    }
  }

  static Path pdf(Path dir, Path file) {
    return dir.resolve(file.getFileName() + ".pdf");
  }

  static List<Result> score(List<Result> converted, Path refDir, Path dir, Path compare,
      int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (Result r : converted) {
        futures.add(pool.submit(() -> score(r, refDir.resolve(r.name() + ".pdf"), dir, compare)));
      }
      List<Result> results = new ArrayList<>();
      for (Future<Result> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  /** Runs compare-pdf.sh and reads its {@code mean_ssim}, {@code pages_ref} and page lines. */
  static Result score(Result r, Path reference, Path dir, Path compare)
      throws IOException, InterruptedException {
    if (r.pages() < 0 || !Files.exists(reference)) {
      return r;
    }
    Process p = new ProcessBuilder(compare.toString(), pdf(dir, r.file()).toString(),
        reference.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    double ssim = 0;
    int refPages = 0;
    double worst = 2;
    String worstPage = "";
    for (String line : text.split("\n")) {
      String[] cols = line.split("\t");
      if (cols[0].equals("mean_ssim") && !cols[1].equals("NA")) {
        ssim = Double.parseDouble(cols[1]);
      } else if (cols[0].equals("pages_ref")) {
        refPages = Integer.parseInt(cols[1].trim());
      } else if (cols.length >= 2 && cols[0].matches("\\d+") && !cols[1].equals("NA")
          && Double.parseDouble(cols[1]) < worst) {
        worst = Double.parseDouble(cols[1]);
        worstPage = cols[0] + ":" + cols[1];
      }
    }
    return new Result(r.file(), r.pages(), r.error(), ssim, refPages, worstPage, r.cpuNanos());
  }

  static String summary(String type, List<Result> results, double seconds) {
    long ok = results.stream().filter(r -> r.pages() >= 0).count();
    long pagesOk = results.stream().filter(r -> r.pages() >= 0 && r.pages() == r.refPages()).count();
    int pages = results.stream().mapToInt(r -> Math.max(r.pages(), 0)).sum();
    double[] scores = results.stream().mapToDouble(Result::ssim).sorted().toArray();
    double median = scores.length % 2 == 1 ? scores[scores.length / 2]
        : (scores[scores.length / 2 - 1] + scores[scores.length / 2]) / 2;
    StringBuilder worst = new StringBuilder();
    results.stream().sorted(Comparator.comparingDouble(Result::ssim)).limit(3).forEach(r ->
        worst.append(String.format(Locale.ROOT, "%s (%.3f)  ", shorten(r.name()), r.ssim())));
    double cpuMs = results.stream().mapToLong(Result::cpuNanos).sum() / 1e6;
    return String.format(Locale.ROOT, "%-5s %5d/%-3d %7.0f%% %7.3f %7.3f %8.1f %10.1f  %s", type,
        ok, results.size(), 100.0 * pagesOk / results.size(), median, scores[0], pages / seconds,
        cpuMs / Math.max(pages, 1), worst.toString().trim());
  }

  static String shorten(String name) {
    return name.length() <= 40 ? name : name.substring(0, 18) + "…" + name.substring(name.length() - 20);
  }

  static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
