package dev.docket.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared test corpus of real documents: the {@code docket.corpus} system property (Maven sets it to
 * {@code ../shared/corpus}), else {@code ../shared/corpus} from the working directory.
 */
public final class Corpus {
  private Corpus() {
  }

  public static Path root() {
    String configured = System.getProperty("docket.corpus");
    Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "shared", "corpus");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("corpus not found at " + root.toAbsolutePath());
    }
    return root.toAbsolutePath().normalize();
  }

  /** Files of {@code dev/<folder>} ({@code pptx}, {@code ppt}, ...), sorted by name. */
  public static List<Path> dev(String folder) {
    return list(root().resolve("dev").resolve(folder));
  }

  /** Files of {@code edge/}, sorted by name. */
  public static List<Path> edge() {
    return list(root().resolve("edge"));
  }

  /** LibreOffice's PDF of a dev or edge file ({@code reference-pdf/<set>/[<type>/]<name>.pdf}). */
  public static Path reference(Path file) {
    Path folder = file.getParent();
    if (folder.getParent().getFileName().toString().equals("dev")) {
      return root().resolve("reference-pdf/dev").resolve(folder.getFileName()).resolve(file.getFileName() + ".pdf");
    }
    return root().resolve("reference-pdf").resolve(folder.getFileName()).resolve(file.getFileName() + ".pdf");
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
