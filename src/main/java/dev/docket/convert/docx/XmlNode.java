package dev.docket.convert.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * A read-only, lightweight copy of one WordprocessingML element and its subtree, built once from
 * POI's XMLBeans objects. Layout code reads everything through this view: it is fast to walk, keeps
 * document order across element types (which the typed XMLBeans getters lose), and works for
 * elements that POI's lite schema jar has no classes for (e.g. {@code mc:AlternateContent}).
 *
 * <p>Names: elements of the main WordprocessingML namespace by local name ({@code p}, {@code rPr});
 * other namespaces with a fixed prefix ({@code wp:inline}, {@code a:blip}, {@code v:shape},
 * {@code mc:Fallback}). Attributes the same way ({@code val}, {@code r:id}); attributes without a
 * namespace by local name ({@code style}, {@code cx}).
 */
final class XmlNode {
  private static final List<XmlNode> NONE = List.of();
  private static final Map<String, String> PREFIXES = Map.ofEntries(
      Map.entry("http://schemas.openxmlformats.org/wordprocessingml/2006/main", ""),
      Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r:"),
      Map.entry("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "wp:"),
      Map.entry("http://schemas.openxmlformats.org/drawingml/2006/main", "a:"),
      Map.entry("http://schemas.openxmlformats.org/drawingml/2006/picture", "pic:"),
      Map.entry("urn:schemas-microsoft-com:vml", "v:"),
      Map.entry("urn:schemas-microsoft-com:office:office", "o:"),
      Map.entry("http://schemas.openxmlformats.org/markup-compatibility/2006", "mc:"),
      Map.entry("http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "wps:"),
      Map.entry("http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", "wpg:"),
      Map.entry("http://schemas.openxmlformats.org/officeDocument/2006/math", "m:"),
      Map.entry("http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing", "wp14:"),
      Map.entry("urn:schemas-microsoft-com:office:word", "w10:"));

  final String name;
  private final String[] attributes;
  private final List<XmlNode> children;
  /** Text content of an element without child elements ({@code w:t}, {@code w:instrText}), else null. */
  final String text;

  private XmlNode(String name, String[] attributes, List<XmlNode> children, String text) {
    this.name = name;
    this.attributes = attributes;
    this.children = children;
    this.text = text;
  }

  /** Copies an XMLBeans object (an element or a document) into this view; null gives null. */
  static XmlNode of(XmlObject object) {
    if (object == null) {
      return null;
    }
    try (XmlCursor cursor = object.newCursor()) {
      if (cursor.isStartdoc() && !cursor.toFirstChild()) {
        return null;
      }
      return build(cursor);
    }
  }

  private static XmlNode build(XmlCursor cursor) {
    String name = name(cursor.getName());
    String[] attributes = attributes(cursor);
    List<XmlNode> children = NONE;
    String text = null;
    if (cursor.toFirstChild()) {
      children = new ArrayList<>(4);
      do {
        children.add(build(cursor));
      } while (cursor.toNextSibling());
      cursor.toParent();
    } else {
      String value = cursor.getTextValue();
      text = value == null || value.isEmpty() ? null : value;
    }
    return new XmlNode(name, attributes, children, text);
  }

  private static String[] attributes(XmlCursor cursor) {
    if (!cursor.toFirstAttribute()) {
      return null;
    }
    List<String> pairs = new ArrayList<>(4);
    do {
      pairs.add(name(cursor.getName()));
      pairs.add(cursor.getTextValue());
    } while (cursor.toNextAttribute());
    cursor.toParent();
    return pairs.toArray(String[]::new);
  }

  private static String name(QName qname) {
    String uri = qname.getNamespaceURI();
    if (uri == null || uri.isEmpty()) {
      return qname.getLocalPart();
    }
    String prefix = PREFIXES.get(uri);
    if (prefix == null) {
      prefix = qname.getPrefix() == null || qname.getPrefix().isEmpty() ? "x:" : qname.getPrefix() + ":";
    }
    return prefix.isEmpty() ? qname.getLocalPart() : (prefix + qname.getLocalPart()).intern();
  }

  /** An empty element of a name, without attributes (e.g. a default paragraph, {@code "p"}). */
  static XmlNode empty(String name) {
    return new XmlNode(name, null, List.of(), null);
  }

  /** A nameless element holding the given children (to treat some blocks as a story). */
  static XmlNode container(List<XmlNode> children) {
    return new XmlNode("", null, List.copyOf(children), null);
  }

  /** The same element without the children of the given name (e.g. a paragraph without its frame). */
  XmlNode without(String childName) {
    List<XmlNode> kept = new ArrayList<>(children.size());
    for (XmlNode c : children) {
      if (!c.name.equals(childName)) {
        kept.add(c);
      }
    }
    return new XmlNode(name, attributes, kept, text);
  }

  /** The same element with its first child of a name replaced. */
  XmlNode replacing(String childName, XmlNode replacement) {
    List<XmlNode> kept = new ArrayList<>(children);
    for (int i = 0; i < kept.size(); i++) {
      if (kept.get(i).name.equals(childName)) {
        kept.set(i, replacement);
        break;
      }
    }
    return new XmlNode(name, attributes, kept, text);
  }

  /** The attribute's value, or null. */
  String attr(String key) {
    if (attributes != null) {
      for (int i = 0; i < attributes.length; i += 2) {
        if (attributes[i].equals(key)) {
          return attributes[i + 1];
        }
      }
    }
    return null;
  }

  /** The first child with this name, or null. */
  XmlNode child(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  /** The {@code val} attribute of the first child with this name, or null. */
  String childVal(String childName) {
    XmlNode c = child(childName);
    return c == null ? null : c.attr("val");
  }

  /** Children in document order. */
  List<XmlNode> children() {
    return children;
  }

  /** Children with this name, in document order. */
  List<XmlNode> children(String childName) {
    List<XmlNode> found = new ArrayList<>();
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        found.add(c);
      }
    }
    return found;
  }

  /** The first descendant (depth first, this node excluded) with this name, or null. */
  XmlNode find(String descendantName) {
    for (XmlNode c : children) {
      if (c.name.equals(descendantName)) {
        return c;
      }
      XmlNode deeper = c.find(descendantName);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  /**
   * The first descendant with this name, reading only the branch of each
   * {@code mc:AlternateContent} that {@code branch} picks (null: skip the whole alternative).
   */
  XmlNode findIn(String descendantName, java.util.function.UnaryOperator<XmlNode> branch) {
    for (XmlNode c : children) {
      XmlNode node = c.name.equals("mc:AlternateContent") ? branch.apply(c) : c;
      if (node == null) {
        continue;
      }
      if (node.name.equals(descendantName)) {
        return node;
      }
      XmlNode deeper = node.findIn(descendantName, branch);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  /** All descendants with this name, depth first. */
  void findAll(String descendantName, List<XmlNode> into) {
    for (XmlNode c : children) {
      if (c.name.equals(descendantName)) {
        into.add(c);
      } else {
        c.findAll(descendantName, into);
      }
    }
  }

  @Override
  public String toString() {
    return "<" + name + (children.isEmpty() ? "/>" : ">…");
  }
}
