package dev.docket.support;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;

/** Presentations generated for tests that need a known shape (e.g. one that takes long to convert). */
public final class SyntheticDecks {
  private SyntheticDecks() {
  }

  /**
   * A deck of {@code slides} slides, each with three text boxes of a few hundred words (slow to lay out).
   * Keep {@code slides} under ~450: every slide is two zip entries, and POI refuses packages of more than
   * 1,000 entries as potentially malicious.
   */
  public static Path textHeavy(Path file, int slides) throws Exception {
    String words = "Docket converts documents page by page and checks between pages whether it must stop. ".repeat(30);
    try (XMLSlideShow deck = new XMLSlideShow()) {
      for (int i = 0; i < slides; i++) {
        XSLFSlide slide = deck.createSlide();
        for (int b = 0; b < 3; b++) {
          XSLFTextBox box = slide.createTextBox();
          box.setAnchor(new java.awt.Rectangle(20 + 230 * b, 20, 220, 500));
          box.setText("Slide " + (i + 1) + ". " + words);
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        deck.write(out);
      }
    }
    return file;
  }
}
