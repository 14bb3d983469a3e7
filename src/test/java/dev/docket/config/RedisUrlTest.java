package dev.docket.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedisUrlTest {
  @Test
  void aStandaloneUrlIsKeptAsItIs() {
    RedisUrl url = RedisUrl.parse("redis://:secret@cache.internal:6380/2");
    assertEquals(RedisUrl.Topology.STANDALONE, url.topology());
    assertEquals(List.of("redis://:secret@cache.internal:6380/2"), url.endpoints());
    assertEquals(Optional.empty(), url.masterName());
    assertEquals(RedisUrl.Topology.STANDALONE, RedisUrl.parse("rediss://redis_1:6379").topology());
    assertEquals(RedisUrl.Topology.STANDALONE, RedisUrl.parse("unix:///run/redis.sock").topology());
  }

  @Test
  void aSentinelUrlNamesEverySentinelAndTheMasterSet() {
    RedisUrl url = RedisUrl.parse("redis-sentinel://s1:26379, s2:26380,[::1]:26381,s4/mymaster");
    assertEquals(RedisUrl.Topology.SENTINEL, url.topology());
    assertEquals(List.of("redis://s1:26379", "redis://s2:26380", "redis://[::1]:26381", "redis://s4:26379"),
        url.endpoints());
    assertEquals(Optional.of("mymaster"), url.masterName());
  }

  @Test
  void credentialsAndTlsApplyToEveryEndpoint() {
    RedisUrl url = RedisUrl.parse("rediss-sentinel://user:pw@s1:1,s2:2/m");
    assertEquals(List.of("rediss://user:pw@s1:1", "rediss://user:pw@s2:2"), url.endpoints());
    assertFalse(url.toString().contains("pw"), url.toString());
  }

  @Test
  void aClusterUrlListsSeedNodesWithTheDefaultPort() {
    RedisUrl url = RedisUrl.parse("redis-cluster://10.0.0.1:7000,10.0.0.2,node-3:7002/");
    assertEquals(RedisUrl.Topology.CLUSTER, url.topology());
    assertEquals(List.of("redis://10.0.0.1:7000", "redis://10.0.0.2:6379", "redis://node-3:7002"), url.endpoints());
    assertEquals(Optional.empty(), url.masterName());
  }

  @Test
  void malformedUrlsAreRefusedNamingTheVariableWithoutTheirPassword() {
    for (String bad : List.of("localhost:6379", "http://h:1", "redis://", "redis://h:6379/db0",
        "redis-sentinel://s1:26379,s2:26379", "redis-sentinel://s1:26379/", "redis-sentinel://:pw@s1:99999/m",
        "redis-sentinel://s1:26379,,s2:26379/m", "redis-sentinel://s1:26379/my master",
        "redis-cluster://", "redis-cluster://h1:7000,h2:7001/mymaster", "redis-cluster://h1:port",
        "redis-replicas://h:1")) {
      ConfigException e = assertThrows(ConfigException.class, () -> RedisUrl.parse(bad), bad);
      assertTrue(e.getMessage().startsWith("DOCKET_REDIS_URL: "), e.getMessage());
      assertFalse(e.getMessage().contains("pw"), e.getMessage());
    }
  }

  @Test
  void aBadTopologyUrlStopsStartUp() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> DocketConfig.fromEnv(Map.of("DOCKET_REDIS_URL", "redis-sentinel://s1:26379")));
    assertTrue(e.getMessage().contains("DOCKET_REDIS_URL") && e.getMessage().contains("master set name"), e.getMessage());
  }

  @Test
  void replicaAcknowledgementIsOffByDefaultAndReadFromTheEnvironment() {
    assertEquals(ReplicaAck.NONE, DocketConfig.fromEnv(Map.of()).replicaAck());
    DocketConfig c = DocketConfig.fromEnv(Map.of("DOCKET_REDIS_URL", "redis-cluster://h:7000",
        "DOCKET_REDIS_MIN_REPLICAS", "1", "DOCKET_REDIS_REPLICA_TIMEOUT_MS", "250"));
    assertEquals(new ReplicaAck(1, 250), c.replicaAck());
    assertTrue(c.replicaAck().required());
    ConfigException e = assertThrows(ConfigException.class,
        () -> DocketConfig.fromEnv(Map.of("DOCKET_REDIS_MIN_REPLICAS", "-1")));
    assertTrue(e.getMessage().contains("DOCKET_REDIS_MIN_REPLICAS"), e.getMessage());
  }
}
