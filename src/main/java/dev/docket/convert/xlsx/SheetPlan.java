package dev.docket.convert.xlsx;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One visible sheet ready to draw: its print setup, grid, cells, content, header and footer
 * ({@code null} when empty), and its pages. A chart sheet has
 * one page, {@code null}, on which its chart is drawn.
 */
record SheetPlan(XSSFSheet sheet, PrintSetup setup, SheetGrid grid, SheetCells cells,
    SheetContent content, HeaderFooter header, HeaderFooter footer, List<SheetPage> pages) {}
