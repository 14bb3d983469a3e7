package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedisSettingsCheckTest {
  @Test
  void theRecommendedSettingsRaiseNoWarning() {
    assertEquals(List.of(), RedisSettingsCheck.warnings("yes", "always", "noeviction"));
  }

  @Test
  void missingAofLooseFsyncAndEvictionAreEachNamed() {
    assertTrue(RedisSettingsCheck.warnings("no", "everysec", "noeviction").get(0).contains("appendonly yes"));
    assertTrue(RedisSettingsCheck.warnings("yes", "everysec", "noeviction").get(0).contains("appendfsync always"));
    List<String> evicting = RedisSettingsCheck.warnings("yes", "always", "allkeys-lru");
    assertEquals(1, evicting.size());
    assertTrue(evicting.get(0).contains("noeviction"));
  }
}
