package dev.docket.convert.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One printed page of a sheet: the block of cells in its body (0-based, inclusive), the title
 * rows and columns repeated on it ({@code null} when none), and the zoom in percent.
 */
record SheetPage(int col0, int row0, int col1, int row1, CellRangeAddress titleRows,
    CellRangeAddress titleCols, int zoom) {}
