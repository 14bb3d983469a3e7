package dev.docket.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.FailureClassifier.Phase;
import dev.docket.job.ErrorCode;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hslf.exceptions.OldPowerPointFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;

/** Each kind of failure maps to its stable code, whatever wraps it. */
class FailureClassifierTest {
  private static ErrorCode code(Throwable t, Phase phase) {
    return FailureClassifier.classify(t, phase, "presentation").code();
  }

  @Test
  void passesConversionExceptionsThrough() {
    ConversionCancelledException cancelled = new ConversionCancelledException("lease lost");
    assertSame(cancelled, FailureClassifier.classify(cancelled, Phase.DRAW, "presentation"));
    assertSame(cancelled, FailureClassifier.classify(new RuntimeException(cancelled), Phase.DRAW, "x"));
  }

  @Test
  void namesEncryptedOldAndTooLarge() {
    assertEquals(ErrorCode.ENCRYPTED_DOCUMENT, code(new EncryptedDocumentException("pw"), Phase.OPEN));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, code(new OldPowerPointFormatException("95"), Phase.OPEN));
    IOException bomb = new IOException("Zip bomb detected! The file would exceed the max. ratio of "
        + "compressed file size to the size of the expanded data.");
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, code(new POIXMLException(bomb), Phase.OPEN));
    assertEquals(ErrorCode.DOCUMENT_TOO_LARGE, code(new OutOfMemoryError("Java heap space"), Phase.DRAW));
  }

  @Test
  void messagesAreForPeopleNotForPoiUsers() {
    ConversionException encrypted = FailureClassifier.classify(new EncryptedDocumentException(
        "The correct password needs to be set via Biff8EncryptionKey.setCurrentUserPassword()"), Phase.OPEN, "presentation");
    assertEquals("The presentation is password-protected; remove the password and upload it again",
        encrypted.getMessage());
    ConversionException longDetail = FailureClassifier.classify(new RecordFormatException("x".repeat(5_000)),
        Phase.OPEN, "presentation");
    assertTrue(longDetail.getMessage().length() < 250, "detail is shortened: " + longDetail.getMessage().length());
  }

  @Test
  void malformedInputIsCorruptInAnyPhase() {
    for (Throwable t : new Throwable[] {new NotOfficeXmlFileException("no zip"),
        new RecordFormatException("bad record"), new ZipException("bad entry"),
        new UncheckedIOException(new EOFException("cut")), new StackOverflowError()}) {
      assertEquals(ErrorCode.CORRUPT_DOCUMENT, code(t, Phase.DRAW), t.toString());
    }
  }

  @Test
  void bugsWhileOpeningAreCorruptAndWhileDrawingFailed() {
    NullPointerException npe = new NullPointerException("x");
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, code(npe, Phase.OPEN));
    npe.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("java.util.ArrayList", "get", null, 1),
        new StackTraceElement("org.apache.poi.hslf.record.TextPropCollection", "read", null, 1)});
    assertEquals(ErrorCode.CORRUPT_DOCUMENT, code(npe, Phase.DRAW), "thrown from POI's parser");
    IllegalStateException drawing = new IllegalStateException("bad state");
    drawing.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D", "fill", null, 1)});
    ConversionException e = FailureClassifier.classify(drawing, Phase.DRAW, "presentation");
    assertEquals(ErrorCode.CONVERSION_FAILED, e.code());
    assertTrue(e.getMessage().contains("IllegalStateException: bad state"), e.getMessage());
  }

  @Test
  void bugsThrownFromPoiSpreadsheetModelWhileDrawingAreCorrupt() {
    for (String[] frame : new String[][] {
        {"org.apache.poi.xssf.model.StylesTable", "getFontAt"},
        {"org.apache.poi.xssf.usermodel.XSSFCell", "getRichStringCellValue"},
        {"org.apache.poi.ss.util.CellRangeAddress", "<init>"},
        {"org.apache.poi.xddf.usermodel.chart.XDDFChart", "getChartSeries"}}) {
      IndexOutOfBoundsException bug = new IndexOutOfBoundsException("Index 77 out of bounds");
      bug.setStackTrace(new StackTraceElement[] {
          new StackTraceElement("java.util.ArrayList", "get", null, 1),
          new StackTraceElement(frame[0], frame[1], null, 1),
          new StackTraceElement("dev.docket.convert.xlsx.CellPainter", "paint", null, 1)});
      ConversionException e = FailureClassifier.classify(
          new UncheckedIOException(new IOException(bug)), Phase.DRAW, "spreadsheet");
      assertEquals(ErrorCode.CORRUPT_DOCUMENT, e.code(), frame[0]);
      assertTrue(e.getMessage().startsWith("The spreadsheet is damaged"), e.getMessage());
    }
  }

  @Test
  void messagesSayWhatIsWrongAndWhy() {
    ConversionException e = FailureClassifier.classify(new RecordFormatException("bad record"),
        Phase.OPEN, "presentation");
    assertEquals("The presentation is damaged (RecordFormatException: bad record)", e.getMessage());
  }
}
