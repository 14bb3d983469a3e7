package dev.docket.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Checks a produced PDF against LibreOffice's reference rendering. */
public final class PdfAssertions {
  private PdfAssertions() {
  }

  /**
   * Asserts the page count equals the reference's and that most of the reference's words appear in the
   * PDF's extracted text.
   *
   * @return the page count
   */
  public static int assertSamePagesAndText(byte[] pdf, Path reference) throws IOException {
    try (PDDocument ours = Loader.loadPDF(pdf); PDDocument ref = Loader.loadPDF(reference.toFile())) {
      assertEquals(ref.getNumberOfPages(), ours.getNumberOfPages(), "page count vs " + reference.getFileName());
      Set<String> refWords = words(new PDFTextStripper().getText(ref));
      Set<String> ourWords = words(new PDFTextStripper().getText(ours));
      if (!refWords.isEmpty()) {
        Set<String> shared = new HashSet<>(refWords);
        shared.retainAll(ourWords);
        double ratio = (double) shared.size() / refWords.size();
        assertTrue(ratio >= 0.6, String.format("only %.0f%% of the reference's words found in %s",
            ratio * 100, reference.getFileName()));
      }
      return ours.getNumberOfPages();
    }
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() >= 3)
        .collect(Collectors.toSet());
  }
}
