package dev.llmgateway.admin.k8s;

import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.gke.BodySendMode;
import dev.llmgateway.admin.k8s.gke.Extension;
import dev.llmgateway.admin.k8s.gke.ExtensionBackendRef;
import dev.llmgateway.admin.k8s.gke.ExtensionChain;
import dev.llmgateway.admin.k8s.gke.ExtensionEvent;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Every cluster object of the setup guide (GKE Inference Gateway with Apigee), composed from a few
 * inputs, in apply order: the {@code inferencepool} chart's objects ({@link EndpointPickerSet}), an
 * InferenceObjective, the Gateway, the HTTPRoute, the ApigeeBackendService, the
 * GCPTrafficExtension, the APIProduct and the APIOperationSet (quota 100 per minute on {@code POST
 * /v1/completions} and {@code POST /v1/chat/completions}).
 *
 * <pre>{@code
 * List<HasMetadata> objects = GuideResources.builder()
 *     .namespace("ira-online-gpu")
 *     .modelServerLabel("vllm-l4-gemma-3-1b-it")
 *     .apigeeEnv("apim-enabled-dep-env")
 *     .project("my-project-id")
 *     .build()
 *     .objects();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GuideResources {

  /** Default namespace, {@value}. */
  public static final String DEFAULT_NAMESPACE = "ira-online-gpu";

  /** Default model-server {@code app} label, {@value}. */
  public static final String DEFAULT_MODEL_SERVER_LABEL = "vllm-l4-gemma-3-1b-it";

  /** Default Apigee environment, {@value} (the guide's example). */
  public static final String DEFAULT_APIGEE_ENV = "apim-enabled-dep-env";

  /** Default project id, {@value} (a placeholder: the guide asks for yours). */
  public static final String DEFAULT_PROJECT = "my-project-id";

  /** Default region, {@value}. */
  public static final String DEFAULT_REGION = "us-central1";

  /** Default VPC network and PSC subnet name, {@value}. */
  public static final String DEFAULT_NETWORK = "acp-dev";

  /** Default name of the APIProduct and of the Apigee API product, {@value}. */
  public static final String DEFAULT_PRODUCT = "api-inf-gw-product";

  /** Default Gateway name, {@value}. */
  public static final String DEFAULT_GATEWAY_NAME = "inference-gateway";

  private final List<HasMetadata> objects;

  private GuideResources(List<HasMetadata> objects) {
    this.objects = List.copyOf(objects);
  }

  /**
   * Returns a builder; every input has the guide's default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns fresh copies of all objects in apply order.
   *
   * @return the objects
   */
  public List<HasMetadata> objects() {
    return objects.stream().map(Manifests::copy).toList();
  }

  /** Builds {@link GuideResources}. */
  public static final class Builder {
    private String namespace = DEFAULT_NAMESPACE;
    private String modelServerLabel = DEFAULT_MODEL_SERVER_LABEL;
    private String apigeeEnv = DEFAULT_APIGEE_ENV;
    private String project = DEFAULT_PROJECT;
    private String region = DEFAULT_REGION;
    private String network = DEFAULT_NETWORK;
    private String subnet = DEFAULT_NETWORK;
    private String gatewayName = DEFAULT_GATEWAY_NAME;
    private String routeName = "llm-route";
    private String objectiveName = "food-review";
    private String backendServiceName = "apigee-llm-inf-gw";
    private String extensionName = "demo-apigee-extension";
    private String productName = DEFAULT_PRODUCT;
    private String operationSetName = "item-set";
    private long quotaLimit = 100;

    private Builder() {}

    /**
     * Sets the namespace of every namespaced object.
     *
     * @param namespace the namespace
     * @return this builder
     */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /**
     * Sets the model-server pods' {@code app} label, which is also the chart's release name and the
     * InferencePool's name.
     *
     * @param label the label value
     * @return this builder
     */
    public Builder modelServerLabel(String label) {
      this.modelServerLabel = label;
      return this;
    }

    /**
     * Sets the Apigee environment.
     *
     * @param apigeeEnv the environment
     * @return this builder
     */
    public Builder apigeeEnv(String apigeeEnv) {
      this.apigeeEnv = apigeeEnv;
      return this;
    }

    /**
     * Sets the Google Cloud project id.
     *
     * @param project the project id
     * @return this builder
     */
    public Builder project(String project) {
      this.project = project;
      return this;
    }

    /**
     * Sets the Apigee region.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * Sets the VPC network name.
     *
     * @param network the network
     * @return this builder
     */
    public Builder network(String network) {
      this.network = network;
      return this;
    }

    /**
     * Sets the Private Service Connect subnet name.
     *
     * @param subnet the subnet
     * @return this builder
     */
    public Builder subnet(String subnet) {
      this.subnet = subnet;
      return this;
    }

    /**
     * Sets the Gateway's name (default {@code inference-gateway}).
     *
     * @param gatewayName the name
     * @return this builder
     */
    public Builder gatewayName(String gatewayName) {
      this.gatewayName = gatewayName;
      return this;
    }

    /**
     * Sets the name of the APIProduct, which the APIM operator gives the Apigee API product, and
     * which the APIOperationSet references (default {@value #DEFAULT_PRODUCT}).
     *
     * @param productName the name
     * @return this builder
     */
    public Builder productName(String productName) {
      this.productName = productName;
      return this;
    }

    /**
     * Sets the request quota per minute of the operation set (default 100).
     *
     * @param limit the limit
     * @return this builder
     */
    public Builder quotaPerMinute(long limit) {
      this.quotaLimit = limit;
      return this;
    }

    /**
     * Builds all objects.
     *
     * @return the guide's objects
     * @throws IllegalArgumentException when an input is invalid, naming it
     */
    public GuideResources build() {
      KubeRules.namespace(namespace, "namespace");
      Checks.maxLength(
          Checks.notBlank(modelServerLabel, "modelServerLabel"), 53, "modelServerLabel");
      Checks.find(modelServerLabel, KubeRules.DNS_LABEL, "modelServerLabel");
      Checks.notBlank(apigeeEnv, "apigeeEnv");
      Checks.range(quotaLimit, 1, Long.MAX_VALUE, "quotaPerMinute");
      KubeRules.objectName(productName, "productName");
      List<HasMetadata> out = new ArrayList<>();
      EndpointPickerSet chart =
          EndpointPickerSet.builder().releaseName(modelServerLabel).namespace(namespace).build();
      out.addAll(chart.objects());
      String pool = chart.releaseName();
      out.add(
          InferenceObjective.builder()
              .name(objectiveName)
              .namespace(namespace)
              .priority(1)
              .poolName(pool)
              .build());
      out.add(InferenceGateways.gateway(gatewayName, namespace));
      out.add(InferenceGateways.routeToPool(routeName, namespace, gatewayName, pool));
      out.add(
          ApigeeBackendService.builder()
              .name(backendServiceName)
              .namespace(namespace)
              .apigeeEnv(apigeeEnv)
              .defaultSecurityEnabled(true)
              .location(region, project, network, subnet)
              .build());
      out.add(trafficExtension());
      out.add(
          ApiProduct.builder()
              .name(productName)
              .namespace(namespace)
              .approvalType("auto")
              .description("Inference Gateway API Product")
              .displayName(productName)
              .addEnforcementRef(backendServiceName, namespace)
              .putAttribute("access", "private")
              .build());
      out.add(
          ApiOperationSet.builder()
              .name(operationSetName)
              .namespace(namespace)
              .addApiProductRef(productName, namespace)
              .quota(quotaLimit, 1, "minute")
              .addRestOperation("Completions", "/v1/completions", List.of("POST"))
              .addRestOperation("Chat Completions", "/v1/chat/completions", List.of("POST"))
              .build());
      return new GuideResources(out);
    }

    private GcpTrafficExtension trafficExtension() {
      Extension apigee =
          Extension.builder()
              .name("my-apigee-extension")
              .putMetadata("apigee-extension-processor", backendServiceName)
              .putMetadata("apigee-request-body", "true")
              .putMetadata("apigee-response-body", "true")
              .failOpen(false)
              .requestBodySendMode(BodySendMode.FULL_DUPLEX_STREAMED)
              .responseBodySendMode(BodySendMode.FULL_DUPLEX_STREAMED)
              .supportedEvents(
                  List.of(
                      ExtensionEvent.REQUEST_HEADERS,
                      ExtensionEvent.REQUEST_BODY,
                      ExtensionEvent.REQUEST_TRAILERS,
                      ExtensionEvent.RESPONSE_HEADERS,
                      ExtensionEvent.RESPONSE_BODY,
                      ExtensionEvent.RESPONSE_TRAILERS))
              .timeout("1s")
              .backendRef(ExtensionBackendRef.apigeeBackendService(backendServiceName))
              .build();
      return GcpTrafficExtension.builder()
          .name(extensionName)
          .namespace(namespace)
          .targetGateway(gatewayName)
          .addExtensionChain(
              ExtensionChain.builder()
                  .name("my-chain1")
                  .addCelMatcher("request.path.startsWith(\"/\")")
                  .addExtension(apigee)
                  .build())
          .build();
    }
  }
}
