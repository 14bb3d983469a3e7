package dev.docket.config;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a Docket process is configured with, read once at start-up from {@code DOCKET_*}
 * environment variables. Unknown {@code DOCKET_*} names and malformed values fail start-up with a
 * {@link ConfigException} naming the variable. Durations are milliseconds, sizes bytes.
 *
 * @param httpPort {@code DOCKET_HTTP_PORT}, TCP port of the web role (0 = any free port)
 * @param redisUrl {@code DOCKET_REDIS_URL}: {@code redis://host:6379}, a Sentinel set
 *     {@code redis-sentinel://host:26379,host:26379/mymaster} or a Cluster seed list
 *     {@code redis-cluster://host:6379,host:6379} (see {@link RedisUrl}); empty = start a local
 *     {@code redis-server} child process
 * @param roles {@code DOCKET_ROLES}: {@code web}, {@code worker} or both
 * @param dataDir {@code DOCKET_DATA_DIR}: blob store root (and the local Redis's AOF directory)
 * @param workerConcurrency {@code DOCKET_WORKER_CONCURRENCY}: conversions run at once by this process
 * @param maxUploadBytes {@code DOCKET_MAX_UPLOAD_BYTES}: largest accepted request body
 * @param queue the reliability settings (lease, retries, timeouts, retention)
 * @param limits admission limits (queue depth, concurrent uploads)
 * @param apiKeys {@code DOCKET_API_KEYS}: comma-separated bearer tokens that operator endpoints (listings,
 *     stats, workers, retry, purge) require; empty = operator endpoints open (development)
 * @param webhooks job webhooks: signing secret, address policy, retries ({@code DOCKET_WEBHOOK_*})
 * @param replicaAck {@code DOCKET_REDIS_MIN_REPLICAS} and {@code DOCKET_REDIS_REPLICA_TIMEOUT_MS}: replicas that
 *     must confirm a submission before it is acknowledged
 */
public record DocketConfig(
    int httpPort,
    Optional<String> redisUrl,
    Set<Role> roles,
    Path dataDir,
    int workerConcurrency,
    long maxUploadBytes,
    QueueSettings queue,
    AdmissionLimits limits,
    Set<String> apiKeys,
    WebhookSettings webhooks,
    ReplicaAck replicaAck) {

  public static final int DEFAULT_HTTP_PORT = 8080;
  public static final String DEFAULT_DATA_DIR = "./data";
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 100L * 1024 * 1024;

  private static final Set<String> KNOWN = Set.of(
      "DOCKET_HTTP_PORT", "DOCKET_REDIS_URL", "DOCKET_ROLES", "DOCKET_DATA_DIR",
      "DOCKET_WORKER_CONCURRENCY", "DOCKET_MAX_UPLOAD_BYTES", "DOCKET_LEASE_MS", "DOCKET_MAX_STALLED",
      "DOCKET_MAX_ATTEMPTS", "DOCKET_RETRY_BACKOFF_MS", "DOCKET_JOB_TIMEOUT_MS", "DOCKET_SHUTDOWN_GRACE_MS",
      "DOCKET_RETENTION_MS", "DOCKET_API_KEYS", "DOCKET_MAX_QUEUE_DEPTH", "DOCKET_MAX_CONCURRENT_UPLOADS",
      "DOCKET_RATE_LIMIT_PER_MINUTE", "DOCKET_RATE_LIMIT_BURST", "DOCKET_REDIS_MIN_REPLICAS",
      "DOCKET_REDIS_REPLICA_TIMEOUT_MS",
      "DOCKET_LOG_FORMAT", "DOCKET_WEBHOOK_SECRET", "DOCKET_WEBHOOK_ALLOW_PRIVATE", "DOCKET_WEBHOOK_MAX_ATTEMPTS",
      "DOCKET_WEBHOOK_BACKOFF_MS", "DOCKET_WEBHOOK_TIMEOUT_MS");

  public DocketConfig {
    roles = Set.copyOf(roles);
    apiKeys = Set.copyOf(apiKeys);
    if (roles.isEmpty()) {
      throw new ConfigException("DOCKET_ROLES: at least one role is needed (web, worker)");
    }
  }

  /** As the record, with webhooks disabled and no replica confirmation. */
  public DocketConfig(int httpPort, Optional<String> redisUrl, Set<Role> roles, Path dataDir, int workerConcurrency,
      long maxUploadBytes, QueueSettings queue, AdmissionLimits limits, Set<String> apiKeys) {
    this(httpPort, redisUrl, roles, dataDir, workerConcurrency, maxUploadBytes, queue, limits, apiKeys,
        WebhookSettings.DISABLED, ReplicaAck.NONE);
  }

  /** As the record, with the default queue settings and the given lease (tests). */
  public DocketConfig(int httpPort, Optional<String> redisUrl, Set<Role> roles, Path dataDir, int workerConcurrency,
      long maxUploadBytes, long leaseMs) {
    this(httpPort, redisUrl, roles, dataDir, workerConcurrency, maxUploadBytes, QueueSettings.DEFAULTS.withLeaseMs(leaseMs));
  }

  /** As the record, without API keys (tests). */
  public DocketConfig(int httpPort, Optional<String> redisUrl, Set<Role> roles, Path dataDir, int workerConcurrency,
      long maxUploadBytes, QueueSettings queue) {
    this(httpPort, redisUrl, roles, dataDir, workerConcurrency, maxUploadBytes, queue, AdmissionLimits.DEFAULTS, Set.of());
  }

  /**
   * Reads the configuration from environment variables.
   *
   * @param env usually {@code System.getenv()}
   * @throws ConfigException for an unknown {@code DOCKET_*} variable or a malformed value
   */
  public static DocketConfig fromEnv(Map<String, String> env) {
    Set<String> unknown = new TreeSet<>();
    for (String name : env.keySet()) {
      if (name.startsWith("DOCKET_") && !KNOWN.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new ConfigException("unknown setting(s) " + unknown + "; known settings are " + new TreeSet<>(KNOWN));
    }
    EnvReader r = new EnvReader(env);
    r.text("DOCKET_LOG_FORMAT").filter(f -> !f.equals("text") && !f.equals("json")).ifPresent(f -> {
      throw new ConfigException("DOCKET_LOG_FORMAT: '" + f + "' (expected text or json)");
    }); // read by logback.xml itself
    return new DocketConfig(
        (int) r.longValue("DOCKET_HTTP_PORT", DEFAULT_HTTP_PORT, 0, 65_535),
        r.text("DOCKET_REDIS_URL").map(DocketConfig::checkRedisUrl),
        r.text("DOCKET_ROLES").map(DocketConfig::parseRoles).orElse(EnumSet.allOf(Role.class)),
        Path.of(r.text("DOCKET_DATA_DIR").orElse(DEFAULT_DATA_DIR)).toAbsolutePath().normalize(),
        (int) r.longValue("DOCKET_WORKER_CONCURRENCY", Runtime.getRuntime().availableProcessors(), 1, 256),
        r.longValue("DOCKET_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES, 1, Long.MAX_VALUE),
        QueueSettings.fromEnv(r),
        AdmissionLimits.fromEnv(r),
        r.text("DOCKET_API_KEYS").map(DocketConfig::parseKeys).orElse(Set.of()),
        WebhookSettings.fromEnv(r),
        ReplicaAck.fromEnv(r));
  }

  /** True when this process runs the given role. */
  public boolean runs(Role role) {
    return roles.contains(role);
  }

  /** Lease (visibility timeout) of a claimed job, ms. */
  public long leaseMs() {
    return queue.leaseMs();
  }

  /** A copy pointing at the given Redis (used once a local Redis has been started). */
  public DocketConfig withRedisUrl(String url) {
    return new DocketConfig(httpPort, Optional.of(url), roles, dataDir, workerConcurrency, maxUploadBytes, queue, limits,
        apiKeys, webhooks, replicaAck);
  }

  /** A copy with other queue settings (tests shorten timings). */
  public DocketConfig withQueue(QueueSettings settings) {
    return new DocketConfig(httpPort, redisUrl, roles, dataDir, workerConcurrency, maxUploadBytes, settings, limits,
        apiKeys, webhooks, replicaAck);
  }

  /** A copy requiring these operator API keys (tests). */
  public DocketConfig withApiKeys(Set<String> keys) {
    return new DocketConfig(httpPort, redisUrl, roles, dataDir, workerConcurrency, maxUploadBytes, queue, limits, keys,
        webhooks, replicaAck);
  }

  /** A copy with other admission limits (tests). */
  public DocketConfig withLimits(AdmissionLimits other) {
    return new DocketConfig(httpPort, redisUrl, roles, dataDir, workerConcurrency, maxUploadBytes, queue, other, apiKeys,
        webhooks, replicaAck);
  }

  /** A copy with other webhook settings (tests). */
  public DocketConfig withWebhooks(WebhookSettings settings) {
    return new DocketConfig(httpPort, redisUrl, roles, dataDir, workerConcurrency, maxUploadBytes, queue, limits, apiKeys,
        settings, replicaAck);
  }

  /** A copy requiring replica confirmation of submissions (tests). */
  public DocketConfig withReplicaAck(ReplicaAck ack) {
    return new DocketConfig(httpPort, redisUrl, roles, dataDir, workerConcurrency, maxUploadBytes, queue, limits, apiKeys,
        webhooks, ack);
  }

  private static Set<Role> parseRoles(String text) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        roles.add(Role.parse(part));
      }
    }
    return roles;
  }

  private static Set<String> parseKeys(String text) {
    Set<String> keys = new java.util.HashSet<>();
    for (String part : text.split(",")) {
      String key = part.trim();
      if (key.length() < 16 || !key.matches("[\\x21-\\x7e]+")) {
        throw new ConfigException("DOCKET_API_KEYS: each key must be at least 16 visible ASCII characters");
      }
      keys.add(key);
    }
    return keys;
  }

  private static String checkRedisUrl(String url) {
    RedisUrl.parse(url);
    return url;
  }
}
