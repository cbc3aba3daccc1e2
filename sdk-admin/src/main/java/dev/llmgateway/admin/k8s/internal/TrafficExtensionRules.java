package dev.llmgateway.admin.k8s.internal;

import dev.llmgateway.admin.k8s.common.ObjectRef;
import dev.llmgateway.admin.k8s.gke.Extension;
import dev.llmgateway.admin.k8s.gke.ExtensionBackendRef;
import dev.llmgateway.admin.k8s.gke.ExtensionChain;
import dev.llmgateway.client.internal.check.Checks;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The schema and CEL rules of {@code gcptrafficextensions.networking.gke.io} (gke-gateway-api
 * {@code config/crd/networking.gke.io_gcptrafficextensions.yaml}), checked on the client.
 */
public final class TrafficExtensionRules {

  private static final Pattern NAME = Pattern.compile("^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$");
  private static final Pattern AUTHORITY = Pattern.compile("^[A-Za-z0-9\\-_:%.\\[\\]]*$");
  private static final Pattern GOOGLE_API =
      Pattern.compile("^[a-z0-9.-]+\\.(googleapis|sandbox\\.googleapis)\\.com$");
  private static final Pattern HEADER = Pattern.compile("^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$");
  private static final Pattern METADATA_KEY =
      Pattern.compile("^([A-Za-z0-9\\/\\-._~%!$&'()*+,;=:\\s\\{\\}\\[\\]]{1,63})$");
  private static final Pattern METADATA_VALUE =
      Pattern.compile("^([A-Za-z0-9\\/\\-._~%!$&'()*+,;=:\"\\s\\[\\]\\{\\}])*$");
  private static final Pattern TIMEOUT = Pattern.compile("^([0-9]{1,5}(h|m|s|ms)){1,4}$");
  private static final Pattern TIMEOUT_PART = Pattern.compile("([0-9]{1,5})(ms|h|m|s)");

  /** The CRD's celMatcher pattern, verbatim. */
  private static final Pattern CEL_MATCHER =
      Pattern.compile(
          "^(( )|(request.headers)|(request.method)|(request.host)|(request.path)|(request.query)"
              + "|(request.scheme)|(request.backend_service_num_endpoints)|(response.code)"
              + "|(response.grpc_status)|(response.headers)|(source.address)|(source.port)"
              + "|(connection.requested_server_name)|(connection.tls_version)"
              + "|(connection.sha256_peer_certificate_digest)|(endsWith)|(startsWith)|(matches)"
              + "|(contains)|(lowerAscii)|(upperAscii)|(int)|(==)|(!=)|(&&)|(>=)|(<=)|(>)|(<)"
              + "|(\\|\\|)|(!)|(\\+)|(\\.)|(/)|('[a-zA-Z0-9\\/\\-._~%!$&'()*+,;=:\\\"\\\\]*')"
              + "|(\"[a-zA-Z0-9\\/\\-._~%!$&'()*+,;=:\\\"\\\\]*\")"
              + "|(\u201c[a-zA-Z0-9\\/\\-._~%!$&'()*+,;=:\\\"\\\\]*\u201d)"
              + "|(R\"[a-zA-Z0-9\\/\\-._~%!$&'()*+,;=:\\\\]*\")|[0-9]|(\\()|(\\))|(\\[)|(\\]))+$");

  private static final Set<String> KINDS =
      Set.of("Service", "ServiceImport", "GCPWasmPlugin", "ApigeeBackendService");
  private static final Set<String> GROUPS =
      Set.of("", "net.gke.io", "networking.gke.io", "apim.googleapis.com");
  private static final Set<String> WASM_EVENTS =
      Set.of("RequestHeaders", "RequestBody", "ResponseHeaders", "ResponseBody");

  private TrafficExtensionRules() {}

