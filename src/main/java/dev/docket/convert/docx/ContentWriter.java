package dev.docket.convert.docx;

import java.nio.charset.StandardCharsets;

/**
 * Writes PDF content-stream operators (ISO 32000-1 §8 and §9) as text: numbers with at most three
 * decimals, glyph strings as hex. Faster than building operator objects and lets text be written
 * as glyph ids directly.
 */
final class ContentWriter {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private final StringBuilder out = new StringBuilder(16 * 1024);

  ContentWriter number(float v) {
    if (Float.isNaN(v) || Float.isInfinite(v)) {
      out.append('0');
    } else {
      long scaled = Math.round(v * 1000.0);
      if (scaled < 0) {
        out.append('-');
        scaled = -scaled;
      }
      out.append(scaled / 1000);
      long frac = scaled % 1000;
      if (frac != 0) {
        out.append('.');
        if (frac < 100) {
          out.append('0');
        }
        if (frac < 10) {
          out.append('0');
        }
        while (frac % 10 == 0) {
          frac /= 10;
        }
        out.append(frac);
      }
    }
    out.append(' ');
    return this;
  }

  ContentWriter op(String operator) {
    out.append(operator).append('\n');
    return this;
  }

  ContentWriter name(String name) {
    out.append('/').append(name).append(' ');
    return this;
  }

  /** Appends a two-byte glyph id to an open hex string. */
  ContentWriter glyph(int gid) {
    out.append(HEX[(gid >> 12) & 0xF]).append(HEX[(gid >> 8) & 0xF]).append(HEX[(gid >> 4) & 0xF])
        .append(HEX[gid & 0xF]);
    return this;
  }

  ContentWriter raw(String s) {
    out.append(s);
    return this;
  }

  ContentWriter color(int rgb, boolean stroke) {
    int c = rgb < 0 ? 0 : rgb;
    number(((c >> 16) & 0xFF) / 255f).number(((c >> 8) & 0xFF) / 255f).number((c & 0xFF) / 255f);
    return op(stroke ? "RG" : "rg");
  }

  byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }
}
