package dev.docket.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackUrlsTest {
  @Test
  void acceptsAbsoluteHttpAndHttpsUrls() {
    URI uri = CallbackUrls.parse("  https://hooks.example.com/docket?team=7  ");
    assertEquals("https://hooks.example.com/docket?team=7", uri.toString());
    assertEquals(443, CallbackUrls.port(uri));
    assertEquals("/docket?team=7", CallbackUrls.requestTarget(uri));
    URI plain = CallbackUrls.parse("http://hooks.example.com:8081");
    assertEquals(8081, CallbackUrls.port(plain));
    assertEquals("/", CallbackUrls.requestTarget(plain));
    assertEquals(80, CallbackUrls.port(CallbackUrls.parse("HTTP://example.com/x")));
    assertEquals("[::1]", CallbackUrls.parse("http://[::1]:9000/x").getHost());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "/relative/path", "example.com/hook", "ftp://example.com/x", "file:///etc/passwd",
      "javascript:alert(1)", "http://", "http:///path", "https://user:pw@example.com/x", "https://example.com/x#frag",
      "http://exa mple.com/", "http://bad_host_name/x"})
  void refusesWhatIsNotAnAbsoluteHttpUrl(String raw) {
    assertThrows(IllegalArgumentException.class, () -> CallbackUrls.parse(raw));
  }

  @Test
  void refusesUrlsLongerThan2048Characters() {
    String base = "https://example.com/";
    assertEquals(2048, CallbackUrls.parse(base + "a".repeat(2048 - base.length())).toString().length());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CallbackUrls.parse(base + "a".repeat(2049 - base.length())));
    assertTrue(e.getMessage().contains("2048"), e.getMessage());
  }
}