  /** Checks a whole spec. */
  public static void check(List<ObjectRef> targetRefs, List<ExtensionChain> chains) {
    Checks.size(targetRefs, 1, 10, "spec.targetRefs");
    for (int i = 0; i < targetRefs.size(); i++) {
      if (targetRefs.get(i).namespace() != null) {
        throw new IllegalArgumentException(
            "spec.targetRefs["
                + i
                + "].namespace is not allowed (targets are in the same namespace)");
      }
    }
    Checks.size(chains, 1, 5, "spec.extensionChains");
    for (int i = 0; i < chains.size(); i++) {
      chain(chains.get(i), "spec.extensionChains[" + i + "]");
    }
  }

  private static void chain(ExtensionChain chain, String path) {
    name(chain.name(), path + ".name");
    List<String> matchers = chain.celMatchers();
    Checks.size(matchers, 0, 10, path + ".matchCondition.celExpressions");
    for (int i = 0; i < matchers.size(); i++) {
      String field = path + ".matchCondition.celExpressions[" + i + "].celMatcher";
      Checks.maxLength(matchers.get(i), 512, field);
      if (!CEL_MATCHER.matcher(matchers.get(i)).matches()) {
        throw new IllegalArgumentException(
            field + " uses a token the GKE CEL subset does not allow: '" + matchers.get(i) + "'");
      }
    }
    List<Extension> extensions = chain.extensions();
    Checks.size(extensions, 1, 3, path + ".extensions");
    for (int i = 0; i < extensions.size(); i++) {
      extension(extensions.get(i), path + ".extensions[" + i + "]");
    }
  }

  private static void name(String name, String field) {
    Checks.notBlank(name, field);
    Checks.maxLength(name, 63, field);
    Checks.find(name, NAME, field);
  }

  private static void extension(Extension e, String path) {
    name(e.name(), path + ".name");
    ExtensionBackendRef ref = e.backendRef();
    String api = e.googleApiServiceName();
    if ((ref == null) == (api == null)) {
      throw new IllegalArgumentException(
          path + ": exactly one of backendRef or googleAPIServiceName must be set");
    }
    String kind = ref == null ? null : ref.kind();
    String authority = e.authority();
    if (authority != null) {
      Checks.maxLength(authority, 1000, path + ".authority");
      Checks.find(authority, AUTHORITY, path + ".authority");
    }
    if (api != null) {
      Checks.maxLength(api, 100, path + ".googleAPIServiceName");
      Checks.find(api, GOOGLE_API, path + ".googleAPIServiceName");
      forbid(authority != null, path + ".authority must not be set with googleAPIServiceName");
    }
    if (ref != null) {
      backendRef(ref, path + ".backendRef");
      boolean service = "Service".equals(kind) || "ServiceImport".equals(kind);
      forbid(
          service && (authority == null || authority.isEmpty()),
          path + ".authority must be set if backendRef kind is " + kind);
      forbid(
          "ApigeeBackendService".equals(kind) && authority != null,
          path + ".authority must not be set if backendRef kind is ApigeeBackendService");
      if ("GCPWasmPlugin".equals(kind)) {
        forbid(e.timeout() != null, path + ".timeout is not supported with GCPWasmPlugin");
        forbid(authority != null, path + ".authority is not supported with GCPWasmPlugin");
        forbid(!e.metadata().isEmpty(), path + ".metadata is not supported with GCPWasmPlugin");
        forbid(
            !WASM_EVENTS.containsAll(e.supportedEvents()),
            path
                + ".supportedEvents: GCPWasmPlugin supports only RequestHeaders, RequestBody,"
                + " ResponseHeaders and ResponseBody");
      }
    }
    metadata(e.metadata(), path + ".metadata");
    List<String> headers = e.forwardHeaders();
    Checks.size(headers, 0, 50, path + ".forwardHeaders");
    for (int i = 0; i < headers.size(); i++) {
      String field = path + ".forwardHeaders[" + i + "]";
      Checks.maxLength(Checks.notBlank(headers.get(i), field), 256, field);
      Checks.find(headers.get(i), HEADER, field);
    }
    List<String> events = e.supportedEvents();
    Checks.size(events, 1, 6, path + ".supportedEvents");
    bodyMode(e.requestBodySendMode(), kind, events, "Request", path + ".requestBodySendMode");
    bodyMode(e.responseBodySendMode(), kind, events, "Response", path + ".responseBodySendMode");
    if (Boolean.TRUE.equals(e.observabilityMode())) {
      forbid(
          "FullDuplexStreamed".equals(e.requestBodySendMode())
              || "FullDuplexStreamed".equals(e.responseBodySendMode()),
          path + ": with observabilityMode the body send modes must be unset or Streamed");
    }
    if (e.timeout() != null) {
      timeout(e.timeout(), path + ".timeout");
    }
  }

