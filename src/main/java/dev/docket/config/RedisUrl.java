package dev.docket.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code DOCKET_REDIS_URL}, parsed: which Redis topology Docket talks to and through which endpoints.
 *
 * <pre>
 * redis://[user:password@]host:port[/db]                      one server (rediss:// for TLS, unix:///path.sock)
 * redis-sentinel://[user:password@]host:port,host:port/master Sentinel: the sentinels' addresses and the
 *                                                             name of the monitored master set
 * redis-cluster://[user:password@]host:port,host:port         Cluster: any reachable nodes (seeds); the
 *                                                             client discovers the rest with CLUSTER SLOTS
 * </pre>
 * {@code rediss-sentinel://} and {@code rediss-cluster://} use TLS. Ports may be left out: 6379 for servers
 * and cluster nodes, 26379 for sentinels (Redis's own defaults). With Sentinel the credentials are sent to
 * the sentinels and to the master alike. Hosts may be names, IPv4 or bracketed IPv6 ({@code [::1]:26379}).
 *
 * @param topology which kind of deployment
 * @param endpoints one {@code redis://} (or {@code rediss://}, {@code unix://}) connection string per
 *     server, sentinel or seed node, credentials included
 * @param masterName the Sentinel master set name; empty for the other topologies
 */
public record RedisUrl(Topology topology, List<String> endpoints, Optional<String> masterName) {
  /** The Redis deployment shapes Docket supports. */
  public enum Topology {
    /** One server (possibly with replicas Docket does not address). */
    STANDALONE,
    /** A master found through Redis Sentinel, followed across failovers. */
    SENTINEL,
    /** Redis Cluster; every Docket key shares the {@code {docket}} hash slot. */
    CLUSTER
  }

  /** Default port of a Redis server or cluster node. */
  public static final int DEFAULT_PORT = 6379;
  /** Default port of a Redis Sentinel. */
  public static final int DEFAULT_SENTINEL_PORT = 26379;

  private static final String VARIABLE = "DOCKET_REDIS_URL";
  private static final Pattern MULTI = Pattern.compile("(rediss?)-(sentinel|cluster)://(?:([^@/]*)@)?([^/]*)(?:/(.*))?");
  private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+)(?::([0-9]{1,5}))?");
  private static final Pattern MASTER_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  public RedisUrl {
    endpoints = List.copyOf(endpoints);
  }

  /**
   * Parses and checks a URL of one of the shapes in the class comment.
   *
   * @throws ConfigException naming {@code DOCKET_REDIS_URL} and what is wrong (credentials are never echoed)
   */
  public static RedisUrl parse(String url) {
    String text = url.trim();
    if (text.startsWith("redis://") || text.startsWith("rediss://")) {
      return standalone(text);
    }
    if (text.startsWith("unix://")) {
      return new RedisUrl(Topology.STANDALONE, List.of(text), Optional.empty());
    }
    Matcher m = MULTI.matcher(text);
    if (!m.matches()) {
      throw invalid(text, "expected redis://host:port, redis-sentinel://host:port,host:port/master or "
          + "redis-cluster://host:port,host:port");
    }
    boolean sentinel = m.group(2).equals("sentinel");
    String scheme = m.group(1) + "://";
    String userInfo = m.group(3) == null ? "" : m.group(3) + "@";
    List<String> endpoints = new ArrayList<>();
    for (String part : m.group(4).split(",", -1)) {
      endpoints.add(scheme + userInfo + hostPort(text, part.trim(), sentinel ? DEFAULT_SENTINEL_PORT : DEFAULT_PORT));
    }
    String path = m.group(5) == null ? "" : m.group(5);
    if (sentinel) {
      if (!MASTER_NAME.matcher(path).matches()) {
        throw invalid(text, "a Sentinel URL ends with the master set name, e.g. redis-sentinel://h1:26379,h2:26379/mymaster");
      }
      return new RedisUrl(Topology.SENTINEL, endpoints, Optional.of(path));
    }
    if (!path.isEmpty()) {
      throw invalid(text, "a Cluster URL has no path (a cluster has no databases or master names)");
    }
    return new RedisUrl(Topology.CLUSTER, endpoints, Optional.empty());
  }

  /** The URL as given, without its credentials, for logs and error messages. */
  public static String redact(String url) {
    return url.replaceAll("//[^@/]*@", "//***@");
  }

  /** The topology, endpoints and master name, without credentials, for logs. */
  @Override
  public String toString() {
    return topology + " " + endpoints.stream().map(RedisUrl::redact).toList() + masterName.map(n -> " master " + n).orElse("");
  }

  private static RedisUrl standalone(String text) {
    try {
      URI uri = new URI(text);
      if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
        throw invalid(text, "no host");
      }
      String path = uri.getPath() == null ? "" : uri.getPath();
      if (!path.isEmpty() && !path.equals("/") && !path.matches("/[0-9]{1,2}")) {
        throw invalid(text, "the path of a redis:// URL is a database number, e.g. redis://host:6379/0");
      }
    } catch (URISyntaxException e) {
      throw invalid(text, "not a URL");
    }
    return new RedisUrl(Topology.STANDALONE, List.of(text), Optional.empty());
  }

  private static String hostPort(String url, String part, int defaultPort) {
    Matcher m = HOST_PORT.matcher(part);
    if (part.isEmpty() || !m.matches()) {
      throw invalid(url, "'" + part + "' is not host:port");
    }
    int port = m.group(2) == null ? defaultPort : Integer.parseInt(m.group(2));
    if (port < 1 || port > 65_535) {
      throw invalid(url, "port " + port + " is out of range [1, 65535]");
    }
    return m.group(1) + ":" + port;
  }

  private static ConfigException invalid(String url, String why) {
    return new ConfigException(VARIABLE + ": '" + redact(url) + "' " + why);
  }
}
