package dev.llmgateway.emulator.internal.apigee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds bundle zips for tests, including broken ones. */
public final class Zips {

  private Zips() {}

  /** Zips files given as path, content, path, content... */
  public static byte[] of(String... pathsAndContents) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1]);
    }
    return of(files);
  }

  /** Zips files by path. */
  public static byte[] of(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * A ProxyEndpoint with request and response PreFlow steps (each may be {@code Name|Condition}).
   */
  public static String endpoint(String basePath, String[] request, String[] response) {
    return "<ProxyEndpoint name=\"default\"><PreFlow name=\"PreFlow\"><Request>"
        + steps(request)
        + "</Request><Response>"
        + steps(response)
        + "</Response></PreFlow><HTTPProxyConnection><BasePath>"
        + basePath
        + "</BasePath></HTTPProxyConnection><RouteRule name=\"default\"/></ProxyEndpoint>";
  }

  private static String steps(String[] steps) {
    StringBuilder sb = new StringBuilder();
    for (String s : steps) {
      String[] parts = s.split("\\|", 2);
      sb.append("<Step><Name>").append(parts[0]).append("</Name>");
      if (parts.length > 1) {
        sb.append("<Condition>")
            .append(parts[1].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
            .append("</Condition>");
      }
      sb.append("</Step>");
    }
    return sb.toString();
  }

  /** A bundle with one endpoint at {@code /} and the given policies (path-less names to XML). */
  public static byte[] bundle(String endpoint, Map<String, String> policies) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("apiproxy/proxies/default.xml", endpoint);
    policies.forEach((name, xml) -> files.put("apiproxy/policies/" + name + ".xml", xml));
    return of(files);
  }
}
