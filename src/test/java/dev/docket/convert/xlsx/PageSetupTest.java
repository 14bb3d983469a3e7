package dev.docket.convert.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.ConversionContext;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page setup behaviour on workbooks built here: hidden sheets, print titles, page order,
 * fit-to-width, orientation, merged cells, skipped empty pages.
 */
class PageSetupTest {
  @TempDir
  Path dir;

  @Test
  void hiddenAndVeryHiddenSheetsAreNotPrinted() throws Exception {
    List<String> pages = convert(wb -> {
      wb.createSheet("Shown").createRow(0).createCell(0).setCellValue("visiblestuff");
      wb.createSheet("Hidden").createRow(0).createCell(0).setCellValue("hiddenstuff");
      wb.createSheet("Secret").createRow(0).createCell(0).setCellValue("secretstuff");
      wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
      wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
    });
    assertEquals(1, pages.size());
    assertTrue(pages.get(0).contains("visiblestuff"));
    assertFalse(pages.get(0).contains("hiddenstuff") || pages.get(0).contains("secretstuff"));
  }

  @Test
  void titleRowsRepeatOnEveryPage() throws Exception {
    List<String> pages = convert(wb -> {
      XSSFSheet sheet = wb.createSheet("Long");
      sheet.createRow(0).createCell(0).setCellValue("headingword");
      for (int r = 1; r < 200; r++) {
        sheet.createRow(r).createCell(0).setCellValue("row " + r);
      }
      sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    });
    assertTrue(pages.size() >= 3, pages.size() + " pages");
    for (String page : pages) {
      assertTrue(page.contains("headingword"), "title row on every page");
    }
  }

  @Test
  void pagesFollowThePageOrder() throws Exception {
    assertEquals(List.of("alpha", "charlie", "bravo", "delta"), order(false));
    assertEquals(List.of("alpha", "bravo", "charlie", "delta"), order(true));
  }

  private List<String> order(boolean overThenDown) throws Exception {
    List<String> pages = convert(wb -> {
      XSSFSheet sheet = wb.createSheet("Grid");
      sheet.createRow(0).createCell(0).setCellValue("alpha");
      sheet.getRow(0).createCell(30).setCellValue("bravo");
      sheet.createRow(150).createCell(0).setCellValue("charlie");
      sheet.getRow(150).createCell(30).setCellValue("delta");
      sheet.getPrintSetup().setPageOrder(overThenDown
          ? org.apache.poi.ss.usermodel.PageOrder.OVER_THEN_DOWN
          : org.apache.poi.ss.usermodel.PageOrder.DOWN_THEN_OVER);
    });
    return pages.stream().map(String::strip).toList();
  }

  @Test
  void fitToOnePageWideScalesColumnsOntoOnePage() throws Exception {
    List<String> pages = convert(wb -> {
      XSSFSheet sheet = wb.createSheet("Wide");
      XSSFRow row = sheet.createRow(0);
      for (int c = 0; c < 40; c++) {
        row.createCell(c).setCellValue("c" + c);
      }
      sheet.setFitToPage(true);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
    });
    assertEquals(1, pages.size());
    assertTrue(pages.get(0).contains("c0") && pages.get(0).contains("c39"));
  }

  @Test
  void landscapeLegalPaperIsUsed() throws Exception {
    Path pdf = write(wb -> {
      XSSFSheet sheet = wb.createSheet("Paper");
      sheet.createRow(0).createCell(0).setCellValue("x");
      sheet.getPrintSetup().setPaperSize(PrintSetup.LEGAL_PAPERSIZE);
      sheet.getPrintSetup().setLandscape(true);
    });
    float[] size = PdfProbe.pageSize(pdf, 0);
    assertEquals(1008, size[0], 0.5);
    assertEquals(612, size[1], 0.5);
  }

  @Test
  void mergedCellTextIsPrintedOnce() throws Exception {
    List<String> pages = convert(wb -> {
      XSSFSheet sheet = wb.createSheet("Merged");
      sheet.createRow(0).createCell(0).setCellValue("mergedtitle");
      sheet.addMergedRegion(CellRangeAddress.valueOf("A1:F3"));
    });
    assertEquals(1, pages.get(0).split("mergedtitle", -1).length - 1);
  }

  @Test
  void formulasShowTheirCachedResult() throws Exception {
    List<String> pages = convert(wb -> {
      XSSFRow row = wb.createSheet("Formulas").createRow(0);
      row.createCell(0).setCellFormula("1+1");
      row.getCell(0).getCTCell().setV("4242");
    });
    assertTrue(pages.get(0).contains("4242"), pages.get(0));
  }

  /** Builds a workbook, converts it and returns the text of each page. */
  private List<String> convert(WorkbookBuilder builder) throws Exception {
    return PdfProbe.pageTexts(write(builder));
  }

  private Path write(WorkbookBuilder builder) throws Exception {
    Path xlsx = Files.createTempFile(dir, "book", ".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(xlsx)) {
      builder.build(wb);
      wb.write(os);
    }
    Path pdf = dir.resolve(xlsx.getFileName() + ".pdf");
    new XlsxToPdf().convert(xlsx, pdf, ConversionContext.unbounded());
    return pdf;
  }

  @FunctionalInterface
  private interface WorkbookBuilder {
    void build(XSSFWorkbook workbook) throws Exception;
  }
}
