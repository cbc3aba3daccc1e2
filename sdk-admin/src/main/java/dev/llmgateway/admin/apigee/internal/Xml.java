package dev.llmgateway.admin.apigee.internal;

import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for writing proxy bundle XML with the JDK's javax.xml. */
public final class Xml {

  private Xml() {}

  /** Returns a new document whose root element is {@code rootName}. */
  public static Element newRoot(String rootName) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Document doc = f.newDocumentBuilder().newDocument();
      doc.setXmlStandalone(true);
      Element root = doc.createElement(rootName);
      doc.appendChild(root);
      return root;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser is not available", e);
    }
  }

  /** Starts a policy document: the common attributes and the DisplayName child. */
  public static Element policy(
      String element, String name, String displayName, boolean continueOnError, boolean enabled) {
    Element root = newRoot(element);
    root.setAttribute("continueOnError", Boolean.toString(continueOnError));
    root.setAttribute("enabled", Boolean.toString(enabled));
    root.setAttribute("name", name);
    child(root, "DisplayName", displayName);
    return root;
  }

  /** Appends an empty child element. */
  public static Element child(Element parent, String name) {
    Element e = parent.getOwnerDocument().createElement(name);
    parent.appendChild(e);
    return e;
  }

  /** Appends a child element with text (none when {@code text} is null). */
  public static Element child(Element parent, String name, @Nullable String text) {
    Element e = child(parent, name);
    if (text != null) {
      e.setTextContent(text);
    }
    return e;
  }

  /** Appends a child element holding a value and/or a {@code ref} attribute. */
  public static Element valueOrRef(
      Element parent, String name, @Nullable String value, @Nullable String ref) {
    Element e = child(parent, name, value);
    if (ref != null) {
      e.setAttribute("ref", ref);
    }
    return e;
  }

  /** Serialises the document of {@code node} with a declaration and two-space indentation. */
  public static String toString(Node node) {
    Document doc = node instanceof Document ? (Document) node : node.getOwnerDocument();
    try {
      TransformerFactory tf = TransformerFactory.newInstance();
      tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(out));
      // The JDK writes the root element on the declaration's line when standalone is set.
      return out.toString().replaceFirst("\\?><", "?>\n<");
    } catch (TransformerException e) {
      throw new IllegalStateException("could not serialise XML", e);
    }
  }
}
