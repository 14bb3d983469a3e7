package dev.docket.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the deployment files at the module root: {@code docker-compose.yml} must run Redis durably and
 * let workers scale ({@code docker compose up --scale worker=N}) against the same Redis and blob volume
 * as the web node; the {@code Dockerfile} must start the shaded jar.
 */
class ComposeFileTest {
  private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");
  private static final Path DOCKERFILE = Path.of("Dockerfile");
  private static final String REDIS_URL = "redis://redis:6379";

  private static Map<String, Object> compose;
  private static Map<String, Object> services;

  @BeforeAll
  static void parseComposeFile() throws IOException {
    assertTrue(Files.isRegularFile(COMPOSE_FILE), "docker-compose.yml must exist at " + COMPOSE_FILE.toAbsolutePath());
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    compose = map(yaml.load(Files.readString(COMPOSE_FILE)), "docker-compose.yml (top level)");
    services = map(compose.get("services"), "services");
  }

  @Test
  void declaresRedisWebAndWorkerServices() {
    for (String name : List.of("redis", "web", "worker")) {
      assertTrue(services.containsKey(name), "docker-compose.yml must declare service '" + name + "'");
    }
  }

  @Test
  void redisKeepsAnAppendOnlyFileAndNeverEvicts() {
    List<String> args = commandArgs(service("redis").get("command"));
    assertEquals("yes", valueAfter(args, "--appendonly"), "redis command must enable AOF: --appendonly yes; was " + args);
    assertNotNull(valueAfter(args, "--appendfsync"), "redis command must set --appendfsync; was " + args);
    assertEquals("noeviction", valueAfter(args, "--maxmemory-policy"),
        "redis command must set --maxmemory-policy noeviction so queue keys are never evicted; was " + args);
  }

  @Test
  void redisHasAHealthcheckThatPings() {
    Map<String, Object> healthcheck = map(service("redis").get("healthcheck"), "redis.healthcheck");
    String test = String.valueOf(healthcheck.get("test"));
    assertTrue(test.contains("redis-cli") && test.contains("ping"), "redis healthcheck must run redis-cli ping; was " + test);
  }

  @Test
  void webAndWorkerShareOneDeclaredBlobVolume() {
    String webVolume = namedVolumeAt(service("web"), "/data");
    String workerVolume = namedVolumeAt(service("worker"), "/data");
    assertNotNull(webVolume, "web must mount a named volume at /data");
    assertNotNull(workerVolume, "worker must mount a named volume at /data");
    assertEquals(webVolume, workerVolume, "web and worker must mount the same blob volume at /data");
    Object declared = compose.get("volumes");
    assertTrue(declared instanceof Map && ((Map<?, ?>) declared).containsKey(webVolume),
        "volume '" + webVolume + "' must be declared under the top-level volumes");
  }

  @Test
  void webAndWorkerUseTheRedisServiceAndTheSharedDataDir() {
    for (String name : List.of("web", "worker")) {
      Map<String, String> env = environment(service(name));
      assertEquals(REDIS_URL, env.get("DOCKET_REDIS_URL"), name + " must point DOCKET_REDIS_URL at the redis service");
      assertEquals("/data", env.get("DOCKET_DATA_DIR"), name + " must set DOCKET_DATA_DIR=/data (the blob volume)");
      assertTrue(dependsOn(service(name)).contains("redis"), name + " must depend on redis");
    }
  }

  @Test
  void webRunsTheWebRoleAndPublishesAPort() {
    Map<String, Object> web = service("web");
    assertEquals("web", environment(web).get("DOCKET_ROLES"), "web must set DOCKET_ROLES=web");
    Object ports = web.get("ports");
    assertTrue(ports instanceof List && !((List<?>) ports).isEmpty(), "web must publish a port; was " + ports);
  }

  @Test
  void workerRunsTheWorkerRoleAndCanScale() {
    Map<String, Object> worker = service("worker");
    assertAll(
        () -> assertEquals("worker", environment(worker).get("DOCKET_ROLES"), "worker must set DOCKET_ROLES=worker"),
        () -> assertFalse(worker.containsKey("ports"), "worker must publish no ports, or --scale worker=N would clash on them"),
        () -> assertFalse(worker.containsKey("container_name"), "worker must have no container_name, or --scale worker=N fails"));
  }

