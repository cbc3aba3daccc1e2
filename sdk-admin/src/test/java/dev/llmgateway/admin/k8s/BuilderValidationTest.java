package dev.llmgateway.admin.k8s;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.gke.BodySendMode;
import dev.llmgateway.admin.k8s.gke.Extension;
import dev.llmgateway.admin.k8s.gke.ExtensionBackendRef;
import dev.llmgateway.admin.k8s.gke.ExtensionChain;
import dev.llmgateway.admin.k8s.gke.ExtensionEvent;
import dev.llmgateway.admin.k8s.gke.GcpBackendPolicy;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.admin.k8s.gke.HealthCheck;
import dev.llmgateway.admin.k8s.gke.HealthCheckPolicy;
import dev.llmgateway.admin.k8s.gke.HealthCheckType;
import dev.llmgateway.admin.k8s.gke.PortSpecification;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.admin.k8s.monitoring.PodMonitoring;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs the CRD schemas and CEL rules reject are rejected by the builders, naming the field. */
class BuilderValidationTest {

  private static final List<ExtensionEvent> ALL_EVENTS = List.of(ExtensionEvent.values());

  private static InferencePool.Builder pool() {
    return InferencePool.builder()
        .name("pool")
        .targetPort(8000)
        .putSelectorLabel("app", "vllm")
        .endpointPicker("pool-epp", 9002);
  }

  private static Extension.Builder apigee() {
    return Extension.builder()
        .name("apigee")
        .backendRef(ExtensionBackendRef.apigeeBackendService("abs"))
        .requestBodySendMode(BodySendMode.FULL_DUPLEX_STREAMED)
        .responseBodySendMode(BodySendMode.FULL_DUPLEX_STREAMED)
        .supportedEvents(ALL_EVENTS)
        .timeout("1s");
  }

  private static Executable extension(UnaryOperator<Extension.Builder> change) {
    return () ->
        GcpTrafficExtension.builder()
            .name("ext")
            .targetGateway("gw")
            .addExtensionChain(
                ExtensionChain.builder()
                    .name("chain")
                    .addCelMatcher("request.path.startsWith(\"/\")")
                    .addExtension(change.apply(apigee()).build())
                    .build())
            .build();
  }

  private static HealthCheckPolicy.Builder healthPolicy() {
    return HealthCheckPolicy.builder()
        .name("hc")
        .targetRef(ObjectRef.of("inference.networking.k8s.io", "InferencePool", "pool"));
  }

