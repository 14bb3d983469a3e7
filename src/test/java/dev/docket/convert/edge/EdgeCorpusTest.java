package dev.docket.convert.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.convert.Converters;
import dev.docket.convert.DocumentType;
import dev.docket.support.Corpus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every hostile or broken file of {@code corpus/edge}, sniffed and converted to PDF the way a job
 * would be, in a separate JVM with a 512 MB heap: each ends in a precise code or converts, never
 * another exception, a hang (over {@value EdgeRunner#DEADLINE_SECONDS} s) or an out-of-memory.
 * The outcomes are asserted exactly, so a regression (or an improvement) shows up here.
 *
 * <p>Word documents depend on the DOCX converter: while none is registered they are "not offered",
 * once it is, their outcomes are those of {@code DOCX_OFFERED}.
 */
class EdgeCorpusTest {
  /** Marks a .docx whose outcome depends on whether the DOCX converter is registered. */
  private static final String DOCX = "docx";
  /** Outcomes of the DOCX files once the DOCX converter is registered. */
  private static final Map<String, String> DOCX_OFFERED = Map.of(
      "EmptyDocumentWithHeaderFooter.docx", "converts",
      "ExternalEntityInText.docx", "CORRUPT_DOCUMENT",
      "OPCCompliance_DerivedPartNameFAIL.docx", "CORRUPT_DOCUMENT",
      "clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx", "CORRUPT_DOCUMENT",
      "truncated62886.docx", "CORRUPT_DOCUMENT",
      "unicode-path.docx", "CORRUPT_DOCUMENT");

  private static final Map<String, String> EXPECTED = Map.ofEntries(
      Map.entry("49609.xlsx", "converts"),
      Map.entry("56957.xlsx", "converts"),
      Map.entry("57272_corrupted_usereditatom.ppt", "converts"),
      Map.entry("58616.xlsx", "ENCRYPTED_DOCUMENT"),
      Map.entry("Divino_Revelado.pptx", "CORRUPT_DOCUMENT"),
      Map.entry("EmptyDocumentWithHeaderFooter.docx", DOCX),
      Map.entry("ExternalEntityInText.docx", DOCX),
      Map.entry("MalformedSSTCount.xlsx", "converts"),
      Map.entry("OPCCompliance_DerivedPartNameFAIL.docx", DOCX),
      Map.entry("PPT95.ppt", "UNSUPPORTED_FORMAT"),
      Map.entry("Password_Protected-hello.ppt", "ENCRYPTED_DOCUMENT"),
      Map.entry("SampleSS.strict.xlsx", "UNSUPPORTED_FORMAT"),
      Map.entry("at.pzp.www_uploads_media_PP_Scheinecker-jdk6error.pptx", "converts"),
      Map.entry("backgrounds.ppt", "converts"),
      Map.entry("badzip.ppt", "converts"),
      Map.entry("bug53475-password-is-pass.docx", "ENCRYPTED_DOCUMENT"),
      Map.entry("clusterfuzz-testcase-minimized-POIFuzzer-5205835528404992.pptx", "CORRUPT_DOCUMENT"),
      Map.entry("clusterfuzz-testcase-minimized-POIHSLFFuzzer-4630915954114560.ppt", "CORRUPT_DOCUMENT"),
      Map.entry("clusterfuzz-testcase-minimized-POIHSLFFuzzer-5306877435838464.ppt", "CORRUPT_DOCUMENT"),
      Map.entry("clusterfuzz-testcase-minimized-POIXSLFFuzzer-5463285576892416.pptx", "CORRUPT_DOCUMENT"),
      Map.entry("clusterfuzz-testcase-minimized-POIXSSFFuzzer-5937385319563264.xlsx", "CORRUPT_DOCUMENT"),
      Map.entry("clusterfuzz-testcase-minimized-POIXWPFFuzzer-4959857092198400.docx", "not sniffed"),
      Map.entry("clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx", DOCX),
      Map.entry("clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx", "not sniffed"),
      Map.entry("cryptoapi-proc2356.ppt", "ENCRYPTED_DOCUMENT"),
      Map.entry("empty.ppt", "converts"),
      Map.entry("invalid.xlsx", "not sniffed"),
      Map.entry("missing-blip-fill.pptx", "converts"),
      Map.entry("missing_core_records.ppt", "converts"),
      Map.entry("pictures.ppt", "converts"),
      Map.entry("poc-shared-strings.xlsx", "DOCUMENT_TOO_LARGE"),
      Map.entry("poc-xmlbomb.xlsx", "CORRUPT_DOCUMENT"),
      Map.entry("pp40only.ppt", "UNSUPPORTED_FORMAT"),
      Map.entry("ppt_with_png_encrypted.ppt", "ENCRYPTED_DOCUMENT"),
      Map.entry("protected_agile.docx", "ENCRYPTED_DOCUMENT"),
      Map.entry("protected_passtika.xlsx", "ENCRYPTED_DOCUMENT"),
      Map.entry("stress025.docx", "not sniffed"),
      Map.entry("truncated62886.docx", DOCX),
      Map.entry("unicode-path.docx", DOCX),
      Map.entry("xlsx-corrupted.xlsx", "CORRUPT_DOCUMENT"));

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void everyEdgeFileConvertsOrFailsPreciselyInA512MbHeap() throws Exception {
    Map<String, String> actual = runInSmallHeap(Corpus.root().resolve("edge"));
    Set<String> missing = new TreeSet<>(EXPECTED.keySet());
    missing.removeAll(actual.keySet());
    Set<String> unexpected = new TreeSet<>(actual.keySet());
    unexpected.removeAll(EXPECTED.keySet());
    assertTrue(missing.isEmpty() && unexpected.isEmpty(),
        "not reported: " + missing + "; not expected: " + unexpected);
    boolean docxOffered = Converters.find(DocumentType.DOCX, Converters.PDF).isPresent();
    Map<String, String> mismatches = new TreeMap<>();
    actual.forEach((file, outcome) -> {
      String expected = EXPECTED.get(file);
      if (expected.equals(DOCX)) {
        expected = docxOffered ? DOCX_OFFERED.get(file) : "not offered";
      }
      boolean ok = expected.equals(outcome);
      if (!ok) {
        mismatches.put(file, "expected " + expected + ", got " + outcome);
      }
    });
    assertTrue(mismatches.isEmpty(), "edge outcomes changed: " + mismatches);
  }

  /** Runs {@link EdgeRunner} in a child JVM with -Xmx512m and collects file → outcome. */
  private static Map<String, String> runInSmallHeap(Path folder) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"),
        EdgeRunner.class.getName(), folder.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<String, String> outcomes = new TreeMap<>();
    List<String> other = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.startsWith(EdgeRunner.PREFIX)) {
          String[] parts = line.split("\t", 3);
          outcomes.put(parts[1], parts[2]);
        } else if (other.size() < 200) {
          other.add(line);
        }
      }
    }
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "edge runner finished");
    assertEquals(0, process.exitValue(), "edge runner exit; its output: " + other);
    return outcomes;
  }
}
