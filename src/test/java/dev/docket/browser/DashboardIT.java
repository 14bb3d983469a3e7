package dev.docket.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.DocketConfig;
import dev.docket.config.QueueSettings;
import dev.docket.config.Role;
import dev.docket.job.JobIds;
import dev.docket.queue.RedisKeys;
import dev.docket.support.Corpus;
import dev.docket.support.DocketNode;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import dev.docket.support.SyntheticDecks;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The operator dashboard in a real Chromium against real nodes and a real Redis. */
class DashboardIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final QueueSettings FAST = QueueSettings.DEFAULTS.withLeaseMs(1_000).withRetries(3, 50);
  static final Path SMALL_DECK = Corpus.root().resolve("dev/pptx/shapes.pptx");
  static final Path OTHER_DECK = Corpus.root().resolve("dev/pptx/pie-chart.pptx");
  static final String KEY = "ops-key-7f3a9c2e51d84b06";

  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void noConsoleErrors() {
    browser.assertNoConsoleErrors();
  }

  @Test
  void anOperatorSeesTheQueueRetriesAFailedJobDeletesItAndCancelsARunningOne(@TempDir Path tmp) throws Exception {
    try (DocketNode web = node(Set.of())) {
      String failing = submit(web, SMALL_DECK);
      String fine = submit(web, OTHER_DECK);
      Path input = web.dataDir.resolve("blobs").resolve(failing).resolve("input");
      Path saved = tmp.resolve("input");
      Files.move(input, saved); // the blob store "loses" the file: every attempt fails with BLOB_STORE_ERROR
      try (DocketNode worker = web.sibling(Set.of(Role.WORKER), 1)) {
        assertEquals("failed", Http.awaitJob(web.base(), failing, Http::finished, Duration.ofSeconds(30)).getString("state"));
        assertEquals("completed", Http.awaitJob(web.base(), fine, Http::finished, Duration.ofSeconds(60)).getString("state"));

        browser.open(web.base() + "/dashboard");
        awaitBoard();
        browser.await(Duration.ofSeconds(10), "counts", d -> "1".equals(count("failed")) && "1".equals(count("completed")));
        List<WebElement> workers = browser.findAll("#workers tbody tr");
        assertEquals(1, workers.size());
        assertEquals("1", workers.get(0).findElement(By.cssSelector("[data-label='Concurrency']")).getText());
        assertFalse(browser.findAll("#chart svg rect.bar-completed").isEmpty(), "a completed bar");
        assertFalse(browser.findAll("#chart svg rect.bar-failed").isEmpty(), "a failed bar");

        browser.find("#tab-failed").click();
        WebElement row = browser.await(Duration.ofSeconds(10), "failed job listed", d -> jobRow(failing));
        assertTrue(row.getText().contains("BLOB_STORE_ERROR"), row.getText());
        assertTrue(row.getText().contains("3 of 3"), row.getText());
        browser.screenshots("dashboard-failed");

        browser.click("job name", () -> inRow(failing, ".link-button"));
        browser.await(Duration.ofSeconds(10), "detail open", d -> browser.find("#job-detail").isDisplayed());
        List<WebElement> history = browser.findAll("#history tbody tr");
        assertEquals(3, history.size(), "one line per failed attempt");
        for (WebElement attempt : history) {
          assertTrue(attempt.getText().contains("BLOB_STORE_ERROR"), attempt.getText());
        }
        browser.screenshots("dashboard-detail");

        Files.move(saved, input); // the operator fixes the cause, then retries
        browser.find("#job-detail [data-action=retry]").click();
        browser.await(Duration.ofSeconds(30), "retried job completes", d -> "completed".equals(
            browser.find("#job-detail").getAttribute("data-state")));
        JsonObject job = new JsonObject(Http.get(web.base() + "/api/jobs/" + failing).body());
        assertEquals(4, job.getInteger("attempts"), job.encode());

        browser.find("#job-detail [data-action=purge]").click();
        browser.await(Duration.ofSeconds(5), "confirmation asked", d -> browser.find("#confirm").isDisplayed());
        browser.find("#confirm-ok").click();
        browser.await(Duration.ofSeconds(10), "detail closed", d -> !browser.find("#job-detail").isDisplayed());
        assertEquals(404, Http.get(web.base() + "/api/jobs/" + failing).statusCode(), "deleted");

        String slow = submit(web, SyntheticDecks.textHeavy(tmp.resolve("board-pack.pptx"), 300));
        browser.find("#tab-active").click();
        browser.await(Duration.ofSeconds(30), "active job with progress", d -> {
          WebElement r = jobRow(slow);
          return r != null && r.getText().matches("(?s).*slide \\d+ of 300.*");
        });
        browser.screenshots("dashboard-active");
        browser.click("cancel", () -> inRow(slow, "[data-action=cancel]"));
        assertEquals("cancelled", Http.awaitJob(web.base(), slow, Http::finished, Duration.ofSeconds(30)).getString("state"));
        browser.await(Duration.ofSeconds(10), "gone from the active list", d -> jobRow(slow) == null);
      }
      browser.open("about:blank"); // stop the dashboard polling before the node goes away
    }
  }

  @Test
  void withApiKeysTheDashboardAsksForAKeyKeepsItForTheTabAndPagesThroughJobs() throws Exception {
    try (DocketNode web = node(Set.of(KEY))) {
      browser.expectConsoleError("status of 401"); // how the server says a key is needed
      browser.open(web.base() + "/dashboard");
      browser.await(Duration.ofSeconds(10), "key asked for", d -> browser.find("#auth").isDisplayed());
      assertFalse(browser.find("#board").isDisplayed());
      browser.screenshots("dashboard-key");

      browser.find("#api-key").sendKeys("not-the-right-key-at-all\n");
      browser.await(Duration.ofSeconds(10), "wrong key refused", d -> browser.find("#auth-error").isDisplayed()
          && browser.find("#auth-error").getText().contains("not accepted"));

      browser.find("#api-key").sendKeys(KEY + "\n");
      awaitBoard();
      browser.await(Duration.ofSeconds(10), "counts shown", d -> "0".equals(count("queued")));
      assertEquals(KEY, browser.js("return sessionStorage.getItem('docket.apiKey')"));

      browser.driver.navigate().refresh();
      awaitBoard();
      assertFalse(browser.find("#auth").isDisplayed(), "the key is kept for the tab");

      for (int i = 0; i < 23; i++) { // no worker here: they all wait, over two pages of 20
        submit(web, SMALL_DECK);
      }
      browser.find("#tab-queued").click();
      browser.await(Duration.ofSeconds(10), "first page", d -> "1–20 of 23".equals(browser.find("#page-info").getText())
          && browser.findAll("#job-table tbody tr").size() == 20);
      assertTrue(browser.find("#page-prev").getAttribute("disabled") != null, "no page before the first");
      browser.find("#page-next").click();
      browser.await(Duration.ofSeconds(10), "second page", d -> "21–23 of 23".equals(browser.find("#page-info").getText())
          && browser.findAll("#job-table tbody tr").size() == 3);
      HttpResponse<String> withoutKey = Http.get(web.base() + "/api/stats");
      assertEquals(401, withoutKey.statusCode(), "the server does require it");
      browser.open("about:blank"); // stop the dashboard polling before the node goes away
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  private static DocketNode node(Set<String> apiKeys) throws Exception {
    DocketConfig config = new DocketConfig(0, Optional.of(REDIS.url()), Set.of(Role.WEB),
        Files.createTempDirectory("docket-dash-"), 1, 100L << 20, FAST).withApiKeys(apiKeys);
    return DocketNode.start(config, new RedisKeys("dash-" + JobIds.randomToken(6)));
  }

  private static String submit(DocketNode node, Path deck) throws Exception {
    HttpResponse<String> r = Http.upload(node.base(), deck, deck.getFileName().toString());
    assertEquals(202, r.statusCode(), r.body());
    return new JsonObject(r.body()).getString("id");
  }

  private static void awaitBoard() {
    browser.await(Duration.ofSeconds(15), "dashboard shown", d -> browser.find("#board").isDisplayed()
        && "open".equals(browser.find("#refresh-status").getAttribute("data-state")));
  }

  private static String count(String state) {
    return browser.find("#counts [data-count='" + state + "']").getText();
  }

  private static WebElement inRow(String id, String css) {
    WebElement row = jobRow(id);
    return row == null ? null : row.findElement(By.cssSelector(css));
  }

  private static WebElement jobRow(String id) {
    List<WebElement> rows = browser.findAll("#job-table tbody tr[data-job-id='" + id + "']");
    return rows.isEmpty() ? null : rows.get(0);
  }
}
