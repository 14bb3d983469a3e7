package dev.docket.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses a webhook may be sent to: public unicast addresses only, unless
 * {@code DOCKET_WEBHOOK_ALLOW_PRIVATE=true}. Refused (server-side request forgery guard): loopback
 * (127/8, ::1), unspecified (0.0.0.0/8, ::), private (RFC 1918: 10/8, 172.16/12, 192.168/16; unique local
 * fc00::/7 from RFC 4193; deprecated site-local fec0::/10), link-local (169.254/16 from RFC 3927, which holds
 * cloud metadata services at 169.254.169.254; fe80::/10), shared address space (100.64/10 from RFC 6598,
 * carrier-grade NAT), multicast and the IPv4 broadcast address. IPv4-mapped IPv6 addresses are classified
 * as their IPv4 address (Java already turns {@code ::ffff:a.b.c.d} into an {@link Inet4Address}).
 */
public final class AddressPolicy {
  private AddressPolicy() {
  }

  /**
   * @return why a webhook must not be sent to {@code address} (e.g. {@code "a loopback address"}), or empty
   *     when it is a public unicast address
   */
  public static Optional<String> refusal(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return Optional.of("a loopback address");
    }
    if (address.isAnyLocalAddress() || isThisNetwork(address)) {
      return Optional.of("an unspecified address");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("a link-local address (incl. cloud metadata)");
    }
    if (address.isSiteLocalAddress() || isUniqueLocal(address)) {
      return Optional.of("a private address");
    }
    if (isSharedAddressSpace(address)) {
      return Optional.of("a carrier-grade NAT address (100.64.0.0/10)");
    }
    if (address.isMulticastAddress() || isBroadcast(address)) {
      return Optional.of("a multicast or broadcast address");
    }
    return Optional.empty();
  }

  /** 0.0.0.0/8, "this network" (RFC 1122). */
  private static boolean isThisNetwork(InetAddress a) {
    return a instanceof Inet4Address && a.getAddress()[0] == 0;
  }

  /** fc00::/7 (RFC 4193). */
  private static boolean isUniqueLocal(InetAddress a) {
    return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
  }

  /** 100.64.0.0/10 (RFC 6598). */
  private static boolean isSharedAddressSpace(InetAddress a) {
    byte[] b = a.getAddress();
    return a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
  }

  private static boolean isBroadcast(InetAddress a) {
    byte[] b = a.getAddress();
    return a instanceof Inet4Address && (b[0] & b[1] & b[2] & b[3] & 0xff) == 0xff;
  }
}
