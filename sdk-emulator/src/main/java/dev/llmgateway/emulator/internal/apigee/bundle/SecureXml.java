package dev.llmgateway.emulator.internal.apigee.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses bundle XML with the JDK's parser, securely: DOCTYPE declarations are refused (so no
 * external or recursive entities), XInclude is off and secure processing on. Also small helpers to
 * read elements.
 */
public final class SecureXml {

  private SecureXml() {}

  /**
   * Parses a document.
   *
   * @param xml the bytes
   * @return the root element
   * @throws IOException if the XML is not well-formed or declares a DOCTYPE; the message says why
   */
  public static Element parse(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setIgnoringComments(true);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
    } catch (SAXException e) {
      throw new IOException("not well-formed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
    }
  }

  /**
   * Returns the child elements.
   *
   * @param e the parent
   * @return the children, in order
   */
  public static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element) {
        out.add((Element) c);
      }
    }
    return out;
  }

  /**
   * Returns the first child element with a name.
   *
   * @param e the parent
   * @param name the element name
   * @return the child, or null
   */
  public static @Nullable Element child(Element e, String name) {
    for (Element c : children(e)) {
      if (c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Returns the child elements with a name.
   *
   * @param e the parent
   * @param name the element name
   * @return the children
   */
  public static List<Element> all(Element e, String name) {
    List<Element> out = new ArrayList<>();
    for (Element c : children(e)) {
      if (c.getTagName().equals(name)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Returns the trimmed text of an element.
   *
   * @param e the element, or null
   * @return the text, or null when the element is absent or its text is blank
   */
  public static @Nullable String text(@Nullable Element e) {
    if (e == null) {
      return null;
    }
    String t = e.getTextContent().strip();
    return t.isEmpty() ? null : t;
  }

  /**
   * Returns the text of the named child.
   *
   * @param e the parent
   * @param name the child's name
   * @return the text, or null
   */
  public static @Nullable String childText(Element e, String name) {
    return text(child(e, name));
  }

  /**
   * Returns an attribute.
   *
   * @param e the element, or null
   * @param name the attribute name
   * @return the value, or null when absent or blank
   */
  public static @Nullable String attr(@Nullable Element e, String name) {
    if (e == null || !e.hasAttribute(name)) {
      return null;
    }
    String v = e.getAttribute(name).strip();
    return v.isEmpty() ? null : v;
  }
}
