package dev.docket.config;

/** A setting is unknown or malformed; the message names the variable and what was expected. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
