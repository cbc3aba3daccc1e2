package dev.llmgateway.examples;

import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.stack.StackInputs;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The guide's inputs as flags, shared by the sub-commands of {@link GuideStack}; an absent flag
 * keeps {@link StackInputs}' default.
 */
final class StackOptions {

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      description =
          "Namespace of the model servers (default: " + GuideResources.DEFAULT_NAMESPACE + ").")
  @Nullable String namespace;

  @Option(
      names = "--model-server-label",
      paramLabel = "APP",
      description =
          "The model-server pods' app label, also the chart release and pool name (default:"
              + " read from the pods; render: "
              + GuideResources.DEFAULT_MODEL_SERVER_LABEL
              + ").")
  @Nullable String modelServerLabel;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "Model the smoke test asks (default: " + StackInputs.DEFAULT_MODEL + ").")
  @Nullable String model;

  @Option(
      names = "--gateway-name",
      paramLabel = "NAME",
      description = "Gateway name (default: " + GuideResources.DEFAULT_GATEWAY_NAME + ").")
  @Nullable String gatewayName;

  @Option(
      names = "--gateway-class",
      paramLabel = "CLASS",
      description = "GatewayClass (default: " + InferenceGateways.REGIONAL_EXTERNAL_CLASS + ").")
  @Nullable String gatewayClass;

  @Option(
      names = "--gateway-port",
      paramLabel = "PORT",
      description = "Port of the Gateway's HTTP listener (default: 80).")
  @Nullable Integer gatewayPort;

  @Option(
      names = "--project",
      paramLabel = "ID",
      description =
          "Google Cloud project of the network (default: " + GuideResources.DEFAULT_PROJECT + ").")
  @Nullable String project;

  @Option(
      names = {"--org", "--organization"},
      paramLabel = "ORG",
      description = "Apigee organization (default: the project).")
  @Nullable String organization;

  @Option(
      names = {"--apigee-env", "--env"},
      paramLabel = "ENV",
      description = "Apigee environment (default: " + GuideResources.DEFAULT_APIGEE_ENV + ").")
  @Nullable String apigeeEnv;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "Apigee region (default: " + GuideResources.DEFAULT_REGION + ").")
  @Nullable String region;

  @Option(
      names = "--network",
      paramLabel = "NET",
      description = "VPC network (default: " + GuideResources.DEFAULT_NETWORK + ").")
  @Nullable String network;

  @Option(
      names = "--subnet",
      paramLabel = "SUBNET",
      description = "Private Service Connect subnet (default: the network).")
  @Nullable String subnet;

  @Option(
      names = "--product",
      paramLabel = "NAME",
      description = "API product (default: " + GuideResources.DEFAULT_PRODUCT + ").")
  @Nullable String product;

  @Option(
      names = "--quota-per-minute",
      paramLabel = "N",
      description = "The product's request quota per minute (default: 100).")
  @Nullable Long quotaPerMinute;

  @Option(
      names = "--developer-email",
      paramLabel = "EMAIL",
      description = "Apigee developer (default: " + StackInputs.DEFAULT_DEVELOPER + ").")
  @Nullable String developerEmail;

  @Option(
      names = "--app",
      paramLabel = "NAME",
      description = "Developer app (default: " + StackInputs.DEFAULT_APP + ").")
  @Nullable String app;

  @Option(
      names = "--proxy-name",
      paramLabel = "NAME",
      description = "Token-quota proxy (default: " + TokenQuotaPreset.DEFAULT_PROXY_NAME + ").")
  @Nullable String proxyName;

  @Option(
      names = "--no-token-quota-proxy",
      description = "Leave the token-quota proxy out of the stack.")
  boolean noTokenQuotaProxy;

  @Option(
      names = "--stack-name",
      paramLabel = "NAME",
      description = "Name that labels the stack's objects (default: the Gateway name).")
  @Nullable String stackName;

  /** Returns the inputs; {@code label} stands in for an absent --model-server-label. */
  StackInputs inputs(@Nullable String label) {
    StackInputs.Builder b = StackInputs.builder();
    String server = modelServerLabel != null ? modelServerLabel : label;
    if (server != null) {
      b.modelServerLabel(server);
    }
    if (namespace != null) {
      b.namespace(namespace);
    }
    if (model != null) {
      b.modelName(model);
    }
    if (gatewayName != null) {
      b.gatewayName(gatewayName);
    }
    if (gatewayClass != null) {
      b.gatewayClassName(gatewayClass);
    }
    if (gatewayPort != null) {
      b.gatewayPort(gatewayPort);
    }
    if (project != null) {
      b.project(project);
    }
    if (organization != null) {
      b.organization(organization);
    }
    if (apigeeEnv != null) {
      b.apigeeEnv(apigeeEnv);
    }
    if (region != null) {
      b.region(region);
    }
    if (network != null) {
      b.network(network);
    }
    if (subnet != null) {
      b.subnet(subnet);
    }
    if (product != null) {
      b.productName(product);
    }
    if (quotaPerMinute != null) {
      b.quotaPerMinute(quotaPerMinute);
    }
    if (developerEmail != null) {
      b.developerEmail(developerEmail);
    }
    if (app != null) {
      b.appName(app);
    }
    if (proxyName != null) {
      b.proxyName(proxyName);
    }
    if (stackName != null) {
      b.name(stackName);
    }
    return b.tokenQuotaProxy(!noTokenQuotaProxy).build();
  }
}
