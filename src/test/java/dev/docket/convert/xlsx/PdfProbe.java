package dev.docket.convert.xlsx;

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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the spreadsheet tests read back from a PDF: pages, text, words, fonts. */
final class PdfProbe {
  private PdfProbe() {}

  static int pages(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  /** Text of each page. */
  static List<String> pageTexts(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<String> texts = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        texts.add(stripper.getText(doc));
      }
      return texts;
    }
  }

  /** Lower-case words of 3+ letters or digits. */
  static Set<String> words(Path pdf) throws IOException {
    Set<String> words = new HashSet<>();
    for (String text : pageTexts(pdf)) {
      for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() >= 3) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** Share of the reference's words found in the candidate (1 when the reference has none). */
  static double overlap(Set<String> candidate, Set<String> reference) {
    if (reference.isEmpty()) {
      return 1;
    }
    return (double) reference.stream().filter(candidate::contains).count() / reference.size();
  }

  /** Every font on every page. */
  static List<PDFont> fonts(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      return fonts;
    }
  }

  /** Width and height of page {@code index} (0-based), points. */
  static float[] pageSize(Path pdf, int index) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      var box = doc.getPage(index).getMediaBox();
      return new float[] {box.getWidth(), box.getHeight()};
    }
  }
}
