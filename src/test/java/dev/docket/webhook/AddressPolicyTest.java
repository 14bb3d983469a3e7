package dev.docket.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressPolicyTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "127.0.0.1,        a loopback address",
      "127.255.0.9,      a loopback address",
      "::1,              a loopback address",
      "::ffff:127.0.0.1, a loopback address",
      "0.0.0.0,          an unspecified address",
      "0.1.2.3,          an unspecified address",
      "::,               an unspecified address",
      "10.0.0.1,         a private address",
      "172.16.0.1,       a private address",
      "172.31.255.254,   a private address",
      "192.168.1.1,      a private address",
      "fc00::1,          a private address",
      "fd12:3456::1,     a private address",
      "169.254.169.254,  a link-local address (incl. cloud metadata)",
      "fe80::1,          a link-local address (incl. cloud metadata)",
      "100.64.0.1,       a carrier-grade NAT address (100.64.0.0/10)",
      "100.127.255.255,  a carrier-grade NAT address (100.64.0.0/10)",
      "224.0.0.1,        a multicast or broadcast address",
      "ff02::1,          a multicast or broadcast address",
      "255.255.255.255,  a multicast or broadcast address",
      "8.8.8.8,          ''",
      "172.32.0.1,       ''",
      "100.128.0.1,      ''",
      "100.63.255.255,   ''",
      "11.0.0.1,         ''",
      "2606:4700::1111,  ''",
      "fbff::1,          ''",
  })
  void classifiesAddresses(String address, String expected) throws Exception {
    Optional<String> refusal = AddressPolicy.refusal(InetAddress.getByName(address));
    assertEquals(expected == null || expected.isEmpty() ? Optional.empty() : Optional.of(expected), refusal);
  }
}
