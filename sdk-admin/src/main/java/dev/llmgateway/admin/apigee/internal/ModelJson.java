package dev.llmgateway.admin.apigee.internal;

import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.ApiProductRef;
import dev.llmgateway.admin.apigee.model.ApiProxy;
import dev.llmgateway.admin.apigee.model.Attribute;
import dev.llmgateway.admin.apigee.model.ConsumerKey;
import dev.llmgateway.admin.apigee.model.Credential;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.DeploymentError;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.OperationGroup;
import dev.llmgateway.admin.apigee.model.ProxyRevision;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.apigee.model.RouteConflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Converts model values to and from the management API's JSON. */
public final class ModelJson {

  private static final Set<String> DEVELOPER_FIELDS =
      Set.of(
          "email",
          "firstName",
          "lastName",
          "userName",
          "attributes",
          "developerId",
          "status",
          "apps",
          "createdAt",
          "lastModifiedAt",
          "organizationName");
  private static final Set<String> APP_FIELDS =
      Set.of(
          "name",
          "apiProducts",
          "callbackUrl",
          "attributes",
          "scopes",
          "keyExpiresIn",
          "status",
          "appId",
          "developerId",
          "credentials",
          "createdAt",
          "lastModifiedAt");
  private static final Set<String> PRODUCT_FIELDS =
      Set.of(
          "name",
          "displayName",
          "description",
          "approvalType",
          "environments",
          "proxies",
          "apiResources",
          "scopes",
          "attributes",
          "quota",
          "quotaInterval",
          "quotaTimeUnit",
          "operationGroup",
          "quotaCounterScope",
          "createdAt",
          "lastModifiedAt");

  private final JsonMapper mapper;

  /**
   * Creates the codec.
   *
   * @param mapper the JSON mapper
   */
  public ModelJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  // ---- developers

  /** Writes the fields a create or update sends. */
  public ObjectNode write(Developer d) {
    ObjectNode n = mapper.createObjectNode();
    putUnknown(n, d.unknownFields());
    n.put("email", d.email());
    n.put("firstName", d.firstName());
    n.put("lastName", d.lastName());
    n.put("userName", d.userName());
    putAttributes(n, d.attributes());
    return n;
  }

  /** Reads a developer. */
  public Developer readDeveloper(JsonNode n) {
    return readAs("developer", () -> readDeveloperStrict(n));
  }

  private Developer readDeveloperStrict(JsonNode n) {
    Developer.Builder b =
        Developer.builder()
            .email(n.path("email").asString(""))
            .firstName(n.path("firstName").asString(""))
            .lastName(n.path("lastName").asString(""))
            .userName(n.path("userName").asString(""))
            .attributes(readAttributes(n.path("attributes")))
            .developerId(text(n, "developerId"))
            .status(text(n, "status"))
            .apps(strings(n.path("apps")));
    unknown(n, DEVELOPER_FIELDS).forEach(b::putUnknownField);
    return b.build();
  }

  // ---- apps

  /** Writes the fields an app create or update sends. */
  public ObjectNode write(DeveloperApp a) {
    ObjectNode n = mapper.createObjectNode();
    putUnknown(n, a.unknownFields());
    n.put("name", a.name());
    if (!a.apiProducts().isEmpty()) {
      putStrings(n, "apiProducts", a.apiProducts());
    }
    a.callbackUrl().ifPresent(v -> n.put("callbackUrl", v));
    putAttributes(n, a.attributes());
    if (!a.scopes().isEmpty()) {
      putStrings(n, "scopes", a.scopes());
    }
    a.keyExpiresIn().ifPresent(v -> n.put("keyExpiresIn", Long.toString(v)));
    return n;
  }

  /** Reads an app. */
  public DeveloperApp readApp(JsonNode n) {
    return readAs("developer app", () -> readAppStrict(n));
  }

  private DeveloperApp readAppStrict(JsonNode n) {
    DeveloperApp.Builder b =
        DeveloperApp.builder()
            .name(n.path("name").asString(""))
            .callbackUrl(text(n, "callbackUrl"))
            .attributes(readAttributes(n.path("attributes")))
            .scopes(strings(n.path("scopes")))
            .keyExpiresIn(longValue(n, "keyExpiresIn"))
            .status(text(n, "status"))
            .appId(text(n, "appId"))
            .developerId(text(n, "developerId"));
    for (String p : strings(n.path("apiProducts"))) {
      b.addApiProduct(p);
    }
    for (JsonNode c : n.path("credentials")) {
      b.addCredential(readCredential(c));
    }
    unknown(n, APP_FIELDS).forEach(b::putUnknownField);
    return b.build();
  }

  /** Reads a credential or a developer app key. */
  public Credential readCredential(JsonNode n) {
    return readAs("app key", () -> readCredentialStrict(n));
  }

