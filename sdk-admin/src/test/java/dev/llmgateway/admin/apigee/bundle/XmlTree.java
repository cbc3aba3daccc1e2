package dev.llmgateway.admin.apigee.bundle;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A parsed XML document reduced to what Apigee reads: element names, attributes, non-blank text and
 * child order. Comments, declarations and indentation are dropped, so equal trees mean equal
 * meaning.
 */
final class XmlTree {

  private XmlTree() {}

  static String canonical(String xml) {
    StringBuilder out = new StringBuilder();
    write(parse(xml), 0, out, false);
    return out.toString();
  }

  /**
   * Like {@link #canonical} but with each element's children sorted, for comparing policies with
   * examples that list the same children in another order (Apigee reads policy children by name).
   */
  static String unordered(Element root) {
    StringBuilder out = new StringBuilder();
    write(root, 0, out, true);
    return out.toString();
  }

  static Element parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setIgnoringComments(true);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  private static void write(Element e, int depth, StringBuilder out, boolean sorted) {
    out.append("  ".repeat(depth)).append(e.getTagName());
    Map<String, String> attributes = new TreeMap<>();
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      attributes.put(attrs.item(i).getNodeName(), attrs.item(i).getNodeValue());
    }
    if (!attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    StringBuilder text = new StringBuilder();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(c.getNodeValue());
      }
    }
    if (!text.toString().isBlank()) {
      out.append(" = ").append(text.toString().strip());
    }
    out.append('\n');
    List<String> children = new ArrayList<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element) {
        StringBuilder child = new StringBuilder();
        write((Element) c, depth + 1, child, sorted);
        children.add(child.toString());
      }
    }
    if (sorted) {
      Collections.sort(children);
    }
    children.forEach(out::append);
  }
}
