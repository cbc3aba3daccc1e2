package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;

/**
 * The name of an API proxy revision: {@code
 * organizations/{organization}/apis/{apiProxy}/revisions/{revision}}.
 *
 * @param organization the organization id
 * @param apiProxy the API proxy name
 * @param revision the revision number in decimal
 */
public record RevisionName(String organization, String apiProxy, String revision)
    implements ResourceName {

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param apiProxy the API proxy name
   * @param revision the revision number in decimal
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public RevisionName {
    NameRules.organization(organization);
    NameRules.apiProxy(apiProxy);
    NameRules.revision(revision);
  }

  /**
   * Creates a name from its parts, validating each.
   *
   * @param organization the organization id
   * @param apiProxy the API proxy name
   * @param revision the revision number in decimal
   * @return the name
   * @throws IllegalArgumentException if a part is invalid; the message names it
   */
  public static RevisionName of(String organization, String apiProxy, String revision) {
    return new RevisionName(organization, apiProxy, revision);
  }

  /**
   * Creates the name of a revision of the given proxy.
   *
   * @param apiProxy the proxy's name
   * @param revision the revision number, 1 or more
   * @return the name
   * @throws IllegalArgumentException if {@code revision} is below 1
   */
  public static RevisionName of(ApiProxyName apiProxy, int revision) {
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be >= 1 but was " + revision);
    }
    return of(apiProxy.organization(), apiProxy.apiProxy(), Integer.toString(revision));
  }

  /**
   * Parses {@code organizations/{organization}/apis/{apiProxy}/revisions/{revision}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape or an invalid part
   */
  public static RevisionName parse(String name) {
    String[] p = Names.parse("revisionName", "organizations/{}/apis/{}/revisions/{}", name);
    return of(p[0], p[1], p[2]);
  }

  /**
   * Returns the parent resource's name.
   *
   * @return the parent name
   */
  public ApiProxyName apiProxyName() {
    return ApiProxyName.of(organization, apiProxy);
  }

  @Override
  public String path() {
    return "organizations/" + organization + "/apis/" + apiProxy + "/revisions/" + revision;
  }

  @Override
  public String toString() {
    return path();
  }
}
