package dev.docket.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.Conversion;
import dev.docket.convert.ConversionContext;
import dev.docket.convert.ConversionLimits;
import dev.docket.convert.Converters;
import dev.docket.convert.DocumentType;
import dev.docket.support.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Office documents to PNG pages go through a temporary PDF, with progress over both halves. */
class ChainedConversionTest {
  @TempDir
  Path dir;

  @Test
  void aSpreadsheetBecomesPngPagesWithProgressOverBothHalves() throws Exception {
    Conversion png = Converters.find(DocumentType.XLSX, "png").orElseThrow();
    assertEquals("application/zip", png.mediaType());
    Path zip = dir.resolve("pages.zip");
    List<int[]> progress = new ArrayList<>();
    ConversionContext context = new ConversionContext((d, t) -> progress.add(new int[] {d, t}),
        () -> null, ConversionLimits.DEFAULTS);

    int pages = png.converter().convert(Corpus.root().resolve("dev/xlsx/57171_57163_57165.xlsx"),
        zip, context);

    assertEquals(6, pages);
    try (ZipFile file = new ZipFile(zip.toFile())) {
      assertEquals(6, file.size());
      assertTrue(file.getEntry("page-0006.png") != null);
    }
    assertEquals(12, progress.size(), "one call per page per half");
    for (int i = 0; i < progress.size(); i++) {
      assertEquals(i + 1, progress.get(i)[0]);
      assertEquals(12, progress.get(i)[1]);
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(zip), left.toList(), "the intermediate PDF is deleted");
    }
  }

  @Test
  void presentationsAndPdfsAreOfferedAsPng() {
    for (DocumentType type : new DocumentType[] {DocumentType.PPTX, DocumentType.PPT,
        DocumentType.XLSX, DocumentType.PDF}) {
      assertTrue(Converters.find(type, "png").isPresent(), type + " to png");
    }
  }
}
