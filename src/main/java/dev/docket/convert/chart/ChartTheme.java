package dev.docket.convert.chart;

import java.awt.Color;
import org.apache.xmlbeans.XmlObject;

/**
 * What a chart borrows from the document around it: the theme's colours and the installed fonts.
 * Implemented by each document type (a slide's theme for pptx, a workbook's for xlsx).
 */
public interface ChartTheme {
  /**
   * The colour chosen inside a DrawingML fill or line element ({@code a:solidFill} and the like:
   * an element whose child is {@code a:srgbClr}, {@code a:schemeClr}, ... with its modifiers).
   *
   * @return the colour with alpha, or {@code null} when none can be resolved
   */
  Color color(XmlObject colorChoice);

  /** Theme accent colour {@code index} (1 to 6). */
  Color accent(int index);

  /**
   * The installed font family for a typeface the chart names ({@code null}: the theme's body
   * font).
   */
  String fontFamily(String typeface);
}
