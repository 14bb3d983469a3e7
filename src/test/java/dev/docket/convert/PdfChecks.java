package dev.docket.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the tests read back from a PDF with PDFBox: pages, words, fonts. */
final class PdfChecks {
  private PdfChecks() {}

  static int pageCount(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  /**
   * Lower-case words of 3+ letters or digits in the PDF's extracted text, only in scripts drawn as
   * real text ({@link TextScripts#isSimple}; right-to-left and shaped scripts are drawn as outlines).
   */
  static Set<String> words(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      Set<String> words = new HashSet<>();
      for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.codePointCount(0, w.length()) >= 3 && w.codePoints().allMatch(TextScripts::isSimple)) {
          words.add(w);
        }
      }
      return words;
    }
  }

  /** Share of the reference's words that the candidate has too (1 when the reference has none). */
  static double wordOverlap(Set<String> candidate, Set<String> reference) {
    if (reference.isEmpty()) {
      return 1;
    }
    long shared = reference.stream().filter(candidate::contains).count();
    return (double) shared / reference.size();
  }

  /** Every font used on any page, also inside form XObjects (where each slide is drawn). */
  static List<PDFont> fonts(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        collect(page.getResources(), fonts, new HashSet<>());
      }
      return fonts;
    }
  }

  private static void collect(PDResources resources, List<PDFont> fonts, Set<Object> seen)
      throws IOException {
    if (resources == null || !seen.add(resources.getCOSObject())) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xobject = resources.getXObject(name);
      if (xobject instanceof PDFormXObject form) {
        collect(form.getResources(), fonts, seen);
      }
    }
  }
}