  private Credential readCredentialStrict(JsonNode n) {
    Credential.Builder b =
        Credential.builder()
            .consumerKey(ConsumerKey.of(n.path("consumerKey").asString("")))
            .consumerSecret(text(n, "consumerSecret"))
            .status(n.path("status").asString(""))
            .issuedAt(longValue(n, "issuedAt"))
            .expiresAt(longValue(n, "expiresAt"))
            .scopes(strings(n.path("scopes")))
            .attributes(readAttributes(n.path("attributes")));
    for (JsonNode p : n.path("apiProducts")) {
      if (p.isString()) {
        b.addApiProduct(ApiProductRef.builder().apiProduct(p.asString()).build());
      } else if (p.isObject()) {
        b.addApiProduct(
            ApiProductRef.builder()
                .apiProduct(p.path("apiproduct").asString(""))
                .status(p.path("status").asString(""))
                .build());
      }
    }
    return b.build();
  }

  // ---- products

  /** Writes an API product. */
  public ObjectNode write(ApiProduct p) {
    ObjectNode n = mapper.createObjectNode();
    putUnknown(n, p.unknownFields());
    n.put("name", p.name());
    n.put("displayName", p.displayName().orElse(p.name()));
    p.description().ifPresent(v -> n.put("description", v));
    n.put("approvalType", p.approvalType());
    putNonEmpty(n, "environments", p.environments());
    putNonEmpty(n, "proxies", p.proxies());
    putNonEmpty(n, "apiResources", p.apiResources());
    putNonEmpty(n, "scopes", p.scopes());
    putAttributes(n, p.attributes());
    p.quota()
        .ifPresent(
            q -> {
              n.put("quota", Long.toString(q.limit()));
              n.put("quotaInterval", Long.toString(q.interval()));
              n.put("quotaTimeUnit", q.timeUnit().value());
            });
    p.quotaCounterScope().ifPresent(v -> n.put("quotaCounterScope", v));
    p.operationGroup().ifPresent(g -> n.set("operationGroup", write(g)));
    return n;
  }

  private ObjectNode write(OperationGroup g) {
    ObjectNode n = mapper.createObjectNode();
    n.put("operationConfigType", g.operationConfigType());
    ArrayNode configs = n.putArray("operationConfigs");
    for (OperationConfig c : g.operationConfigs()) {
      ObjectNode cn = configs.addObject();
      cn.put("apiSource", c.apiSource());
      ArrayNode ops = cn.putArray("operations");
      for (Operation o : c.operations()) {
        ObjectNode on = ops.addObject();
        on.put("resource", o.resource());
        putStrings(on, "methods", o.methods());
      }
      c.quota().ifPresent(q -> cn.set("quota", write(q)));
      putAttributes(cn, c.attributes());
    }
    return n;
  }

  private ObjectNode write(Quota q) {
    ObjectNode n = mapper.createObjectNode();
    n.put("limit", Long.toString(q.limit()));
    n.put("interval", Long.toString(q.interval()));
    n.put("timeUnit", q.timeUnit().value());
    return n;
  }

  /** Reads an API product. */
  public ApiProduct readProduct(JsonNode n) {
    return readAs("API product", () -> readProductStrict(n));
  }

  private ApiProduct readProductStrict(JsonNode n) {
    ApiProduct.Builder b =
        ApiProduct.builder()
            .name(n.path("name").asString(""))
            .displayName(text(n, "displayName"))
            .description(text(n, "description"))
            .environments(strings(n.path("environments")))
            .proxies(strings(n.path("proxies")))
            .apiResources(strings(n.path("apiResources")))
            .scopes(strings(n.path("scopes")))
            .attributes(readAttributes(n.path("attributes")))
            .quotaCounterScope(text(n, "quotaCounterScope"))
            .createdAt(longValue(n, "createdAt"))
            .lastModifiedAt(longValue(n, "lastModifiedAt"));
    String approval = text(n, "approvalType");
    if (approval != null) {
      b.approvalType(approval);
    }
    if (n.hasNonNull("quota")) {
      b.quota(
          Quota.parse(
              n.path("quota").asString(""),
              n.path("quotaInterval").asString("1"),
              n.path("quotaTimeUnit").asString("hour")));
    }
    JsonNode group = n.path("operationGroup");
    if (group.isObject() && group.path("operationConfigs").size() > 0) {
      OperationGroup.Builder g = OperationGroup.builder();
      String type = text(group, "operationConfigType");
      if (type != null) {
        g.operationConfigType(type);
      }
      for (JsonNode c : group.path("operationConfigs")) {
        OperationConfig.Builder cb =
            OperationConfig.builder()
                .apiSource(c.path("apiSource").asString(""))
                .attributes(readAttributes(c.path("attributes")));
        for (JsonNode o : c.path("operations")) {
          cb.addOperation(
              Operation.builder()
                  .resource(o.path("resource").asString(""))
                  .methods(strings(o.path("methods")))
                  .build());
        }
        JsonNode q = c.path("quota");
        if (q.isObject() && q.hasNonNull("limit")) {
          cb.quota(
              Quota.parse(
                  q.path("limit").asString(""),
                  q.path("interval").asString("1"),
                  q.path("timeUnit").asString("hour")));
        }
        g.addOperationConfig(cb.build());
      }
      b.operationGroup(g.build());
    }
    unknown(n, PRODUCT_FIELDS).forEach(b::putUnknownField);
    return b.build();
  }

  // ---- proxies and deployments

