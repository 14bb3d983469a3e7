package dev.docket.convert.docx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * List numbering (ECMA-376 Part 1 §17.9): numbering instances ({@code w:num}) point at abstract
 * definitions ({@code w:abstractNum}) whose levels ({@code w:lvl}) give the start value, format,
 * label text ({@code %1.%2}), indentation and label font. Counters are kept per abstract
 * definition, so instances sharing one continue each other's numbering, as Word does; a
 * {@code w:startOverride} restarts the instance's list the first time it is used. Labels must be
 * asked for in document order.
 */
final class Numbering {
  private static final int LEVELS = 9;

  /** One level of a list definition. */
  record Level(int start, String format, String text, String justification, String suffix,
      XmlNode pPr, XmlNode rPr, boolean legal, int restart) {}

  private final Map<Integer, XmlNode> abstracts = new HashMap<>();
  private final Map<Integer, XmlNode> nums = new HashMap<>();
  private final Map<String, Integer> styleLinks = new HashMap<>();
  private final Map<Integer, int[]> counters = new HashMap<>();
  private final Set<Integer> startedNums = new HashSet<>();
  private final StyleResolver styles;

  /**
   * @param numbering the {@code w:numbering} element, or null when the document has none
   */
  Numbering(XmlNode numbering, StyleResolver styles) {
    this.styles = styles;
    if (numbering == null) {
      return;
    }
    for (XmlNode a : numbering.children("abstractNum")) {
      int id = Units.integer(a.attr("abstractNumId"), -1);
      abstracts.putIfAbsent(id, a);
      String link = a.childVal("styleLink");
      if (link != null) {
        styleLinks.put(link, id);
      }
    }
    for (XmlNode n : numbering.children("num")) {
      nums.putIfAbsent(Units.integer(n.attr("numId"), -1), n);
    }
  }

  /** The level definition for an instance and level, or null when there is none. */
  Level level(int numId, int ilvl) {
    XmlNode num = nums.get(numId);
    if (num == null || ilvl < 0 || ilvl >= LEVELS) {
      return null;
    }
    XmlNode lvl = override(num, ilvl, "lvl");
    if (lvl == null) {
      XmlNode abs = abstractOf(num);
      lvl = abs == null ? null : levelNode(abs, ilvl);
    }
    if (lvl == null) {
      return null;
    }
    Level parsed = parse(lvl);
    XmlNode start = override(num, ilvl, "startOverride");
    if (start != null) {
      parsed = new Level(Units.integer(start.attr("val"), parsed.start()), parsed.format(), parsed.text(),
          parsed.justification(), parsed.suffix(), parsed.pPr(), parsed.rPr(), parsed.legal(), parsed.restart());
    }
    return parsed;
  }

  /**
   * Advances the counters for a paragraph of this list and level and returns its label text
   * (possibly empty); null when the paragraph has no numbering.
   */
  String nextLabel(int numId, int ilvl) {
    Level level = level(numId, ilvl);
    XmlNode num = nums.get(numId);
    if (level == null || num == null) {
      return null;
    }
    int abstractId = abstractIdOf(num);
    int[] count = counters.computeIfAbsent(abstractId, k -> new int[LEVELS]);
    if (startedNums.add(numId)) {
      applyStartOverrides(num, count);
    }
    count[ilvl] = count[ilvl] == 0 ? level.start() : count[ilvl] + 1;
    for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      Level d = level(numId, deeper);
      if (d == null || d.restart() < 0 || d.restart() > ilvl) {
        count[deeper] = 0;
      }
    }
    return labelText(numId, level, count);
  }

  private void applyStartOverrides(XmlNode num, int[] count) {
    for (XmlNode o : num.children("lvlOverride")) {
      int l = Units.integer(o.attr("ilvl"), -1);
      String start = o.childVal("startOverride");
      if (l >= 0 && l < LEVELS && start != null) {
        count[l] = 0;
        Arrays.fill(count, l, LEVELS, 0);
      }
    }
  }

  private String labelText(int numId, Level level, int[] count) {
    if ("bullet".equals(level.format())) {
      return level.text() == null ? "\u2022" : level.text();
    }
    String template = level.text() == null ? "%1." : level.text();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '%' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
        int l = template.charAt(++i) - '1';
        if (l >= 0 && l < LEVELS) {
          Level other = level(numId, l);
          int value = count[l] != 0 ? count[l] : other == null ? 1 : other.start();
          String format = other == null ? "decimal" : other.format();
          out.append(NumberFormats.format(level.legal() ? "decimal" : format, value));
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private XmlNode override(XmlNode num, int ilvl, String child) {
    for (XmlNode o : num.children("lvlOverride")) {
      if (Units.integer(o.attr("ilvl"), -1) == ilvl && o.child(child) != null) {
        return o.child(child);
      }
    }
    return null;
  }

  private int abstractIdOf(XmlNode num) {
    return Units.integer(num.childVal("abstractNumId"), -1);
  }

  /** The abstract definition, following a {@code w:numStyleLink} to its numbering style once. */
  private XmlNode abstractOf(XmlNode num) {
    XmlNode abs = abstracts.get(abstractIdOf(num));
    String link = abs == null ? null : abs.childVal("numStyleLink");
    if (link != null) {
      Integer linked = styleLinks.get(link);
      if (linked != null) {
        return abstracts.get(linked);
      }
      ParaStyle style = styles.paragraph(link);
      XmlNode target = style.numId > 0 ? nums.get(style.numId) : null;
      return target == null ? abs : abstracts.get(abstractIdOf(target));
    }
    return abs;
  }

  private static XmlNode levelNode(XmlNode abs, int ilvl) {
    for (XmlNode lvl : abs.children("lvl")) {
      if (Units.integer(lvl.attr("ilvl"), -1) == ilvl) {
        return lvl;
      }
    }
    return null;
  }

  private static Level parse(XmlNode lvl) {
    XmlNode text = lvl.child("lvlText");
    return new Level(Units.integer(lvl.childVal("start"), 1), lvl.childVal("numFmt"),
        text == null ? null : text.attr("val"), lvl.childVal("lvlJc"), lvl.childVal("suff"),
        lvl.child("pPr"), lvl.child("rPr"), Units.onOff(lvl.child("isLgl")),
        Units.integer(lvl.childVal("lvlRestart"), -1));
  }
}
