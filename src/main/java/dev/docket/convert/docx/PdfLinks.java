package dev.docket.convert.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * The link annotations of one page (ISO 32000-1 §12.5.6.5) for hyperlinks to URIs. Rectangles of
 * one link on one line are merged. Links to bookmarks inside the document are not made.
 */
final class PdfLinks {
  private final float pageHeight;
  private final List<float[]> rects = new ArrayList<>();
  private final List<String> targets = new ArrayList<>();

  PdfLinks(float pageHeight) {
    this.pageHeight = pageHeight;
  }

  /** Adds a linked rectangle (top-left origin, y down). */
  void add(String target, float x, float y, float width, float height) {
    if (target == null || target.startsWith("#") || width <= 0 || height <= 0) {
      return;
    }
    int last = rects.size() - 1;
    if (last >= 0 && targets.get(last).equals(target)) {
      float[] r = rects.get(last);
      if (Math.abs(r[1] - y) < 0.5f && x >= r[0] - 0.5f && x <= r[0] + r[2] + 2) {
        r[2] = Math.max(r[2], x + width - r[0]);
        r[3] = Math.max(r[3], height);
        return;
      }
    }
    rects.add(new float[] {x, y, width, height});
    targets.add(target);
  }

  void attach(PDPage page) throws IOException {
    if (rects.isEmpty()) {
      return;
    }
    List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
    PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
    noBorder.setWidth(0);
    for (int i = 0; i < rects.size(); i++) {
      float[] r = rects.get(i);
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(r[0], pageHeight - r[1] - r[3], r[2], r[3]));
      link.setBorderStyle(noBorder);
      PDActionURI action = new PDActionURI();
      action.setURI(targets.get(i));
      link.setAction(action);
      annotations.add(link);
    }
    page.setAnnotations(annotations);
  }
}