  /** Reads an imported proxy revision. */
  public ProxyRevision readRevision(JsonNode n) {
    return readAs("proxy revision", () -> readRevisionStrict(n));
  }

  private ProxyRevision readRevisionStrict(JsonNode n) {
    return ProxyRevision.builder()
        .name(n.path("name").asString(""))
        .revision(n.path("revision").asString(""))
        .displayName(text(n, "displayName"))
        .description(text(n, "description"))
        .basepaths(strings(n.path("basepaths")))
        .policies(strings(n.path("policies")))
        .proxyEndpoints(strings(n.path("proxyEndpoints")))
        .targetEndpoints(strings(n.path("targetEndpoints")))
        .build();
  }

  /** Reads an API proxy. */
  public ApiProxy readApiProxy(JsonNode n) {
    return readAs("API proxy", () -> readApiProxyStrict(n));
  }

  private ApiProxy readApiProxyStrict(JsonNode n) {
    ApiProxy.Builder b =
        ApiProxy.builder()
            .name(n.path("name").asString(""))
            .revisions(strings(n.path("revision")))
            .latestRevisionId(text(n, "latestRevisionId"));
    for (Map.Entry<String, JsonNode> e : n.path("labels").properties()) {
      b.putLabel(e.getKey(), e.getValue().asString(""));
    }
    return b.build();
  }

  /** Reads the {@code deployments} array of a list response. */
  public List<Deployment> readDeployments(JsonNode n) {
    List<Deployment> out = new ArrayList<>();
    for (JsonNode d : n.path("deployments")) {
      out.add(readDeployment(d));
    }
    return List.copyOf(out);
  }

  /** Reads a deployment. */
  public Deployment readDeployment(JsonNode n) {
    return readAs("deployment", () -> readDeploymentStrict(n));
  }

  private Deployment readDeploymentStrict(JsonNode n) {
    Deployment.Builder b =
        Deployment.builder()
            .environment(n.path("environment").asString(""))
            .apiProxy(n.path("apiProxy").asString(""))
            .revision(n.path("revision").asString(""))
            .state(DeploymentState.of(text(n, "state")))
            .deployStartTime(longValue(n, "deployStartTime"));
    for (JsonNode e : n.path("errors")) {
      b.addError(
          DeploymentError.builder()
              .code(e.path("code").asInt(0))
              .message(e.path("message").asString(""))
              .build());
    }
    for (JsonNode c : n.path("routeConflicts")) {
      JsonNode d = c.path("conflictingDeployment");
      b.addRouteConflict(
          RouteConflict.builder()
              .description(c.path("description").asString(""))
              .environmentGroup(c.path("environmentGroup").asString(""))
              .conflictingBasepath(d.path("basepath").asString(""))
              .conflictingApiProxy(d.path("apiProxy").asString(""))
              .conflictingEnvironment(d.path("environment").asString(""))
              .conflictingRevision(d.path("revision").asString(""))
              .build());
    }
    return b.build();
  }

  // ---- helpers

  /** Turns a response the model rejects into an ApigeeException instead of a bare IAE. */
  private static <T> T readAs(String what, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (IllegalArgumentException e) {
      throw new ApigeeException(
          "the server returned a " + what + " this client cannot read: " + e.getMessage(),
          0,
          "",
          "",
          List.of(),
          e);
    }
  }

  /** Writes an attribute list in the {@code {"attribute":[...]}} form of the attributes API. */
  public ArrayNode attributes(List<Attribute> attributes) {
    ArrayNode a = mapper.createArrayNode();
    for (Attribute attr : attributes) {
      a.addObject().put("name", attr.name()).put("value", attr.value());
    }
    return a;
  }

  private void putAttributes(ObjectNode n, List<Attribute> attributes) {
    if (!attributes.isEmpty()) {
      n.set("attributes", attributes(attributes));
    }
  }

  private static List<Attribute> readAttributes(JsonNode a) {
    List<Attribute> out = new ArrayList<>();
    for (JsonNode n : a) {
      String name = n.path("name").asString("");
      if (!name.isBlank()) {
        out.add(Attribute.of(name, n.path("value").asString("")));
      }
    }
    return out;
  }

  private static void putStrings(ObjectNode n, String field, List<String> values) {
    ArrayNode a = n.putArray(field);
    values.forEach(a::add);
  }

  private static void putNonEmpty(ObjectNode n, String field, List<String> values) {
    if (!values.isEmpty()) {
      putStrings(n, field, values);
    }
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : a) {
      if (n.isValueNode()) {
        out.add(n.asString());
      }
    }
    return out;
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static @Nullable Long longValue(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return v.asLong();
    }
    try {
      return Long.parseLong(v.asString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void putUnknown(ObjectNode n, Map<String, Object> unknownFields) {
    unknownFields.forEach((k, v) -> n.set(k, mapper.valueToTree(v)));
  }

  private Map<String, Object> unknown(JsonNode n, Set<String> known) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!known.contains(e.getKey()) && !e.getValue().isNull()) {
        out.put(e.getKey(), mapper.treeToValue(e.getValue(), Object.class));
      }
    }
    return out;
  }
}
