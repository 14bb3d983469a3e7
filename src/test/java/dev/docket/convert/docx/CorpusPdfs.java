package dev.docket.convert.docx;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.support.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Our PDF and LibreOffice's reference PDF of a {@code corpus/dev/docx} file by name. Each file is
 * converted once, on first use, into a temporary directory that {@link #close} removes.
 */
final class CorpusPdfs implements AutoCloseable {
  private final Map<String, Path> converted = new HashMap<>();
  private Path dir;

  /** Our PDF of the named file, converted on the first call. */
  Path ours(String name) throws IOException, ConversionException {
    Path pdf = converted.get(name);
    if (pdf == null) {
      if (dir == null) {
        dir = Files.createTempDirectory("docx-pdfs");
      }
      pdf = dir.resolve(name + ".pdf");
      new DocxToPdf().convert(source(name), pdf, ConversionContext.unbounded());
      converted.put(name, pdf);
    }
    return pdf;
  }

  /** LibreOffice's PDF of the named file. */
  static Path reference(String name) {
    return Corpus.reference(source(name));
  }

  private static Path source(String name) {
    return Corpus.root().resolve("dev/docx").resolve(name);
  }

  @Override
  public void close() throws IOException {
    for (Path pdf : converted.values()) {
      Files.deleteIfExists(pdf);
    }
    converted.clear();
    if (dir != null) {
      Files.deleteIfExists(dir);
      dir = null;
    }
  }
}
