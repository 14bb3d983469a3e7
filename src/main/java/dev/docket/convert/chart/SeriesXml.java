package dev.docket.convert.chart;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xddf.usermodel.chart.XDDFArea3DChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBar3DChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDoughnutChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLine3DChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPie3DChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.openxmlformats.schemas.drawingml.x2006.chart.STMarkerStyle;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

/**
 * The parts of a series element that XDDF does not expose in a uniform way, taken from its XML
 * children: {@code c:tx}, {@code c:spPr}, {@code c:dLbls} (or its group's), {@code c:dPt}, {@code
 * c:marker}. The same for every series type, so nothing is read per type.
 *
 * @param element the series element, {@code null} for a type not read
 * @param tx the name, {@code null} if none
 * @param spPr the look, {@code null} if none
 * @param labels the series' data labels, else its group's, {@code null} if neither has any
 * @param points per-point looks
 * @param marker the marker, {@code null} if none is stated
 */
record SeriesXml(XmlObject element, CTSerTx tx, CTShapeProperties spPr, CTDLbls labels,
    List<CTDPt> points, CTMarker marker) {

  static SeriesXml of(XDDFChartData.Series series) {
    XmlObject ser = element(series);
    if (ser == null) {
      return new SeriesXml(null, null, null, null, List.of(), null);
    }
    CTSerTx tx = null;
    CTShapeProperties spPr = null;
    CTDLbls labels = null;
    CTMarker marker = null;
    List<CTDPt> points = new ArrayList<>();
    try (XmlCursor c = ser.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        XmlObject child = c.getObject();
        switch (c.getName().getLocalPart()) {
          case "tx" -> tx = child instanceof CTSerTx t ? t : null;
          case "spPr" -> spPr = child instanceof CTShapeProperties p ? p : null;
          case "dLbls" -> labels = child instanceof CTDLbls l ? l : null;
          case "marker" -> marker = child instanceof CTMarker m ? m : null;
          case "dPt" -> {
            if (child instanceof CTDPt p) {
              points.add(p);
            }
          }
          default -> { }
        }
      }
    }
    return new SeriesXml(ser, tx, spPr, labels != null ? labels : groupLabels(ser), points,
        marker);
  }

  /**
   * The series' index ({@code c:idx}, §21.2.2.84), which picks its automatic colour (LibreOffice
   * and Excel colour by it, not by the series' position), else {@code fallback}.
   */
  int index(int fallback) {
    if (element == null) {
      return fallback;
    }
    try (XmlCursor c = element.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        if ("idx".equals(c.getName().getLocalPart())) {
          String val = c.getAttributeText(new QName("", "val"));
          try {
            return val == null ? fallback : Math.max(0, Integer.parseInt(val.trim()));
          } catch (NumberFormatException e) {
            return fallback;
          }
        }
      }
    }
    return fallback;
  }

  /** The series name, or "Series N" as Office names an unnamed series. */
  String name(int index) {
    if (tx != null && tx.isSetStrRef() && tx.getStrRef().isSetStrCache()
        && tx.getStrRef().getStrCache().sizeOfPtArray() > 0) {
      return tx.getStrRef().getStrCache().getPtArray(0).getV();
    }
    if (tx != null && tx.isSetV()) {
      return tx.getV();
    }
    return "Series " + (index + 1);
  }

  /** Markers unless the series says {@code c:symbol val="none"}. */
  boolean markers() {
    return marker == null || !marker.isSetSymbol()
        || marker.getSymbol().getVal() != STMarkerStyle.NONE;
  }

  private static CTDLbls groupLabels(XmlObject ser) {
    try (XmlCursor c = ser.newCursor()) {
      if (!c.toParent()) {
        return null;
      }
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        if ("dLbls".equals(c.getName().getLocalPart()) && c.getObject() instanceof CTDLbls l) {
          return l;
        }
      }
    }
    return null;
  }

  /**
   * A whole-number setting of a series' group, read as text: {@code c:gapWidth} and {@code
   * c:overlap} hold percentages whose schema types poi-ooxml-lite does not ship, so XDDF's getters
   * for them fail.
   *
   * @return the value ("75" and "75%" both give 75), or {@code null} when not stated
   */
  static Integer groupSetting(XDDFChartData.Series series, String name) {
    XmlObject ser = element(series);
    if (ser == null) {
      return null;
    }
    try (XmlCursor c = ser.newCursor()) {
      if (!c.toParent()) {
        return null;
      }
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        if (name.equals(c.getName().getLocalPart())) {
          String val = c.getAttributeText(new QName("", "val"));
          return val == null ? null : Integer.valueOf(val.replace("%", "").trim());
        }
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static XmlObject element(XDDFChartData.Series s) {
    if (s instanceof XDDFBarChartData.Series b) {
      return b.getCTBarSer();
    } else if (s instanceof XDDFBar3DChartData.Series b) {
      return b.getCTBarSer();
    } else if (s instanceof XDDFLineChartData.Series l) {
      return l.getCTLineSer();
    } else if (s instanceof XDDFLine3DChartData.Series l) {
      return l.getCTLineSer();
    } else if (s instanceof XDDFAreaChartData.Series a) {
      return a.getCTAreaSer();
    } else if (s instanceof XDDFArea3DChartData.Series a) {
      return a.getCTAreaSer();
    } else if (s instanceof XDDFPieChartData.Series p) {
      return p.getCTPieSer();
    } else if (s instanceof XDDFPie3DChartData.Series p) {
      return p.getCTPieSer();
    } else if (s instanceof XDDFDoughnutChartData.Series d) {
      return d.getCTPieSer();
    } else if (s instanceof XDDFScatterChartData.Series sc) {
      return sc.getCTScatterSer();
    }
    return null;
  }
}
