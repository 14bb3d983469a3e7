package dev.docket.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared test corpus ({@code ../shared/corpus}, or the {@code docket.corpus} system property). */
public final class Corpus {
  private Corpus() {
  }

  public static Path root() {
    String configured = System.getProperty("docket.corpus");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("corpus not found at " + root.toAbsolutePath());
    }
    return root;
  }

  /** Files of one dev folder ({@code pptx}, {@code ppt}, ...), sorted by name. */
  public static List<Path> dev(String type) {
    try (Stream<Path> files = Files.list(root().resolve("dev").resolve(type))) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** LibreOffice's rendering of a dev file. */
  public static Path reference(Path devFile) {
    String type = devFile.getParent().getFileName().toString();
    return root().resolve("reference-pdf/dev").resolve(type).resolve(devFile.getFileName() + ".pdf");
  }
}
