package dev.llmgateway.admin.apigee.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reduces XML to what Apigee reads (element names, attributes, non-blank text, child order), so
 * that bundles can be compared by meaning rather than bytes.
 */
public final class XmlCanon {

  private XmlCanon() {}

  /**
   * Returns the canonical form of an XML document, or empty if it is not well-formed.
   *
   * @param xml the document; DOCTYPEs are rejected
   * @return the canonical text
   */
  public static Optional<String> canonical(byte[] xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setIgnoringComments(true);
      f.setExpandEntityReferences(false);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      Element root = builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
      StringBuilder out = new StringBuilder();
      write(root, 0, out);
      return Optional.of(out.toString());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Unzips a bundle and returns the canonical XML of its files under {@code prefix}.
   *
   * @param zip the bundle zip
   * @param prefixes the path prefixes to keep, e.g. {@code apiproxy/policies/}
   * @return path to canonical XML, or empty if the zip or a file cannot be read
   */
  public static Optional<Map<String, String>> canonicalFiles(byte[] zip, String... prefixes) {
    Map<String, String> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.isDirectory() || !startsWithAny(e.getName(), prefixes)) {
          continue;
        }
        Optional<String> canonical = canonical(in.readAllBytes());
        if (canonical.isEmpty()) {
          return Optional.empty();
        }
        files.put(e.getName(), canonical.get());
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(files);
  }

  private static boolean startsWithAny(String name, String... prefixes) {
    for (String p : prefixes) {
      if (name.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static void write(Element e, int depth, StringBuilder out) {
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
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element) {
        write((Element) c, depth + 1, out);
      }
    }
  }
}
