package dev.llmgateway.emulator.internal.apigee.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the files of a proxy bundle zip that lie under {@code apiproxy/}, with limits: at most
 * {@value #MAX_ENTRIES} entries, {@value #MAX_FILE_BYTES} bytes per file and {@value
 * #MAX_TOTAL_BYTES} bytes in all once inflated (zip bombs stop there); entry names that are
 * absolute, contain {@code ..}, a backslash or a drive letter are rejected (zip-slip). Nothing is
 * written to disk. Entries outside {@code apiproxy/} (such as {@code __MACOSX/}) are skipped.
 */
public final class BundleZip {

  /** The most entries a bundle may have. */
  public static final int MAX_ENTRIES = 1000;

  /** The most bytes one inflated file may have. */
  public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

  /** The most bytes all inflated files may have together. */
  public static final int MAX_TOTAL_BYTES = 30 * 1024 * 1024;

  private static final String ROOT = "apiproxy/";

  private BundleZip() {}

  /**
   * Reads the files under {@code apiproxy/}.
   *
   * @param zip the zip bytes
   * @return path to content, sorted by path
   * @throws BundleException if the zip is unreadable, unsafe, too large or has no {@code apiproxy/}
   */
  public static Map<String, byte[]> read(byte[] zip) throws BundleException {
    Map<String, byte[]> files = new TreeMap<>();
    List<BundleViolation> problems = new ArrayList<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw fail("bundle.zip", "the bundle has more than " + MAX_ENTRIES + " entries");
        }
        String name = e.getName();
        if (unsafe(name)) {
          problems.add(new BundleViolation(name, "unsafe entry name (absolute, '..' or '\\')"));
          continue;
        }
        if (e.isDirectory() || !name.startsWith(ROOT)) {
          continue;
        }
        byte[] content = readBounded(in, name);
        total += content.length;
        if (total > MAX_TOTAL_BYTES) {
          throw fail(name, "the inflated bundle exceeds " + MAX_TOTAL_BYTES + " bytes");
        }
        if (files.put(name, content) != null) {
          problems.add(new BundleViolation(name, "duplicate entry"));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw fail("bundle.zip", "not a readable zip archive: " + e.getClass().getSimpleName());
    }
    if (files.isEmpty() && problems.isEmpty()) {
      problems.add(new BundleViolation("bundle.zip", "no files under the root folder apiproxy/"));
    }
    if (!problems.isEmpty()) {
      throw new BundleException(problems);
    }
    return files;
  }

  private static boolean unsafe(String name) {
    return name.startsWith("/")
        || name.contains("\\")
        || name.contains(":")
        || name.equals("..")
        || name.startsWith("../")
        || name.contains("/../")
        || name.endsWith("/..");
  }

  private static byte[] readBounded(InputStream in, String name)
      throws IOException, BundleException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > MAX_FILE_BYTES) {
        throw fail(name, "the inflated file exceeds " + MAX_FILE_BYTES + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static BundleException fail(String file, String message) {
    return new BundleException(List.of(new BundleViolation(file, message)));
  }
}
