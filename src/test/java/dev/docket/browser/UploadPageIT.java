package dev.docket.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.DocketConfig;
import dev.docket.config.QueueSettings;
import dev.docket.config.Role;
import dev.docket.job.JobIds;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.PdfAssertions;
import dev.docket.support.RedisServerExtension;
import dev.docket.support.SyntheticDecks;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The upload page in a real Chromium against a real node (web + one worker slot) and a real Redis. */
class UploadPageIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final Path DECK = Corpus.root().resolve("dev/pptx/2411-Performance_Up.pptx");
  static final Path SMALL_DECK = Corpus.root().resolve("dev/pptx/shapes.pptx");
  static final Path ENCRYPTED = Corpus.root().resolve("edge/Password_Protected-hello.ppt");
  static final Pattern SLIDE_PROGRESS = Pattern.compile("slide (\\d+) of (\\d+)");

  static DocketNode node;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    node = DocketNode.start(new DocketConfig(0, Optional.of(REDIS.url()), Set.of(Role.WEB, Role.WORKER),
        Files.createTempDirectory("docket-browser-"), 1, 100L << 20, QueueSettings.DEFAULTS.withLeaseMs(5_000)),
        new RedisKeys("web-" + JobIds.randomToken(6)));
    browser = Browser.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @BeforeEach
  void newVisitor() {
    browser.forgetStorage(node.base());
  }

  @AfterEach
  void noConsoleErrors() {
    browser.assertNoConsoleErrors();
  }

  @Test
  void decksChosenTogetherShowUploadBytesLiveSlidesThenTheirPdfAndThumbnail() throws Exception {
    openPage();
    browser.screenshots("upload-empty");
    throttleUploads(256 * 1024); // slow enough to watch the bytes go up
    browser.find("#file").sendKeys(DECK + "\n" + SMALL_DECK);
    assertTrue(browser.find("#file-chosen").getText().contains(DECK.getFileName().toString()));
    browser.find("#submit").click();

    String uploading = browser.await(Duration.ofSeconds(10), "upload progress in bytes", d -> {
      String text = text(row(DECK), ".job-progress");
      return text.matches("Uploading: .+ of \\d+ KB \\(\\d+%\\)") && !text.contains("(100%)") ? text : null;
    });
    throttleUploads(-1);
    String converting = browser.await(Duration.ofSeconds(60), "live slide progress", d -> {
      WebElement row = row(DECK);
      return row != null && "active".equals(row.getAttribute("data-state"))
          && SLIDE_PROGRESS.matcher(text(row, ".job-progress")).find() ? text(row, ".job-progress") : null;
    });
    Matcher slides = SLIDE_PROGRESS.matcher(converting);
    assertTrue(slides.find(), converting);

    browser.await(Duration.ofSeconds(120), "both decks converted", d -> "completed".equals(state(DECK))
        && "completed".equals(state(SMALL_DECK)));
    WebElement done = row(DECK);
    assertEquals("100", done.findElement(By.cssSelector(".bar")).getAttribute("aria-valuenow"));
    assertEquals("Done: " + slides.group(2) + " slides converted.", text(done, ".job-progress"), uploading);
    browser.await(Duration.ofSeconds(10), "thumbnail shown", d -> (Boolean) browser.js(
        "const img = arguments[0].querySelector('img.thumb'); return img.complete && img.naturalWidth > 0"
            + " && !img.closest('a').hidden", row(DECK)));

    WebElement link = done.findElement(By.cssSelector("a.download"));
    assertEquals("Download PDF", link.getText());
    HttpResponse<byte[]> pdf = Http.getBytes(link.getAttribute("href"));
    assertEquals(200, pdf.statusCode());
    assertEquals(Integer.parseInt(slides.group(2)), PdfAssertions.assertSamePagesAndText(pdf.body(), Corpus.reference(DECK)));
    browser.screenshots("upload-done");
  }

  @Test
  void aQueuedAndARunningJobCanBeCancelledAndReloadsAndLostConnectionsResumeLiveProgress(@TempDir Path tmp) throws Exception {
    Path first = SyntheticDecks.textHeavy(tmp.resolve("quarterly-report.pptx"), 300);
    Path second = SyntheticDecks.textHeavy(tmp.resolve("annual-report.pptx"), 300);
    // Keeps a handle on the page's WebSockets so the test can break the connection later.
    browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.__sockets = []; const Native = window.WebSocket;"
            + "window.WebSocket = class extends Native { constructor(...a) { super(...a); window.__sockets.push(this); } };"));
    openPage();
    browser.find("#file").sendKeys(first + "\n" + second);
    browser.find("#submit").click();
    // One worker slot: one deck converts, the other waits in the queue.
    Path[] order = browser.await(Duration.ofSeconds(60), "one active, one queued", d -> {
      if ("active".equals(state(first)) && pagesDone(first) >= 1 && "queued".equals(state(second))) {
        return new Path[] {first, second};
      }
      if ("active".equals(state(second)) && pagesDone(second) >= 1 && "queued".equals(state(first))) {
        return new Path[] {second, first};
      }
      return null;
    });
    Path running = order[0];
    Path waiting = order[1];

    row(waiting).findElement(By.cssSelector("[data-role=cancel]")).click();
    browser.await(Duration.ofSeconds(10), "queued job cancelled", d -> "cancelled".equals(state(waiting)));

    int before = pagesDone(running);
    browser.driver.navigate().refresh();
    browser.await(Duration.ofSeconds(10), "both jobs remembered", d -> browser.findAll("#jobs .job").size() == 2
        && "cancelled".equals(state(waiting)));
    browser.await(Duration.ofSeconds(10), "live updates back", d -> "open".equals(
        browser.find("#bridge-status").getAttribute("data-state")));
    int after = browser.await(Duration.ofSeconds(30), "progress continues after the reload", d -> {
      int done = pagesDone(running);
      return "active".equals(state(running)) && done > before ? done : null;
    });
    browser.await(Duration.ofSeconds(30), "live progress keeps coming", d -> pagesDone(running) > after);
    browser.screenshots("upload-converting");

    // The connection breaks (as on a flaky network): the page notices, reconnects by itself, follows the
    // job again and keeps receiving its progress.
    browser.js("window.__bridgeStates = [];"
        + "new MutationObserver(() => __bridgeStates.push(document.getElementById('bridge-status').dataset.state))"
        + ".observe(document.getElementById('bridge-status'), {attributes: true});"
        + "window.__sockets.forEach(s => s.close());");
    browser.await(Duration.ofSeconds(15), "reconnected", d -> (Boolean) browser.js(
        "const s = __bridgeStates; return s.includes('closed') && s[s.length - 1] === 'open'"));
    int reconnectedAt = pagesDone(running);
    browser.await(Duration.ofSeconds(15), "live progress after reconnecting", d -> "active".equals(state(running))
        && pagesDone(running) > reconnectedAt + 1);

    row(running).findElement(By.cssSelector("[data-role=cancel]")).click();
    browser.await(Duration.ofSeconds(30), "running job cancelled", d -> "cancelled".equals(state(running)));
    assertTrue(text(row(running), ".job-progress").startsWith("Cancelled after "), text(row(running), ".job-progress"));
    String id = row(running).getAttribute("data-job-id");
    assertEquals("cancelled", new JsonObject(Http.get(node.base() + "/api/jobs/" + id).body()).getString("state"));
  }

  @Test
  void refusedAndFailedFilesSayWhyInPlainWordsWithTheirCode(@TempDir Path tmp) throws Exception {
    Path notADeck = Files.writeString(tmp.resolve("meeting-notes.pptx"), "Just some notes, not a presentation.\n");
    browser.expectConsoleError("status of 415"); // the page is meant to show the refusal, not hide it
    openPage();
    browser.find("#file").sendKeys(ENCRYPTED + "\n" + notADeck);
    browser.find("#submit").click();

    browser.await(Duration.ofSeconds(60), "encrypted deck failed", d -> "failed".equals(state(ENCRYPTED)));
    WebElement encrypted = row(ENCRYPTED);
    assertEquals("This document is protected by a password. Remove the password and upload it again.",
        text(encrypted, ".job-error-message"));
    assertEquals("ENCRYPTED_DOCUMENT", text(encrypted, ".job-error-code code"));

    browser.await(Duration.ofSeconds(10), "non-deck refused", d -> "rejected".equals(state(notADeck)));
    WebElement refused = row(notADeck);
    assertTrue(text(refused, ".job-error-message").startsWith("Docket can’t convert this kind of file."),
        text(refused, ".job-error-message"));
    assertEquals("UNSUPPORTED_FORMAT", text(refused, ".job-error-code code"));
    browser.screenshots("upload-errors");

    // Keyboard only: focus the Remove button and press Enter; the row goes, the other stays remembered.
    WebElement remove = encrypted.findElement(By.cssSelector("[data-role=remove]"));
    remove.sendKeys(Keys.ENTER);
    browser.await(Duration.ofSeconds(5), "row removed", d -> row(ENCRYPTED) == null);
    assertEquals("[]", browser.js("return localStorage.getItem('docket.jobs')"), "a refused upload is never remembered");
  }

  @Test
  void pngPagesArriveAsAZipOrTheServersRefusalIsShown() throws Exception {
    HttpResponse<String> probe = Http.post(node.base() + "/api/jobs",
        Http.multipart("probe.pptx", Files.readAllBytes(SMALL_DECK), "png"));
    boolean supported = probe.statusCode() == 202;
    if (!supported) {
      browser.expectConsoleError("status of 400");
    }
    openPage();
    new org.openqa.selenium.support.ui.Select(browser.find("#target")).selectByValue("png");
    browser.find("#file").sendKeys(SMALL_DECK.toString());
    browser.find("#submit").click();
    if (!supported) {
      browser.await(Duration.ofSeconds(10), "png refused", d -> "rejected".equals(state(SMALL_DECK)));
      assertEquals("UNSUPPORTED_TARGET", text(row(SMALL_DECK), ".job-error-code code"), probe.body());
      return;
    }
    browser.await(Duration.ofSeconds(60), "png pages ready", d -> "completed".equals(state(SMALL_DECK)));
    WebElement link = row(SMALL_DECK).findElement(By.cssSelector("a.download"));
    assertEquals("Download PNG pages (.zip)", link.getText());
    HttpResponse<byte[]> zip = Http.getBytes(link.getAttribute("href"));
    assertEquals(200, zip.statusCode());
    int pngs = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        pngs += e.getName().endsWith(".png") ? 1 : 0;
      }
    }
    assertEquals(Integer.parseInt(row(SMALL_DECK).getAttribute("data-pages-total")), pngs);
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  private static void openPage() {
    browser.open(node.base() + "/");
    browser.await(Duration.ofSeconds(15), "live updates connected", d -> "open".equals(
        browser.find("#bridge-status").getAttribute("data-state")));
  }

  /** The list item of the file with this name, or null. */
  private static WebElement row(Path file) {
    return (WebElement) browser.js("return [...document.querySelectorAll('#jobs .job')]"
        + ".find(r => r.querySelector('.job-name').textContent === arguments[0]) || null", file.getFileName().toString());
  }

  private static String state(Path file) {
    WebElement row = row(file);
    return row == null ? null : row.getAttribute("data-state");
  }

  private static int pagesDone(Path file) {
    WebElement row = row(file);
    String done = row == null ? null : row.getAttribute("data-pages-done");
    return done == null ? 0 : Integer.parseInt(done);
  }

  private static String text(WebElement row, String css) {
    if (row == null) {
      return "";
    }
    return (String) browser.js("const e = arguments[0].querySelector(arguments[1]); return e ? e.textContent.trim() : ''",
        row, css);
  }

  /** Limits upload speed in bytes per second (-1: no limit). */
  private static void throttleUploads(int bytesPerSecond) {
    browser.driver.executeCdpCommand("Network.enable", Map.of());
    browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
        "offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", bytesPerSecond));
  }
}
