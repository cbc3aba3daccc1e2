package dev.llmgateway.admin.apigee;

import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.ProxyEndpoint;
import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.internal.ApigeeContext;
import dev.llmgateway.admin.apigee.internal.XmlCanon;
import dev.llmgateway.admin.apigee.model.ApiProxy;
import dev.llmgateway.admin.apigee.model.ProxyRevision;
import dev.llmgateway.admin.apigee.names.ApiProxyName;
import dev.llmgateway.admin.apigee.names.RevisionName;
import dev.llmgateway.client.internal.check.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * API proxies of the organization ({@code organizations/{org}/apis}): bundle validation, import and
 * deletion. Obtain from {@link ApigeeClient#apiProxies()}. This class is thread-safe.
 */
public final class ApiProxies {

  /**
   * The largest bundle zip Apigee accepts, 15 MiB: the documented limit on the size of an API proxy
   * or shared flow zip bundle (Apigee and Apigee hybrid). The documentation says "15 MB"; we read
   * it as 15 MiB so that no bundle Apigee accepts is refused here.
   */
  public static final int MAX_BUNDLE_BYTES = 15 * 1024 * 1024;

  private static final MediaType ZIP = MediaType.get("application/zip");

  private final ApigeeContext ctx;

  ApiProxies(ApigeeContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the typed name of a proxy of this organization.
   *
   * @param apiProxy the proxy name
   * @return the name
   */
  public ApiProxyName name(String apiProxy) {
    return ApiProxyName.of(ctx.organization(), apiProxy);
  }

  /**
   * Validates a bundle without importing it ({@code POST apis?name=..&action=validate}).
   *
   * @param bundle the bundle
   * @return the revision Apigee would create
   * @throws dev.llmgateway.admin.apigee.errors.ApigeeInvalidArgumentException with the bundle's
   *     violations if it is invalid
   * @throws IllegalArgumentException if the zip is larger than {@link #MAX_BUNDLE_BYTES}, before
   *     anything is sent
   */
  public ProxyRevision validate(ApiProxyBundle bundle) {
    return upload(bundle, "validate");
  }

  /**
   * Imports a bundle as a new revision of the proxy, creating the proxy if needed ({@code POST
   * organizations/{org}/apis?name=..&action=import} with the zip as multipart form field {@code
   * file}).
   *
   * <p>An import is re-sent only after HTTP 429 or a failure to connect. After a server error or a
   * connection cut once the zip was sent, the server may have created a revision: the error says
   * so; check the proxy's latest revision, or use {@link #ensureImported}, which compares it with
   * the bundle.
   *
   * @param bundle the bundle
   * @return the new revision
   * @throws IllegalArgumentException if the zip is larger than {@link #MAX_BUNDLE_BYTES}, before
   *     anything is sent
   */
  public ProxyRevision importBundle(ApiProxyBundle bundle) {
    return upload(bundle, "import");
  }

  /**
   * Optionally validates the bundle, then imports it.
   *
   * @param bundle the bundle
   * @param validateFirst whether to call {@link #validate} first, so an invalid bundle fails before
   *     a revision is created
   * @return the new revision
   */
  public ProxyRevision importBundle(ApiProxyBundle bundle, boolean validateFirst) {
    if (validateFirst) {
      validate(bundle);
    }
    return importBundle(bundle);
  }

  /**
   * Imports the bundle only if it differs from the proxy's latest revision: the latest revision is
   * downloaded ({@code GET .../revisions/{rev}?format=bundle}) and its proxy endpoints, target
   * endpoints and policies are compared with the bundle's as parsed XML. A bundle that cannot be
   * downloaded or read counts as different. New bundles are validated before import.
   *
   * @param bundle the bundle
   * @return the latest revision if equal ({@code UNCHANGED}), else the imported one ({@code
   *     CREATED} for a new proxy, {@code UPDATED} for a new revision)
   */
  public Ensured<ProxyRevision> ensureImported(ApiProxyBundle bundle) {
    Checks.notNullArgument(bundle, "bundle");
    Optional<ApiProxy> proxy = find(bundle.name());
    if (proxy.isEmpty()) {
      return Ensured.of(importBundle(bundle, true), Ensured.Action.CREATED);
    }
    Optional<String> latest = proxy.get().latestRevision();
    if (latest.isPresent() && sameAsRevision(bundle, latest.get())) {
      return Ensured.of(describe(bundle, latest.get()), Ensured.Action.UNCHANGED);
    }
    return Ensured.of(importBundle(bundle, true), Ensured.Action.UPDATED);
  }

  /**
   * Downloads a revision's bundle zip ({@code GET .../revisions/{rev}?format=bundle}).
   *
   * @param revision the revision's name
   * @return the zip
   */
  public byte[] download(RevisionName revision) {
    Checks.notNullArgument(revision, "revision");
    return ctx.http().call("GET", revision).query("format", "bundle").sendForBytes();
  }

  private boolean sameAsRevision(ApiProxyBundle bundle, String revision) {
    return differences(
            RevisionName.of(ctx.organization().organization(), bundle.name(), revision), bundle)
        .isEmpty();
  }

  /**
   * Compares a revision with a bundle as {@link #ensureImported} does: the revision's zip is
   * downloaded and its proxy endpoints, target endpoints and policies are compared with the
   * bundle's as parsed XML (element names, attributes, non-blank text, order), so formatting does
   * not count. Only reads.
   *
   * @param revision the revision to compare
   * @param bundle the bundle
   * @return the paths of the files that differ, are missing on one side, or cannot be read (such as
   *     {@code apiproxy/policies/Q-TokenQuota.xml}); empty when the revision has the bundle's
   *     content
   */
  public List<String> differences(RevisionName revision, ApiProxyBundle bundle) {
    Checks.notNullArgument(revision, "revision");
    Checks.notNullArgument(bundle, "bundle");
    String[] parts = {"apiproxy/proxies/", "apiproxy/targets/", "apiproxy/policies/"};
    byte[] deployed;
    try {
      deployed = download(revision);
    } catch (ApigeeException | IllegalArgumentException e) {
      return List.of("apiproxy/ (revision " + revision.revision() + " cannot be downloaded)");
    }
    Optional<Map<String, String>> existing = XmlCanon.canonicalFiles(deployed, parts);
    Optional<Map<String, String>> wanted = XmlCanon.canonicalFiles(bundle.toZip(), parts);
    if (existing.isEmpty() || wanted.isEmpty()) {
      return List.of("apiproxy/ (revision " + revision.revision() + " cannot be read)");
    }
    Set<String> paths = new TreeSet<>(existing.get().keySet());
    paths.addAll(wanted.get().keySet());
    List<String> differ = new ArrayList<>();
    for (String path : paths) {
      if (!Objects.equals(existing.get().get(path), wanted.get().get(path))) {
        differ.add(path);
      }
    }
    return differ;
  }

  private static ProxyRevision describe(ApiProxyBundle bundle, String revision) {
    ProxyRevision.Builder b =
        ProxyRevision.builder()
            .name(bundle.name())
            .revision(revision)
            .displayName(bundle.displayName().orElse(null))
            .description(bundle.description().orElse(null));
    for (ProxyEndpoint e : bundle.proxyEndpoints()) {
      b.addProxyEndpoint(e.name()).addBasepath(e.basePath());
    }
    bundle.targetEndpoints().forEach(t -> b.addTargetEndpoint(t.name()));
    bundle.policies().forEach(p -> b.addPolicy(p.name()));
    return b.build();
  }

  /**
   * Returns the name of a revision as returned by import.
   *
   * @param revision an imported revision
   * @return its typed name
   */
  public RevisionName revisionName(ProxyRevision revision) {
    Checks.notNullArgument(revision, "revision");
    return RevisionName.of(name(revision.name()), revision.revisionNumber());
  }

  /**
   * Reads a proxy with its revision numbers ({@code GET organizations/{org}/apis/{api}}).
   *
   * @param apiProxy the proxy name
   * @return the proxy
   * @throws ApigeeNotFoundException if there is no such proxy
   */
  public ApiProxy get(String apiProxy) {
    return ctx.http()
        .call("GET", name(apiProxy))
        .read("API proxy", ctx.json().reader(ApiProxy.class));
  }

  /**
   * Reads a proxy if it exists.
   *
   * @param apiProxy the proxy name
   * @return the proxy, or empty
   */
  public Optional<ApiProxy> find(String apiProxy) {
    ApiProxyName name = name(apiProxy);
    try {
      return Optional.of(
          ctx.http().call("GET", name).read("API proxy", ctx.json().reader(ApiProxy.class)));
    } catch (ApigeeNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Deletes a proxy with all its revisions; deployed revisions must be undeployed first.
   *
   * @param apiProxy the proxy name
   * @return true if it was deleted, false if it did not exist
   */
  public boolean delete(String apiProxy) {
    ApiProxyName name = name(apiProxy);
    try {
      ctx.http().call("DELETE", name).send();
      return true;
    } catch (ApigeeNotFoundException e) {
      return false;
    }
  }

  private ProxyRevision upload(ApiProxyBundle bundle, String action) {
    Checks.notNullArgument(bundle, "bundle");
    byte[] zip = bundle.toZip();
    if (zip.length > MAX_BUNDLE_BYTES) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "bundle %s is %.1f MiB zipped (%d bytes); Apigee accepts bundles of at most 15 MiB:"
                  + " move large resources out of the bundle",
              bundle.name(),
              zip.length / (1024.0 * 1024.0),
              zip.length));
    }
    RequestBody body =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart("file", bundle.name() + ".zip", RequestBody.create(zip, ZIP))
            .build();
    return ctx.http()
        .call("POST", ctx.organization())
        .segments("apis")
        .query("name", bundle.name())
        .query("action", action)
        .body(body)
        .ifUnsure(
            "check the proxy's latest revision with GET "
                + name(bundle.name())
                + " before importing again, or use apiProxies().ensureImported(..), which compares"
                + " it with the bundle")
        .read("proxy revision", ctx.json().reader(ProxyRevision.class));
  }
}
