package dev.docket.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (packages {@code chromium} and
 * {@code chromium-driver}); nothing is downloaded. Collects the browser console's errors so tests can
 * assert there are none, and saves full-page screenshots at desktop and phone sizes under
 * {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = System.getProperty("docket.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("docket.chromedriver", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;
  private final List<String> errors = new ArrayList<>();
  private final List<Pattern> expected = new ArrayList<>();

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser start() throws IOException {
    Path profile = Files.createTempDirectory("docket-chromium-");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER); // never ask Selenium Manager for a driver
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--window-size=1280,900", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, profile);
  }

  void open(String url) {
    driver.get(url);
  }

  /** Forgets what the pages stored (remembered jobs, API key) so each test starts as a new visitor. */
  void forgetStorage(String base) {
    driver.executeCdpCommand("Storage.clearDataForOrigin",
        Map.of("origin", base, "storageTypes", "local_storage,session_storage"));
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  <T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).withMessage(what)
        .ignoring(StaleElementReferenceException.class).until(condition);
  }

  /**
   * Clicks the element the supplier finds, finding it again if the page re-rendered it meanwhile (the
   * dashboard redraws its tables every 2 s).
   */
  void click(String what, Supplier<WebElement> element) {
    await(Duration.ofSeconds(10), what, d -> {
      WebElement found = element.get();
      if (found == null) {
        return null;
      }
      found.click();
      return true;
    });
  }

  /** A network error the test provokes on purpose (e.g. a 415 for an unsupported file) is not a fault. */
  void expectConsoleError(String regex) {
    expected.add(Pattern.compile(regex));
  }

  /** Moves the console's entries at level SEVERE (errors, uncaught exceptions, failed loads) into the list. */
  void collectConsole() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
          && expected.stream().noneMatch(p -> p.matcher(entry.getMessage()).find())) {
        errors.add(entry.getMessage());
      }
    }
  }

  /** Asserts the console showed no error since the last call, then forgets the expected ones. */
  void assertNoConsoleErrors() {
    collectConsole();
    List<String> found = List.copyOf(errors);
    errors.clear();
    expected.clear();
    assertEquals(List.of(), found, "browser console errors");
  }

  /**
   * Saves a full-page screenshot of the current page as {@code target/screenshots/<name>-desktop.png} and
   * {@code <name>-phone.png} (1280 px and 390 px wide CSS viewports), then restores the window.
   */
  void screenshots(String name) throws IOException {
    screenshot(name + "-desktop", 1280, 900, 1, false);
    screenshot(name + "-phone", 390, 844, 2, true);
  }

  @SuppressWarnings("unchecked")
  private void screenshot(String file, int width, int height, int scale, boolean mobile) throws IOException {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", mobile));
    try {
      sleep(300); // let the layout settle at the new width
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
      double fullHeight = Math.max(height, ((Number) content.get("height")).doubleValue());
      Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
          "format", "png", "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", width, "height", fullHeight, "scale", 1)));
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(file + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      dev.docket.support.TempFiles.deleteTree(profile);
    }
  }
}