  private static void backendRef(ExtensionBackendRef ref, String path) {
    String group = ref.group();
    String kind = ref.kind();
    KubeRules.group(group, path + ".group");
    forbid(
        !GROUPS.contains(group),
        path + ".group must be one of " + GROUPS + " but was '" + group + "'");
    KubeRules.kind(kind, path + ".kind");
    forbid(
        !KINDS.contains(kind), path + ".kind must be one of " + KINDS + " but was '" + kind + "'");
    KubeRules.refName(ref.name(), path + ".name");
    if (ref.port() != null) {
      KubeRules.port(ref.port(), path + ".port");
    }
    switch (kind) {
      case "Service":
        forbid(!group.isEmpty(), path + ".group must be empty if kind is Service");
        forbid(ref.port() == null, path + ".port has to be set if kind is Service");
        break;
      case "ServiceImport":
        forbid(
            !"net.gke.io".equals(group),
            path + ".group must be net.gke.io if kind is ServiceImport");
        forbid(ref.port() == null, path + ".port has to be set if kind is ServiceImport");
        break;
      case "GCPWasmPlugin":
        forbid(
            !"networking.gke.io".equals(group),
            path + ".group must be networking.gke.io if kind is GCPWasmPlugin");
        forbid(ref.port() != null, path + ".port has to be empty if kind is GCPWasmPlugin");
        break;
      default:
        forbid(
            !"apim.googleapis.com".equals(group),
            path + ".group must be apim.googleapis.com if kind is ApigeeBackendService");
    }
  }

  private static void metadata(Map<String, String> metadata, String path) {
    if (metadata.size() > 16) {
      throw new IllegalArgumentException(
          path + " must have at most 16 entries but had " + metadata.size());
    }
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      if (!METADATA_KEY.matcher(entry.getKey()).matches()) {
        throw new IllegalArgumentException(
            path + " key '" + entry.getKey() + "' has invalid characters or is longer than 63");
      }
      String field = path + "." + entry.getKey();
      String value = Checks.notNullArgument(entry.getValue(), field);
      if (value.isEmpty() || value.length() > 1023) {
        throw new IllegalArgumentException(field + " must be 1 to 1023 characters");
      }
      Checks.find(value, METADATA_VALUE, field);
    }
  }

  private static void bodyMode(
      @Nullable String mode,
      @Nullable String kind,
      List<String> events,
      String side,
      String field) {
    if (mode == null) {
      return;
    }
    forbid(
        kind == null
            || !(kind.equals("Service")
                || kind.equals("ServiceImport")
                || kind.equals("ApigeeBackendService")),
        field + " needs a backendRef of kind Service, ServiceImport or ApigeeBackendService");
    forbid(
        !events.contains(side + "Body"),
        field + " " + mode + " needs the " + side + "Body event in supportedEvents");
    forbid(
        mode.equals("FullDuplexStreamed") && !events.contains(side + "Trailers"),
        field + " FullDuplexStreamed needs the " + side + "Trailers event in supportedEvents");
  }

  private static void timeout(String timeout, String field) {
    Checks.find(timeout, TIMEOUT, field);
    long millis = 0;
    Matcher m = TIMEOUT_PART.matcher(timeout);
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "h":
          millis += n * 3_600_000L;
          break;
        case "m":
          millis += n * 60_000L;
          break;
        case "s":
          millis += n * 1_000L;
          break;
        default:
          millis += n;
      }
    }
    if (millis < 10 || millis > 10_000) {
      throw new IllegalArgumentException(
          field + " must be between 10ms and 10000ms but was " + timeout);
    }
  }

  private static void forbid(boolean condition, String message) {
    if (condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
