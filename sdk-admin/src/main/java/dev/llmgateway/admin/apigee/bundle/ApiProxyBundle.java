package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.immutables.value.Value;

/**
 * An API proxy bundle: the proxy descriptor, proxy and target endpoints and policies, rendered as
 * the zip with root {@code apiproxy/} that the management API imports (the layout apigeecli
 * produces).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name} and one proxy
 * endpoint.
 */
@Value.Immutable
@ValueStyle
public abstract class ApiProxyBundle {

  /** 2025-01-01T00:00:00Z, so that zips are reproducible. */
  private static final long ZIP_TIME = 1735689600000L;

  ApiProxyBundle() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value's fields.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the API proxy name ({@code A-Za-z0-9._-}).
   *
   * @return the API proxy name
   */
  public abstract String name();

  /**
   * Returns the display name (defaults to the name).
   *
   * @return the display name, or empty when not set
   */
  public abstract Optional<String> displayName();

  /**
   * Returns the description.
   *
   * @return the description, or empty when not set
   */
  public abstract Optional<String> description();

  /**
   * Returns the revision written into the descriptor (default 1; Apigee assigns the real revision
   * on import).
   *
   * @return the revision written into the descriptor
   */
  @Value.Default
  public int revision() {
    return 1;
  }

  /**
   * Returns the proxy endpoints (at least one).
   *
   * @return the proxy endpoints
   */
  public abstract List<ProxyEndpoint> proxyEndpoints();

  /**
   * Returns the target endpoints.
   *
   * @return the target endpoints
   */
  public abstract List<TargetEndpoint> targetEndpoints();

  /**
   * Returns the policies.
   *
   * @return the policies
   */
  public abstract List<Policy> policies();

  @Value.Check
  void check() {
    NameRules.apiProxy(name());
    BundleRules.check(this);
  }

  /**
   * Returns the bundle's files by path (e.g. {@code apiproxy/policies/Q-TokenQuota.xml}) in a
   * stable order: descriptor, proxies, targets, policies.
   *
   * @return path to XML content
   */
  public Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("apiproxy/" + name() + ".xml", BundleXml.proxyDescriptor(this));
    for (ProxyEndpoint e : proxyEndpoints()) {
      files.put("apiproxy/proxies/" + e.name() + ".xml", BundleXml.proxyEndpoint(e));
    }
    for (TargetEndpoint e : targetEndpoints()) {
      files.put("apiproxy/targets/" + e.name() + ".xml", BundleXml.targetEndpoint(e));
    }
    for (Policy p : policies()) {
      files.put("apiproxy/policies/" + p.name() + ".xml", p.toXml());
    }
    return Collections.unmodifiableMap(files);
  }

  /**
   * Returns the bundle as a zip with root {@code apiproxy/}; the same bundle always gives the same
   * bytes.
   *
   * @return the zip
   */
  public byte[] toZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String dir : directories()) {
        ZipEntry entry = new ZipEntry(dir);
        entry.setTime(ZIP_TIME);
        zip.putNextEntry(entry);
        zip.closeEntry();
      }
      for (Map.Entry<String, String> f : files().entrySet()) {
        ZipEntry entry = new ZipEntry(f.getKey());
        entry.setTime(ZIP_TIME);
        zip.putNextEntry(entry);
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private List<String> directories() {
    List<String> dirs = new ArrayList<>(List.of("apiproxy/", "apiproxy/proxies/"));
    if (!targetEndpoints().isEmpty()) {
      dirs.add("apiproxy/targets/");
    }
    if (!policies().isEmpty()) {
      dirs.add("apiproxy/policies/");
    }
    return dirs;
  }

  /** Builder of {@link ApiProxyBundle}. */
  public static final class Builder extends ImmutableApiProxyBundle.Builder {
    Builder() {}
  }
}
