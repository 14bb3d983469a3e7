package dev.docket.convert;

import javax.xml.namespace.QName;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Rewrites every {@code typeface} attribute of a pptx in memory ({@code a:latin}, {@code a:ea},
 * {@code a:cs}, {@code a:buFont}, the theme's {@code a:font script=...}) through {@link Fonts#map},
 * in the presentation, themes, masters, layouts and slides. Walks the XML with {@link XmlCursor}
 * because {@code selectPath} does not work with poi-ooxml-lite's reduced schemas.
 */
final class XmlTypefaces {
  private static final QName TYPEFACE = new QName("", "typeface");

  private XmlTypefaces() {}

  /** Maps the typefaces of every part that can be drawn (notes are not). */
  static void map(XMLSlideShow show) {
    rewrite(show.getCTPresentation());
    for (XSLFSlideMaster master : show.getSlideMasters()) {
      rewrite(master.getXmlObject());
      XSLFTheme theme = master.getTheme();
      if (theme != null) {
        rewrite(theme.getXmlObject());
      }
      for (XSLFSlideLayout layout : master.getSlideLayouts()) {
        rewrite(layout.getXmlObject());
      }
    }
    for (XSLFSlide slide : show.getSlides()) {
      rewrite(slide.getXmlObject());
    }
  }

  /** Rewrites the typefaces below one XML object (also used for SmartArt drawings). */
  static void rewrite(XmlObject xml) {
    if (xml == null) {
      return;
    }
    try (XmlCursor cursor = xml.newCursor()) {
      while (cursor.hasNextToken()) {
        if (cursor.toNextToken().isStart()) {
          String typeface = cursor.getAttributeText(TYPEFACE);
          if (typeface != null) {
            String mapped = Fonts.map(typeface);
            if (!typeface.equals(mapped)) {
              cursor.setAttributeText(TYPEFACE, mapped);
            }
          }
        }
      }
    }
  }
}
