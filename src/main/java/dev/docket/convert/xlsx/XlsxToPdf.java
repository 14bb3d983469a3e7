package dev.docket.convert.xlsx;

import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionException;
import dev.docket.convert.ConversionLimits;
import dev.docket.convert.Converter;
import dev.docket.convert.FailureClassifier;
import dev.docket.convert.FailureClassifier.Phase;
import dev.docket.job.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts a spreadsheet (xlsx, xlsm) to PDF the way LibreOffice prints it: every visible sheet
 * in order, split into pages by its page setup (paper, orientation, margins, zoom or fit-to-pages,
 * print area, page order, manual breaks, print titles), with cell text in the embedded
 * metric-compatible fonts, fills, borders, gridlines when the sheet prints them, merged cells,
 * pictures, charts (drawn from their data, {@link SheetCharts}), headers and footers. Values are
 * shown through their number formats, formulas by their cached results (nothing is evaluated).
 * Shapes, comments and conditional formats are not drawn; a chart sheet prints its chart.
 *
 * <p>Before POI loads the workbook, its parts are streamed to enforce {@link
 * ConversionLimits#maxCells()} and {@link ConversionLimits#maxTextChars()} ({@link
 * WorkbookCensus}); POI's zip guards apply the package limits. More pages than {@link
 * ConversionLimits#maxPages()} fail before any is drawn. Progress is reported after every page,
 * {@link ConversionContext#checkpoint()} runs before each.
 */
public final class XlsxToPdf implements Converter {
  private static final Logger LOG = LoggerFactory.getLogger(XlsxToPdf.class);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  @Override
  public int convert(Path input, Path output, ConversionContext context) throws ConversionException {
    context.checkpoint();
    context.limits().applyZipGuards();
    Phase phase = Phase.OPEN;
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(input.toFile(), PackageAccess.READ);
      WorkbookCensus.check(pkg, context.limits());
      XSSFWorkbook workbook = new XSSFWorkbook(pkg);
      try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
        PdfFonts fonts = new PdfFonts(pdf);
        List<SheetPlan> plans = new SheetPlanner(workbook, fonts).plan(context);
        int total = plans.stream().mapToInt(p -> p.pages().size()).sum();
        if (total > context.limits().maxPages()) {
          throw new ConversionException(ErrorCode.DOCUMENT_TOO_LARGE, "The spreadsheet prints on "
              + total + " pages, more than the limit of " + context.limits().maxPages()
              + " pages (maxPages)");
        }
        phase = Phase.DRAW;
        int pages = draw(pdf, fonts, plans, total, input, context);
        phase = Phase.SAVE;
        context.checkpoint();
        pdf.save(output.toFile());
        LOG.debug("{}: {} pages from {} sheets", input.getFileName(), pages, plans.size());
        return pages;
      }
    } catch (Throwable t) {
      throw classify(t, phase);
    } finally {
      if (pkg != null) {
        pkg.revert();
      }
    }
  }

  private static int draw(PDDocument pdf, PdfFonts fonts, List<SheetPlan> plans, int total,
      Path input, ConversionContext context) throws Exception {
    PageRenderer renderer = new PageRenderer(pdf, fonts, context.limits().maxImagePixels());
    String file = input.getFileName().toString();
    int done = 0;
    for (SheetPlan plan : plans) {
      for (SheetPage page : plan.pages()) {
        context.checkpoint();
        done++;
        renderer.render(plan, page,
            new HeaderFooter.Fields(done, total, plan.sheet().getSheetName(), file));
        context.progress().onProgress(done, total);
      }
    }
    if (done == 0) {
      context.checkpoint();
      pdf.addPage(new PDPage(PDRectangle.A4));
      context.progress().onProgress(1, 1);
      done = 1;
    }
    return done;
  }

  /**
   * Strict Open XML (which POI cannot read) is UNSUPPORTED_FORMAT; everything else goes through
   * {@link FailureClassifier#classifyOrRethrow}.
   */
  private static ConversionException classify(Throwable t, Phase phase) {
    if (t instanceof POIXMLException && t.getMessage() != null
        && t.getMessage().contains("Strict OOXML")) {
      return new ConversionException(ErrorCode.UNSUPPORTED_FORMAT, "The spreadsheet is saved as"
          + " Strict Open XML, which Docket cannot read; save it as a regular Excel workbook", t);
    }
    return FailureClassifier.classifyOrRethrow(t, phase, "spreadsheet");
  }
}
