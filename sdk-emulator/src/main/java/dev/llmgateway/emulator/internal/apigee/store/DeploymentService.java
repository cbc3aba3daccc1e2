package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.emulator.internal.apigee.bundle.ParsedBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deployments of proxy revisions to environments. A deployment starts PROGRESSING and settles after
 * the configured delay (at once by default) to READY, or to ERROR with one {@code errors[]} entry
 * per reason the emulator cannot execute the bundle. One revision of a proxy is deployed per
 * environment; {@code override=true} replaces another. Methods return the response JSON.
 */
public final class DeploymentService {

  /** Logs, when a revision is deployed, what the emulator runs differently from Apigee. */
  private static final System.Logger LOG = System.getLogger(DeploymentService.class.getName());

  /** The {@code google.rpc.Code} of a deployment error: INVALID_ARGUMENT. */
  static final int ERROR_CODE = 3;

  private final OrgStore org;

  DeploymentService(OrgStore org) {
    this.org = org;
  }

  /**
   * Deploys a revision.
   *
   * @param env the environment
   * @param proxy the proxy name
   * @param revision the revision number as in the path
   * @param override whether to replace another deployed revision of the proxy
   * @return the deployment as first reported
   */
  public ObjectNode deploy(String env, String proxy, String revision, boolean override) {
    DeploymentEntity created =
        org.write(
            () -> {
              org.checkEnvironment(env);
              ProxyEntity.Revision r = org.proxies().revisionOf(proxy, revision);
              Map<String, DeploymentEntity> byProxy = org.deployments.get(env);
              DeploymentEntity current = byProxy.get(proxy);
              if (current != null && current.revision != r.number() && !override) {
                throw ApiError.failedPrecondition(
                    "revision "
                        + current.revision
                        + " of '"
                        + proxy
                        + "' is deployed in '"
                        + env
                        + "'; deploy with override=true to replace it");
              }
              DeploymentEntity d = new DeploymentEntity(env, proxy, r.number(), org.now());
              if (current != null) {
                d.replaced = "READY".equals(current.state) ? current : current.replaced;
              }
              byProxy.put(proxy, d);
              return d;
            });
    org.scheduler.schedule(org.deploymentDelay, () -> org.write(() -> settle(created)));
    return org.read(() -> json(created));
  }

  private DeploymentEntity settle(DeploymentEntity d) {
    if (org.deployments.get(d.environment).get(d.proxy) != d || !d.state.equals("PROGRESSING")) {
      return d;
    }
    ProxyEntity p = org.proxies.get(d.proxy);
    ProxyEntity.Revision r = p == null ? null : p.revisions.get(d.revision);
    ParsedBundle b = r == null ? null : r.bundle();
    if (b == null || b.plan() == null) {
      d.state = "ERROR";
      d.errors.addAll(b == null ? List.of("the revision no longer exists") : b.problems());
    } else {
      d.state = "READY";
      d.replaced = null;
      for (String notice : b.notices()) {
        LOG.log(
            System.Logger.Level.INFO,
            () ->
                "deployed "
                    + d.proxy
                    + " revision "
                    + d.revision
                    + " in "
                    + d.environment
                    + ": "
                    + notice);
      }
    }
    return d;
  }

  /**
   * Reads the deployment of a revision in an environment.
   *
   * @param env the environment
   * @param proxy the proxy name
   * @param revision the revision number as in the path
   * @return the deployment with its state
   */
  public ObjectNode get(String env, String proxy, String revision) {
    return org.read(() -> json(find(env, proxy, revision)));
  }

  /**
   * Undeploys a revision.
   *
   * @param env the environment
   * @param proxy the proxy name
   * @param revision the revision number as in the path
   * @return an empty object
   */
  public ObjectNode undeploy(String env, String proxy, String revision) {
    return org.write(
        () -> {
          DeploymentEntity d = find(env, proxy, revision);
          org.deployments.get(env).remove(d.proxy);
          return Json.object();
        });
  }

  /**
   * Lists the deployments of a proxy in all environments.
   *
   * @param proxy the proxy name
   * @return {@code {"deployments":[...]}}, or {@code {}} when there are none
   */
  public ObjectNode listForProxy(String proxy) {
    return org.read(
        () -> {
          org.proxies().proxy(proxy);
          List<DeploymentEntity> out = new ArrayList<>();
          org.deployments
              .values()
              .forEach(
                  m -> {
                    if (m.containsKey(proxy)) {
                      out.add(m.get(proxy));
                    }
                  });
          return list(out);
        });
  }

  /**
   * Lists the deployments of one revision of a proxy.
   *
   * @param proxy the proxy name
   * @param revision the revision number as in the path
   * @return {@code {"deployments":[...]}}, or {@code {}} when there are none
   */
  public ObjectNode listForRevision(String proxy, String revision) {
    return org.read(
        () -> {
          int number = org.proxies().revisionOf(proxy, revision).number();
          List<DeploymentEntity> out = new ArrayList<>();
          org.deployments
              .values()
              .forEach(
                  m -> {
                    DeploymentEntity d = m.get(proxy);
                    if (d != null && d.revision == number) {
                      out.add(d);
                    }
                  });
          return list(out);
        });
  }

  /**
   * Lists the proxy deployments of an environment.
   *
   * @param env the environment
   * @return {@code {"deployments":[...]}}, or {@code {}} when there are none
   */
  public ObjectNode listForEnvironment(String env) {
    return org.read(
        () -> {
          org.checkEnvironment(env);
          return list(new ArrayList<>(org.deployments.get(env).values()));
        });
  }

  /**
   * Describes an environment.
   *
   * @param env the environment
   * @return the environment
   */
  public ObjectNode environment(String env) {
    org.checkEnvironment(env);
    ObjectNode n = Json.object();
    n.put("name", env);
    n.put("state", "ACTIVE");
    n.put("apiProxyType", "PROGRAMMABLE");
    n.put("deploymentType", "PROXY");
    return n;
  }

  private DeploymentEntity find(String env, String proxy, String revision) {
    org.checkEnvironment(env);
    int number = org.proxies().revisionOf(proxy, revision).number();
    DeploymentEntity d = org.deployments.get(env).get(proxy);
    if (d == null || d.revision != number) {
      throw ApiError.notFound(
          "revision " + number + " of API proxy '" + proxy + "' is not deployed in '" + env + "'");
    }
    return d;
  }

  private static ObjectNode list(List<DeploymentEntity> deployments) {
    ObjectNode n = Json.object();
    if (!deployments.isEmpty()) {
      ArrayNode a = n.putArray("deployments");
      deployments.forEach(d -> a.add(json(d)));
    }
    return n;
  }

  private static ObjectNode json(DeploymentEntity d) {
    ObjectNode n = Json.object();
    n.put("environment", d.environment);
    n.put("apiProxy", d.proxy);
    n.put("revision", Integer.toString(d.revision));
    n.put("deployStartTime", Long.toString(d.deployStartTime));
    n.put("state", d.state);
    n.put("proxyDeploymentType", "STANDARD");
    if (!d.errors.isEmpty()) {
      ArrayNode errors = n.putArray("errors");
      d.errors.forEach(m -> errors.addObject().put("code", ERROR_CODE).put("message", m));
    }
    return n;
  }
}
