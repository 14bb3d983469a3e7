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

  @Test
  void tooFewConnectedReplicasForTheRequiredAcknowledgementsAreNamed() {
    String info = "# Replication\r\nrole:master\r\nconnected_slaves:1\r\nslave0:ip=127.0.0.1,port=7001\r\n";
    assertEquals(java.util.Optional.empty(), RedisSettingsCheck.replicaWarning(info, 1));
    assertTrue(RedisSettingsCheck.replicaWarning(info, 2).orElseThrow().contains("1 connected replica(s)"));
    assertTrue(RedisSettingsCheck.replicaWarning("role:master\r\nconnected_slaves:0\r\n", 1).orElseThrow()
        .contains("DOCKET_REDIS_MIN_REPLICAS=1"));
  }
}
