package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.emulator.internal.apigee.bundle.ParsedBundle;
import dev.llmgateway.emulator.internal.apigee.bundle.ProxyPlan;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * API proxies and their revisions ({@code organizations/{org}/apis}). Bundles are parsed by the
 * caller (off the event loop) with {@link #nextRevision} and stored with {@link #store}. Methods
 * return the response JSON.
 */
public final class ProxyService {

  private final OrgStore org;

  ProxyService(OrgStore org) {
    this.org = org;
  }

  /**
   * Checks a proxy name.
   *
   * @param name the name
   * @return the name
   * @throws ApiError INVALID_ARGUMENT naming the {@code name} parameter
   */
  public static String checkName(String name) {
    try {
      return NameRules.apiProxy(name);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalidField("name", e.getMessage().replaceFirst("^apiProxy", "name"));
    }
  }

  /**
   * Returns the revision number the next import of a proxy gets.
   *
   * @param name the proxy name
   * @return the number
   */
  public int nextRevision(String name) {
    return org.read(
        () -> {
          ProxyEntity p = org.proxies.get(name);
          return p == null || p.revisions.isEmpty() ? 1 : p.revisions.lastKey() + 1;
        });
  }

  /**
   * Describes the revision a bundle would become, without storing it ({@code action=validate}).
   *
   * @param name the proxy name
   * @param bundle the parsed bundle
   * @return the revision
   */
  public ObjectNode describe(String name, ParsedBundle bundle) {
    long now = org.now();
    return revisionJson(
        name, new ProxyEntity.Revision(nextRevision(name), new byte[0], bundle, now));
  }

  /**
   * Stores a parsed bundle as the proxy's next revision, creating the proxy if needed.
   *
   * @param name the proxy name
   * @param zip the zip as uploaded
   * @param bundle the parsed bundle
   * @return the new revision
   */
  public ObjectNode store(String name, byte[] zip, ParsedBundle bundle) {
    return org.write(
        () -> {
          long now = org.now();
          ProxyEntity p = org.proxies.computeIfAbsent(name, n -> new ProxyEntity(n, now));
          int number = p.revisions.isEmpty() ? 1 : p.revisions.lastKey() + 1;
          ProxyPlan plan = bundle.plan();
          ParsedBundle numbered = bundle;
          if (plan != null && plan.revision() != number) {
            numbered =
                new ParsedBundle(
                    bundle.displayName(),
                    bundle.description(),
                    bundle.basePaths(),
                    bundle.policies(),
                    bundle.proxyEndpoints(),
                    bundle.targetEndpoints(),
                    bundle.resources(),
                    new ProxyPlan(
                        plan.name(), number, plan.endpoints(), plan.policies(), plan.targets()),
                    bundle.problems(),
                    bundle.notices());
          }
          ProxyEntity.Revision r = new ProxyEntity.Revision(number, zip.clone(), numbered, now);
          p.revisions.put(number, r);
          p.lastModifiedAt = now;
          return revisionJson(name, r);
        });
  }

  /**
   * Reads a proxy with its revision numbers.
   *
   * @param name the proxy name
   * @return the proxy
   */
  public ObjectNode get(String name) {
    return org.read(() -> proxyJson(proxy(name)));
  }

  /**
   * Lists proxies.
   *
   * @param includeRevisions whether to list each proxy's revisions
   * @return {@code {"proxies":[...]}}
   */
  public ObjectNode list(boolean includeRevisions) {
    return org.read(
        () -> {
          ObjectNode n = Json.object();
          ArrayNode a = n.putArray("proxies");
          for (ProxyEntity p : org.proxies.values()) {
            ObjectNode j = proxyJson(p);
            if (!includeRevisions) {
              j.remove("revision");
            }
            a.add(j);
          }
          return n;
        });
  }

  /**
   * Deletes a proxy and its revisions; none may be deployed.
   *
   * @param name the proxy name
   * @return the deleted proxy
   */
  public ObjectNode delete(String name) {
    return org.write(
        () -> {
          ProxyEntity p = proxy(name);
          for (Map<String, DeploymentEntity> env : org.deployments.values()) {
            if (env.containsKey(name)) {
              throw ApiError.failedPrecondition(
                  "proxy '" + name + "' is deployed; undeploy it before deleting it");
            }
          }
          org.proxies.remove(name);
          return proxyJson(p);
        });
  }

  /**
   * Reads a revision's metadata.
   *
   * @param name the proxy name
   * @param revision the revision number as in the path
   * @return the revision
   */
  public ObjectNode revision(String name, String revision) {
    return org.read(() -> revisionJson(name, revisionOf(name, revision)));
  }

  /**
   * Returns a revision's bundle zip as it was uploaded.
   *
   * @param name the proxy name
   * @param revision the revision number as in the path
   * @return the zip
   */
  public byte[] download(String name, String revision) {
    return org.read(() -> revisionOf(name, revision).zip().clone());
  }

  /**
   * Deletes a revision that is not deployed.
   *
   * @param name the proxy name
   * @param revision the revision number as in the path
   * @return the deleted revision
   */
  public ObjectNode deleteRevision(String name, String revision) {
    return org.write(
        () -> {
          ProxyEntity.Revision r = revisionOf(name, revision);
          for (Map<String, DeploymentEntity> env : org.deployments.values()) {
            DeploymentEntity d = env.get(name);
            if (d != null && d.revision == r.number()) {
              throw ApiError.failedPrecondition(
                  "revision " + r.number() + " of '" + name + "' is deployed; undeploy it first");
            }
          }
          proxy(name).revisions.remove(r.number());
          return revisionJson(name, r);
        });
  }

  ProxyEntity proxy(String name) {
    ProxyEntity p = org.proxies.get(name);
    if (p == null) {
      throw ApiError.notFound("API proxy '" + name + "' does not exist");
    }
    return p;
  }

  ProxyEntity.Revision revisionOf(String name, String revision) {
    ProxyEntity p = proxy(name);
    ProxyEntity.Revision r = null;
    if (revision.matches("[1-9][0-9]{0,8}")) {
      r = p.revisions.get(Integer.parseInt(revision));
    }
    if (r == null) {
      throw ApiError.notFound(
          "revision '" + revision + "' of API proxy '" + name + "' does not exist");
    }
    return r;
  }

  private static ObjectNode proxyJson(ProxyEntity p) {
    ObjectNode n = Json.object();
    n.put("name", p.name);
    ArrayNode revisions = n.putArray("revision");
    p.revisions.keySet().forEach(r -> revisions.add(Integer.toString(r)));
    if (!p.revisions.isEmpty()) {
      n.put("latestRevisionId", Integer.toString(p.revisions.lastKey()));
    }
    ObjectNode meta = n.putObject("metaData");
    meta.put("createdAt", Long.toString(p.createdAt));
    meta.put("lastModifiedAt", Long.toString(p.lastModifiedAt));
    meta.put("subType", "Proxy");
    n.put("apiProxyType", "PROGRAMMABLE");
    return n;
  }

  private static ObjectNode revisionJson(String name, ProxyEntity.Revision r) {
    ParsedBundle b = r.bundle();
    ObjectNode n = Json.object();
    n.put("name", name);
    n.put("revision", Integer.toString(r.number()));
    if (b.displayName() != null) {
      n.put("displayName", b.displayName());
    }
    if (b.description() != null) {
      n.put("description", b.description());
    }
    n.put("createdAt", Long.toString(r.createdAt()));
    n.put("lastModifiedAt", Long.toString(r.createdAt()));
    n.set("basepaths", Json.strings(b.basePaths()));
    n.set("policies", Json.strings(b.policies()));
    n.set("proxyEndpoints", Json.strings(b.proxyEndpoints()));
    n.set("proxies", Json.strings(b.proxyEndpoints()));
    n.set("targetEndpoints", Json.strings(b.targetEndpoints()));
    n.set("targets", Json.strings(b.targetEndpoints()));
    n.set("resources", Json.strings(b.resources()));
    n.put("type", "Application");
    n.putObject("configurationVersion").put("majorVersion", 4).put("minorVersion", 0);
    ObjectNode meta = n.putObject("entityMetaDataAsProperties");
    meta.put("bundle_type", "zip");
    meta.put("subType", "Proxy");
    meta.put("createdAt", Long.toString(r.createdAt()));
    meta.put("lastModifiedAt", Long.toString(r.createdAt()));
    return n;
  }
}