  @Test
  void dockerfileRunsTheShadedJar() throws IOException {
    assertTrue(Files.isRegularFile(DOCKERFILE), "Dockerfile must exist at " + DOCKERFILE.toAbsolutePath());
    String dockerfile = Files.readString(DOCKERFILE);
    Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT\\s+(.+)$").matcher(dockerfile);
    String last = null;
    while (entrypoint.find()) {
      last = entrypoint.group(1); // the last ENTRYPOINT is the one in the runtime stage
    }
    assertNotNull(last, "Dockerfile must have an ENTRYPOINT");
    assertTrue(last.contains("java") && last.contains("-jar") && last.contains("docket.jar"),
        "Dockerfile ENTRYPOINT must run java -jar .../docket.jar; was " + last);
  }

  // ---------------------------------------------------------------------------------------------------

  private static Map<String, Object> service(String name) {
    return map(services.get(name), "services." + name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String what) {
    assertTrue(value instanceof Map, what + " must be a mapping; was " + value);
    return (Map<String, Object>) value;
  }

  /** A Compose command as its argument list: either a YAML list or one shell-style string. */
  private static List<String> commandArgs(Object command) {
    assertNotNull(command, "redis must set a command");
    List<String> args = new ArrayList<>();
    if (command instanceof List<?> list) {
      list.forEach(arg -> args.add(String.valueOf(arg)));
    } else {
      args.addAll(List.of(String.valueOf(command).trim().split("\\s+")));
    }
    return args;
  }

  /** The value of a redis-server option, given as {@code --name value} or {@code --name=value}. */
  private static String valueAfter(List<String> args, String option) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals(option) && i + 1 < args.size()) {
        return args.get(i + 1);
      }
      if (arg.startsWith(option + "=")) {
        return arg.substring(option.length() + 1);
      }
    }
    return null;
  }

  /** Environment as a map, whether written as a mapping or as a list of {@code NAME=value}. */
  private static Map<String, String> environment(Map<String, Object> service) {
    Object env = service.get("environment");
    Map<String, String> result = new LinkedHashMap<>();
    if (env instanceof Map<?, ?> mapping) {
      mapping.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
    } else if (env instanceof List<?> list) {
      for (Object entry : list) {
        String[] pair = String.valueOf(entry).split("=", 2);
        result.put(pair[0], pair.length > 1 ? pair[1] : null);
      }
    }
    return result;
  }

  private static Set<String> dependsOn(Map<String, Object> service) {
    Object deps = service.get("depends_on");
    Collection<?> names = deps instanceof Map<?, ?> mapping ? mapping.keySet()
        : deps instanceof List<?> list ? list : List.of();
    Set<String> result = new HashSet<>();
    names.forEach(name -> result.add(String.valueOf(name)));
    return result;
  }

  /** The named volume a service mounts at {@code target} (short or long syntax), or null. */
  private static String namedVolumeAt(Map<String, Object> service, String target) {
    Object volumes = service.get("volumes");
    if (!(volumes instanceof List<?> list)) {
      return null;
    }
    for (Object volume : list) {
      if (volume instanceof String spec) {
        String[] parts = spec.split(":");
        boolean named = !parts[0].startsWith("/") && !parts[0].startsWith(".") && !parts[0].startsWith("~");
        if (parts.length >= 2 && parts[1].equals(target) && named) {
          return parts[0];
        }
      } else if (volume instanceof Map<?, ?> mount
          && "volume".equals(mount.get("type")) && target.equals(mount.get("target"))) {
        return String.valueOf(mount.get("source"));
      }
    }
    return null;
  }

  @Test
  void dockerWaitsLongerThanTheShutdownGraceBeforeKilling() {
    for (String name : new String[] {"web", "worker"}) {
      Object period = service(name).get("stop_grace_period");
      assertNotNull(period, name + " must set stop_grace_period (Docker's 10 s default cuts the 30 s drain short)");
      long seconds = Long.parseLong(period.toString().replaceAll("[^0-9]", ""));
      assertTrue(seconds > 30, name + " stop_grace_period must exceed DOCKET_SHUTDOWN_GRACE_MS (30 s); was " + period);
    }
  }
}
