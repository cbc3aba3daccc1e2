package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.k8s.EndpointPickerSet;
import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an {@link InferenceGatewayStack} is made of: the setup guide's inputs, each with the guide's
 * default, and optional replacements for whole parts built with the SDK's typed builders.
 *
 * <pre>{@code
 * StackInputs inputs = StackInputs.builder()
 *     .namespace("ira-online-gpu")
 *     .project("my-project-id")                 // also the Apigee organization
 *     .apigeeEnv("apim-enabled-dep-env")
 *     .developerEmail("dev@example.com")
 *     .quotaPerMinute(100)
 *     .build();
 * }</pre>
 *
 * <p>Without {@link #modelServerLabel()} the stack reads it from the model-server pods, as the
 * guide does with {@code kubectl get pods ... | jq .items[0].metadata.labels.app}. A replaced part
 * must keep the names the other parts refer to: a {@link #gateway()} must be named {@link
 * #gatewayName()}, a {@link #productResource()} {@link #productName()}, a {@link #developer()}
 * {@link #developerEmail()}, an {@link #app()} {@link #appName()} and a {@link #proxyBundle()}
 * {@link #proxyName()}; {@code build()} says which when one does not. Replaced Kubernetes objects
 * are copied when used, and put into {@link #namespace()} when they have none.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class StackInputs {

  /** The guide's example model, {@value}. */
  public static final String DEFAULT_MODEL = "/gcs/google/gemma-3-1b-it";

  /** The default developer, {@value} (the guide creates one in the console). */
  public static final String DEFAULT_DEVELOPER = "llm-inf-gw-developer@example.com";

  /** The default developer app, {@value}. */
  public static final String DEFAULT_APP = "llm-inf-gw-app";

  StackInputs() {}

  /**
   * Returns a builder; every input has a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the guide's inputs with every default.
   *
   * @return the inputs
   */
  public static StackInputs defaults() {
    return builder().build();
  }

  /**
   * Returns a builder initialised with these inputs.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the stack's name, which labels what it applies so that objects it no longer defines are
   * found again ({@code llmgateway.dev/stack}); default the Gateway's name.
   *
   * @return the name
   */
  @Value.Default
  public String name() {
    return gatewayName();
  }

  /**
   * Returns the namespace of the model servers and of every namespaced object; default {@value
   * GuideResources#DEFAULT_NAMESPACE}.
   *
   * @return the namespace
   */
  @Value.Default
  public String namespace() {
    return GuideResources.DEFAULT_NAMESPACE;
  }

  /**
   * Returns the model-server pods' {@code app} label, also the chart's release name and the
   * InferencePool's name.
   *
   * @return the label, or empty to read it from the pods of {@link #namespace()}
   */
  public abstract Optional<String> modelServerLabel();

  /**
   * Returns the model the smoke test asks; default {@value #DEFAULT_MODEL}.
   *
   * @return the model name as clients send it
   */
  @Value.Default
  public String modelName() {
    return DEFAULT_MODEL;
  }

  /**
   * Returns the Gateway's name; default {@value GuideResources#DEFAULT_GATEWAY_NAME}.
   *
   * @return the name
   */
  @Value.Default
  public String gatewayName() {
    return GuideResources.DEFAULT_GATEWAY_NAME;
  }

  /**
   * Returns the GatewayClass; default {@value InferenceGateways#REGIONAL_EXTERNAL_CLASS}.
   *
   * @return the class name
   */
  @Value.Default
  public String gatewayClassName() {
    return InferenceGateways.REGIONAL_EXTERNAL_CLASS;
  }

  /**
   * Returns the port of the Gateway's HTTP listener; default 80.
   *
   * @return the port
   */
  @Value.Default
  public int gatewayPort() {
    return 80;
  }

  /**
   * Returns the Google Cloud project of the network and subnet; default {@value
   * GuideResources#DEFAULT_PROJECT} (a placeholder: the guide asks for yours).
   *
   * @return the project id
   */
  @Value.Default
  public String project() {
    return GuideResources.DEFAULT_PROJECT;
  }

  /**
   * Returns the Apigee organization; default {@link #project()}.
   *
   * @return the organization
   */
  @Value.Default
  public String organization() {
    return project();
  }

  /**
   * Returns the Apigee environment; default {@value GuideResources#DEFAULT_APIGEE_ENV}.
   *
   * @return the environment
   */
  @Value.Default
  public String apigeeEnv() {
    return GuideResources.DEFAULT_APIGEE_ENV;
  }

  /**
   * Returns the Apigee region; default {@value GuideResources#DEFAULT_REGION}.
   *
   * @return the region
   */
  @Value.Default
  public String region() {
    return GuideResources.DEFAULT_REGION;
  }

  /**
   * Returns the VPC network; default {@value GuideResources#DEFAULT_NETWORK}.
   *
   * @return the network name
   */
  @Value.Default
  public String network() {
    return GuideResources.DEFAULT_NETWORK;
  }

  /**
   * Returns the Private Service Connect subnet; default {@link #network()}.
   *
   * @return the subnet name
   */
  @Value.Default
  public String subnet() {
    return network();
  }

  /**
   * Returns the API product's name (the APIProduct resource and the Apigee product the APIM
   * operator makes of it); default {@value GuideResources#DEFAULT_PRODUCT}.
   *
   * @return the name
   */
  @Value.Default
  public String productName() {
    return GuideResources.DEFAULT_PRODUCT;
  }

  /**
   * Returns the product's request quota per minute (the APIOperationSet's); default 100.
   *
   * @return the quota, at least 1
   */
  @Value.Default
  public long quotaPerMinute() {
    return 100;
  }

  /**
   * Returns the developer's email; default {@value #DEFAULT_DEVELOPER}.
   *
   * @return the email, lowercase
   */
  @Value.Default
  public String developerEmail() {
    return DEFAULT_DEVELOPER;
  }

  /**
   * Returns the developer app's name; default {@value #DEFAULT_APP}.
   *
   * @return the app name
   */
  @Value.Default
  public String appName() {
    return DEFAULT_APP;
  }

  /**
   * Returns whether the guide's token-quota proxy is imported and deployed; default true.
   *
   * @return whether the proxy is part of the stack
   */
  @Value.Default
  public boolean tokenQuotaProxy() {
    return true;
  }

  /**
   * Returns the proxy's name; default {@value TokenQuotaPreset#DEFAULT_PROXY_NAME}, the
   * ApigeeBackendService's name, so that the bundle becomes a new revision of the proxy the APIM
   * operator made for it, as the guide's {@code deploy-apigee-llm.sh} does.
   *
   * @return the proxy name
   */
  @Value.Default
  public String proxyName() {
    return TokenQuotaPreset.DEFAULT_PROXY_NAME;
  }

  /**
   * Returns the Endpoint Picker set that replaces the chart's default one.
   *
   * @return the replacement, or empty for the guide's
   */
  public abstract Optional<EndpointPickerSet> endpointPicker();

  /**
   * Returns the InferenceObjective that replaces the guide's {@code food-review}.
   *
   * @return the replacement, or empty for the guide's
   */
  public abstract Optional<InferenceObjective> objective();

  /**
   * Returns the Gateway that replaces the guide's.
   *
   * @return the replacement, or empty for the guide's
   */
  public abstract Optional<Gateway> gateway();

  /**
   * Returns the HTTPRoute that replaces the guide's {@code llm-route}.
   *
   * @return the replacement, or empty for the guide's
   */
  public abstract Optional<HTTPRoute> route();

  /**
   * Returns the ApigeeBackendService that replaces the guide's.
   *
   * @return the replacement, or empty for the guide's
   */
  public abstract Optional<ApigeeBackendService> backendService();

  /**
   * Returns the GCPTrafficExtension that replaces the guide's.
   *
   * @return the replacement, or empty for the guide's
   */
  public abstract Optional<GcpTrafficExtension> trafficExtension();

  /**
   * Returns the APIProduct resource that replaces the guide's.
   *
   * @return the replacement, or empty for the guide's
   */
  public abstract Optional<ApiProduct> productResource();

  /**
   * Returns the APIOperationSet that replaces the guide's {@code item-set}.
   *
   * @return the replacement, or empty for the guide's
   */
  public abstract Optional<ApiOperationSet> operationSet();

  /**
   * Returns the Apigee developer that replaces the default one (first name the email's local part,
   * last name {@code Developer}).
   *
   * @return the replacement, or empty for the default
   */
  public abstract Optional<Developer> developer();

  /**
   * Returns the developer app that replaces the default one (subscribed to {@link #productName()}).
   *
   * @return the replacement, or empty for the default
   */
  public abstract Optional<DeveloperApp> app();

  /**
   * Returns the proxy bundle that replaces the guide's token-quota proxy.
   *
   * @return the replacement, or empty for {@link TokenQuotaPreset#bundle(String)}
   */
  public abstract Optional<ApiProxyBundle> proxyBundle();

  @Value.Check
  void check() {
    InputRules.check(this);
  }

  /** Builder of {@link StackInputs}; every field has a default. */
  public static final class Builder extends ImmutableStackInputs.Builder {
    Builder() {}
  }
}
