package dev.docket.convert;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the TrueType file behind an AWT {@link Font}, so that the PDF embeds exactly the font AWT
 * laid the text out with. The index maps each face's full name ({@link Font#getFontName(Locale)},
 * e.g. "Carlito Bold") to its file; it is built once from the font directories ({@code .ttf} and
 * {@code .ttc}; CFF-flavoured {@code .otf} cannot be embedded as a subset by PDFBox and is skipped).
 *
 * <p>Parsed {@link TrueTypeFont}s are cached per thread: PDFBox may read a font lazily while a
 * document is saved, and its parser is not meant for concurrent use, while worker threads are
 * long-lived and convert one document at a time. File bytes are shared between threads.
 */
public final class FontFiles {
  private static final Logger LOG = LoggerFactory.getLogger(FontFiles.class);
  private static final List<Path> DIRS = List.of(Path.of("/usr/share/fonts"),
      Path.of("/usr/local/share/fonts"), Path.of(System.getProperty("java.home"), "lib", "fonts"));

  /** One face in one file; {@code psName} picks the face inside a collection (.ttc). */
  public record Face(Path file, String psName, boolean collection) {}

  private static final Map<Path, byte[]> BYTES = new ConcurrentHashMap<>();
  private static final ThreadLocal<Map<Face, TrueTypeFont>> PARSED =
      ThreadLocal.withInitial(HashMap::new);

  private FontFiles() {}

  /** The face AWT uses for this font, if it comes from an embeddable file. */
  public static Optional<Face> lookup(Font font) {
    return Optional.ofNullable(Index.BY_NAME.get(font.getFontName(Locale.ROOT)));
  }

  /**
   * The parsed font, cached for this thread. Pass it to {@code PDType0Font.load(doc, ttf, true)},
   * which neither closes nor changes it.
   */
  public static TrueTypeFont trueType(Face face) throws IOException {
    Map<Face, TrueTypeFont> cache = PARSED.get();
    TrueTypeFont ttf = cache.get(face);
    if (ttf == null) {
      ttf = parse(face);
      cache.put(face, ttf);
    }
    return ttf;
  }

  /**
   * Parses the face with glyph substitution (GSUB) off: AWT laid the text out glyph by glyph, so
   * PDFBox must not form ligatures (narrower, and without Unicode mapping for copy and search).
   */
  private static TrueTypeFont parse(Face face) throws IOException {
    TrueTypeFont ttf = parseFile(face);
    ttf.setEnableGsub(false);
    return ttf;
  }

  private static TrueTypeFont parseFile(Face face) throws IOException {
    byte[] bytes = BYTES.computeIfAbsent(face.file(), FontFiles::readAll);
    if (face.collection()) {
      @SuppressWarnings("resource") // stays open with the font it holds, for this thread's life
      TrueTypeCollection ttc = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
      TrueTypeFont ttf = ttc.getFontByName(face.psName());
      if (ttf == null) {
        throw new IOException("no face " + face.psName() + " in " + face.file());
      }
      return ttf;
    }
    return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Full face name to file, built on first use. */
  private static final class Index {
    static final Map<String, Face> BY_NAME = build();

    private static Map<String, Face> build() {
      long start = System.nanoTime();
      Map<String, Face> index = new HashMap<>();
      for (Path dir : DIRS) {
        if (!Files.isDirectory(dir)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(Files::isRegularFile).sorted().forEach(f -> add(index, f));
        } catch (IOException | RuntimeException e) {
          LOG.warn("cannot list fonts in {}: {}", dir, e.toString());
        }
      }
      LOG.info("indexed {} font faces in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
      return Map.copyOf(index);
    }

    private static void add(Map<String, Face> index, Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      boolean collection = name.endsWith(".ttc");
      if (!collection && !name.endsWith(".ttf")) {
        return;
      }
      try {
        for (Font font : Font.createFonts(file.toFile())) {
          index.putIfAbsent(font.getFontName(Locale.ROOT),
              new Face(file, font.getPSName(), collection));
        }
      } catch (IOException | FontFormatException | RuntimeException e) {
        LOG.debug("skipping font {}: {}", file, e.toString());
      }
    }
  }
}
