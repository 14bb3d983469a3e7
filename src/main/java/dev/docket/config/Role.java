package dev.docket.config;

import java.util.Locale;

/** What a Docket process does: serve HTTP ({@link #WEB}), convert documents ({@link #WORKER}), or both. */
public enum Role {
  WEB,
  WORKER;

  /** Parses {@code web} / {@code worker} (case-insensitive). */
  static Role parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("DOCKET_ROLES: unknown role '" + text.trim() + "' (expected web, worker or web,worker)");
    }
  }
}
