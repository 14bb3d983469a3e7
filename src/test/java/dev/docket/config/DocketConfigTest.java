package dev.docket.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocketConfigTest {
  @Test
  void defaultsApplyWhenNothingIsSet() {
    DocketConfig c = DocketConfig.fromEnv(Map.of("PATH", "/usr/bin"));
    assertEquals(8080, c.httpPort());
    assertEquals(Optional.empty(), c.redisUrl());
    assertEquals(Set.of(Role.WEB, Role.WORKER), c.roles());
    assertEquals(100L * 1024 * 1024, c.maxUploadBytes());
    assertEquals(Runtime.getRuntime().availableProcessors(), c.workerConcurrency());
    assertTrue(c.dataDir().isAbsolute());
    assertTrue(c.dataDir().endsWith("data"));
  }

  @Test
  void valuesAreParsed() {
    DocketConfig c = DocketConfig.fromEnv(Map.of(
        "DOCKET_HTTP_PORT", "9090", "DOCKET_REDIS_URL", "redis://r:6379", "DOCKET_ROLES", " worker ",
        "DOCKET_DATA_DIR", "/tmp/x", "DOCKET_WORKER_CONCURRENCY", "3", "DOCKET_MAX_UPLOAD_BYTES", "2g"));
    assertEquals(9090, c.httpPort());
    assertEquals(Optional.of("redis://r:6379"), c.redisUrl());
    assertEquals(Set.of(Role.WORKER), c.roles());
    assertEquals(3, c.workerConcurrency());
    assertEquals(2L << 30, c.maxUploadBytes());
  }

  @Test
  void unknownSettingFailsNamingIt() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> DocketConfig.fromEnv(Map.of("DOCKET_WORKERS", "4")));
    assertTrue(e.getMessage().contains("DOCKET_WORKERS"), e.getMessage());
  }

  @Test
  void malformedValuesFailNamingTheVariable() {
    assertMessage("DOCKET_HTTP_PORT", Map.of("DOCKET_HTTP_PORT", "eighty"));
    assertMessage("DOCKET_HTTP_PORT", Map.of("DOCKET_HTTP_PORT", "70000"));
    assertMessage("DOCKET_WORKER_CONCURRENCY", Map.of("DOCKET_WORKER_CONCURRENCY", "0"));
    assertMessage("DOCKET_ROLES", Map.of("DOCKET_ROLES", "web,cook"));
    assertMessage("DOCKET_REDIS_URL", Map.of("DOCKET_REDIS_URL", "localhost:6379"));
    assertMessage("DOCKET_MAX_UPLOAD_BYTES", Map.of("DOCKET_MAX_UPLOAD_BYTES", "-5"));
  }

  @Test
  void webhooksAreOffWithoutASecretAndParsedWithOne() {
    WebhookSettings off = DocketConfig.fromEnv(Map.of()).webhooks();
    assertFalse(off.enabled());
    assertFalse(off.allowPrivate());
    assertEquals(WebhookSettings.DEFAULT_MAX_ATTEMPTS, off.maxAttempts());
    WebhookSettings on = DocketConfig.fromEnv(Map.of("DOCKET_WEBHOOK_SECRET", SECRET,
        "DOCKET_WEBHOOK_ALLOW_PRIVATE", "TRUE", "DOCKET_WEBHOOK_MAX_ATTEMPTS", "3", "DOCKET_WEBHOOK_BACKOFF_MS", "500",
        "DOCKET_WEBHOOK_TIMEOUT_MS", "2000")).webhooks();
    assertEquals(Optional.of(SECRET), on.secret());
    assertTrue(on.allowPrivate());
    assertEquals(3, on.maxAttempts());
    assertEquals(500, on.backoffMs());
    assertEquals(2000, on.timeoutMs());
  }

  @Test
  void malformedWebhookSettingsFailNamingTheVariable() {
    assertMessage("DOCKET_WEBHOOK_SECRET", Map.of("DOCKET_WEBHOOK_SECRET", "whsec_not base64!"));
    assertMessage("DOCKET_WEBHOOK_SECRET", Map.of("DOCKET_WEBHOOK_SECRET", "whsec_c2hvcnQ=")); // 5 bytes: too short
    assertMessage("DOCKET_WEBHOOK_ALLOW_PRIVATE", Map.of("DOCKET_WEBHOOK_ALLOW_PRIVATE", "yes"));
    assertMessage("DOCKET_WEBHOOK_MAX_ATTEMPTS", Map.of("DOCKET_WEBHOOK_MAX_ATTEMPTS", "0"));
    assertMessage("DOCKET_WEBHOOK_TIMEOUT_MS", Map.of("DOCKET_WEBHOOK_TIMEOUT_MS", "ten"));
  }

  /** 32 bytes, base64 (the form {@code whsec_$(head -c 32 /dev/urandom | base64)} gives). */
  private static final String SECRET = "whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  private static void assertMessage(String expected, Map<String, String> env) {
    ConfigException e = assertThrows(ConfigException.class, () -> DocketConfig.fromEnv(env));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
