package dev.docket.convert.docx;

import dev.docket.convert.ConversionException;
import java.util.List;

/** What {@link PageComposer} asks of the rest of the layout while it makes pages. */
interface PageServices {
  /**
   * Height of the rule separating footnotes from the body text with its spacing, points
   * (LibreOffice: 0.1 cm above and below a thin rule).
   */
  float NOTE_SEPARATOR = 6;

  /** Header, footer and body area of a new page. */
  PageFrame frame(Section section, int indexInSection, int number);

  /** The laid-out text of a footnote at the section's column width (cached). */
  List<Box> noteBoxes(Footnote note, Section section);

  /** A box painting a floating picture or text box at its own size. */
  Box floating(Floating floating, Section section);

  /**
   * Called after each new page.
   *
   * @throws ConversionException when the page limit is passed or the job must stop
   */
  void pageAdded(int pages) throws ConversionException;
}