  private static Executable check(UnaryOperator<HealthCheck.Builder> change) {
    return () ->
        healthPolicy()
            .check(change.apply(HealthCheck.builder(HealthCheckType.HTTP)).build())
            .build();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            "pool name", (Executable) () -> pool().name("Bad_Name").build(), "metadata.name"),
        Arguments.of(
            "pool port",
            (Executable) () -> pool().targetPort(70000).build(),
            "spec.targetPorts[0].number"),
        Arguments.of(
            "pool without target port",
            (Executable)
                () ->
                    InferencePool.builder()
                        .name("p")
                        .putSelectorLabel("app", "vllm")
                        .endpointPicker("p-epp", 9002)
                        .build(),
            "spec.targetPorts"),
        Arguments.of(
            "picker port",
            (Executable) () -> pool().endpointPicker("pool-epp", 0).build(),
            "spec.endpointPickerRef.port.number"),
        Arguments.of(
            "service picker without port",
            (Executable) () -> pool().endpointPicker("pool-epp", null).build(),
            "spec.endpointPickerRef.port is required"),
        Arguments.of(
            "pool selector",
            (Executable) () -> pool().selector(java.util.Map.of()).build(),
            "spec.selector.matchLabels"),
        Arguments.of(
            "pool label value",
            (Executable) () -> pool().putSelectorLabel("app", "-x").build(),
            "spec.selector.matchLabels.app"),
        Arguments.of(
            "picker name",
            (Executable)
                () ->
                    InferencePool.builder()
                        .name("p")
                        .targetPort(1)
                        .putSelectorLabel("a", "b")
                        .endpointPickerKind(null, "Service")
                        .build(),
            "spec.endpointPickerRef.name"),
        Arguments.of(
            "namespace",
            (Executable) () -> pool().namespace("Not.A.Label").build(),
            "metadata.namespace"),
        Arguments.of(
            "objective pool",
            (Executable) () -> InferenceObjective.builder().name("o").build(),
            "spec.poolRef.name"),
        Arguments.of(
            "full duplex without trailers",
            extension(
                b ->
                    b.supportedEvents(
                        List.of(
                            ExtensionEvent.REQUEST_HEADERS,
                            ExtensionEvent.REQUEST_BODY,
                            ExtensionEvent.RESPONSE_BODY,
                            ExtensionEvent.RESPONSE_TRAILERS))),
            "extensions[0].requestBodySendMode"),
        Arguments.of(
            "response full duplex without trailers",
            extension(
                b ->
                    b.supportedEvents(
                        List.of(
                            ExtensionEvent.REQUEST_HEADERS,
                            ExtensionEvent.REQUEST_BODY,
                            ExtensionEvent.REQUEST_TRAILERS,
                            ExtensionEvent.RESPONSE_BODY))),
            "extensions[0].responseBodySendMode"),
        Arguments.of(
            "streamed without body event",
            extension(
                b ->
                    b.requestBodySendMode(BodySendMode.STREAMED)
                        .responseBodySendMode(null)
                        .supportedEvents(List.of(ExtensionEvent.REQUEST_HEADERS))),
            "extensions[0].requestBodySendMode"),
        Arguments.of(
            "body mode with google api",
            extension(
                b ->
                    b.backendRef(null)
                        .googleApiServiceName("modelarmor.us-central1.rep.googleapis.com")),
            "extensions[0].requestBodySendMode"),
        Arguments.of(
            "neither backend nor google api",
            extension(b -> b.backendRef(null)),
            "spec.extensionChains[0].extensions[0]"),
        Arguments.of(
            "apigee group",
            extension(
                b -> b.backendRef(ExtensionBackendRef.of("", "ApigeeBackendService", "abs", null))),
            "extensions[0].backendRef.group"),
        Arguments.of(
            "apigee authority", extension(b -> b.authority("abs:443")), "extensions[0].authority"),
        Arguments.of(
            "service needs authority",
            extension(b -> b.backendRef(ExtensionBackendRef.service("svc", 8443))),
            "extensions[0].authority"),
        Arguments.of(
            "service needs port",
            extension(
                b -> b.authority("a").backendRef(ExtensionBackendRef.of("", "Service", "s", null))),
            "extensions[0].backendRef.port"),
        Arguments.of("timeout too long", extension(b -> b.timeout("11s")), "extensions[0].timeout"),
        Arguments.of(
            "timeout too short", extension(b -> b.timeout("9ms")), "extensions[0].timeout"),
        Arguments.of("timeout pattern", extension(b -> b.timeout("1.5s")), "extensions[0].timeout"),
        Arguments.of(
            "no events",
            extension(b -> b.supportedEvents(List.of())),
            "extensions[0].supportedEvents"),
        Arguments.of(
            "backend and google api",
            extension(b -> b.googleApiServiceName("modelarmor.us-central1.rep.googleapis.com")),
            "spec.extensionChains[0].extensions[0]"),
        Arguments.of("extension name", extension(b -> b.name("My_Ext")), "extensions[0].name"),
        Arguments.of(
            "metadata key",
            extension(b -> b.putMetadata("k".repeat(64), "v")),
            "extensions[0].metadata"),
        Arguments.of(
            "observability with full duplex",
            extension(b -> b.observabilityMode(true)),
            "extensions[0]"),
        Arguments.of(
            "cel matcher",
            (Executable)
                () ->
                    GcpTrafficExtension.builder()
                        .name("e")
                        .targetGateway("gw")
                        .addExtensionChain(
                            ExtensionChain.builder()
                                .name("c")
                                .addCelMatcher("request.path.exists(x, true)")
                                .addExtension(apigee().build())
                                .build())
                        .build(),
            "matchCondition.celExpressions[0].celMatcher"),
        Arguments.of(
            "target namespace",
            (Executable)
                () ->
                    GcpTrafficExtension.builder()
                        .name("e")
                        .addTargetRef(
                            ObjectRef.of("gateway.networking.k8s.io", "Gateway", "gw", "other"))
                        .addExtensionChain(
                            ExtensionChain.builder()
                                .name("c")
                                .addExtension(apigee().build())
                                .build())
                        .build(),
            "spec.targetRefs[0].namespace"),
        Arguments.of(
            "no chains",
            (Executable) () -> GcpTrafficExtension.builder().name("e").targetGateway("gw").build(),
            "spec.extensionChains"),
        Arguments.of(
            "port without portSpecification",
            check(b -> b.requestPath("/health").port(8000)),
            "httpHealthCheck.port"),
        Arguments.of(
            "fixed port without port",
            check(b -> b.portSpecification(PortSpecification.USE_FIXED_PORT)),
            "httpHealthCheck.port"),
        Arguments.of(
            "named port with port",
            check(
                b ->
                    b.portSpecification(PortSpecification.USE_NAMED_PORT).port(1).portName("http")),
            "httpHealthCheck.portName"),
        Arguments.of(
            "request path", check(b -> b.requestPath("health")), "httpHealthCheck.requestPath"),
        Arguments.of(
            "grpc field on http",
            check(b -> b.grpcServiceName("svc")),
            "httpHealthCheck.grpcServiceName"),
        Arguments.of(
            "timeout above interval",
            (Executable) () -> healthPolicy().timeoutSec(3L).checkIntervalSec(2L).build(),
            "spec.default.timeoutSec"),
        Arguments.of(
            "timeout above default interval",
            (Executable) () -> healthPolicy().timeoutSec(6L).build(),
            "spec.default.timeoutSec"),
        Arguments.of(
            "interval below default timeout",
            (Executable) () -> healthPolicy().checkIntervalSec(4L).build(),
            "checkIntervalSec"),
        Arguments.of(
            "threshold",
            (Executable) () -> healthPolicy().healthyThreshold(11L).build(),
            "spec.default.healthyThreshold"),
        Arguments.of(
            "backend timeout",
            (Executable)
                () ->
                    GcpBackendPolicy.builder()
                        .name("b")
                        .targetRef(ObjectRef.of("", "Service", "s"))
                        .timeoutSec(0L)
                        .build(),
            "spec.default.timeoutSec"),
        Arguments.of(
            "backend sample rate",
            (Executable)
                () ->
                    GcpBackendPolicy.builder()
                        .name("b")
                        .targetRef(ObjectRef.of("", "Service", "s"))
                        .loggingSampleRate(1_000_001)
                        .build(),
            "spec.default.logging.sampleRate"),
        Arguments.of(
            "backend target",
            (Executable) () -> GcpBackendPolicy.builder().name("b").build(),
            "spec.targetRef"),
        Arguments.of("ref kind", (Executable) () -> ObjectRef.of("", "bad kind", "s"), "kind"),
        Arguments.of(
            "abs env",
            (Executable)
                () ->
                    ApigeeBackendService.builder()
                        .name("a")
                        .location("us-central1", "my-project-id", "n", "s")
                        .build(),
            "spec.apigeeEnv"),
        Arguments.of(
            "abs locations",
            (Executable) () -> ApigeeBackendService.builder().name("a").apigeeEnv("env").build(),
            "spec.locations"),
        Arguments.of(
            "abs network",
            (Executable)
                () ->
                    ApigeeBackendService.builder()
                        .name("a")
                        .apigeeEnv("env")
                        .addLocation(
                            "us-central1", "networks/x", "projects/p/regions/r/subnetworks/s")
                        .build(),
            "spec.locations[0].network"),
        Arguments.of(
            "abs project",
            (Executable)
                () -> ApigeeBackendService.builder().location("us-central1", "P", "n", "s"),
            "project"),
        Arguments.of(
            "product approval",
            (Executable)
                () ->
                    ApiProduct.builder()
                        .name("p")
                        .approvalType("automatic")
                        .addEnforcementRef("abs", "ns")
                        .build(),
            "spec.approvalType"),
        Arguments.of(
            "product enforcement group",
            (Executable)
                () ->
                    ApiProduct.builder()
                        .name("p")
                        .addEnforcementRef(ObjectRef.of("", "ApigeeBackendService", "abs"))
                        .build(),
            "spec.enforcementRefs[0].group"),
        Arguments.of(
            "opset time unit",
            (Executable)
                () ->
                    ApiOperationSet.builder()
                        .name("o")
                        .addApiProductRef("p", "ns")
                        .quota(100, 1, "minutes")
                        .addRestOperation("a", "/v1", List.of("POST"))
                        .build(),
            "spec.quota.timeUnit"),
        Arguments.of(
            "opset limit",
            (Executable)
                () ->
                    ApiOperationSet.builder()
                        .name("o")
                        .addApiProductRef("p", "ns")
                        .quota(0, 1, "minute")
                        .addRestOperation("a", "/v1", List.of("POST"))
                        .build(),
            "spec.quota.limit"),
        Arguments.of(
            "opset method",
            (Executable)
                () ->
                    ApiOperationSet.builder()
                        .name("o")
                        .addApiProductRef("p", "ns")
                        .addRestOperation("a", "/v1", List.of("post"))
                        .build(),
            "spec.restOperations[0].methods"),
        Arguments.of(
            "opset path",
            (Executable)
                () ->
                    ApiOperationSet.builder()
                        .name("o")
                        .addApiProductRef("p", "ns")
                        .addRestOperation("a", "v1", List.of())
                        .build(),
            "spec.restOperations[0].path"),
        Arguments.of(
            "pod monitoring scheme",
            (Executable)
                () ->
                    PodMonitoring.builder()
                        .name("m")
                        .putSelectorLabel("a", "b")
                        .endpoint("metrics", "ftp", "10s", "/metrics", null)
                        .build(),
            "spec.endpoints[0].scheme"),
        Arguments.of(
            "pod monitoring interval",
            (Executable)
                () ->
                    PodMonitoring.builder()
                        .name("m")
                        .putSelectorLabel("a", "b")
                        .endpoint("metrics", "http", "ten", "/metrics", null)
                        .build(),
            "spec.endpoints[0].interval"),
        Arguments.of(
            "gateway listener",
            (Executable) () -> InferenceGateways.gateway("gw", null, "cls", "HTTP", 80),
            "spec.listeners[0].name"),
        Arguments.of(
            "release name",
            (Executable)
                () ->
                    EndpointPickerSet.builder().releaseName("r".repeat(54)).namespace("n").build(),
            "releaseName"),
        Arguments.of(
            "guide model-server label",
            (Executable) () -> GuideResources.builder().modelServerLabel("vLLM").build(),
            "modelServerLabel"),
        Arguments.of(
            "guide project",
            (Executable) () -> GuideResources.builder().project("x").build(),
            "project"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_inputTheCrdRejects_failsNamingTheField(
      String description, Executable build, String field) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().contains(field), () -> "'" + e.getMessage() + "' lacks " + field);
  }

  @Test
  void build_guideShapes_areAccepted() {
    assertDoesNotThrow(extension(b -> b));
    assertDoesNotThrow(
        check(
            b ->
                b.requestPath("/health")
                    .portSpecification(PortSpecification.USE_FIXED_PORT)
                    .port(8000)));
    assertDoesNotThrow(
        () ->
            healthPolicy()
                .timeoutSec(5L)
                .check(HealthCheck.builder(HealthCheckType.GRPC).grpcServiceName("svc").build())
                .build());
    assertDoesNotThrow(extension(b -> b.timeout("10ms")));
    assertDoesNotThrow(extension(b -> b.timeout("10000ms")));
    assertDoesNotThrow(
        () ->
            pool()
                .endpointPickerKind("picker.example.com", "Picker")
                .endpointPicker("picker", null)
                .build());
    assertDoesNotThrow(
        () -> InferenceObjective.builder().name("o").poolName("p").priority(-10).build());
    assertDoesNotThrow(
        extension(
            b ->
                b.backendRef(ExtensionBackendRef.service("svc", 8443))
                    .authority("svc.example.com")));
  }
}
