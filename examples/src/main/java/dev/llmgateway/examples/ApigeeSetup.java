package dev.llmgateway.examples;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.Ensured;
import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.Attribute;
import dev.llmgateway.admin.apigee.model.ConsumerKey;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.OperationGroup;
import dev.llmgateway.admin.apigee.model.ProxyRevision;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import dev.llmgateway.admin.apigee.model.RouteConflict;
import dev.llmgateway.admin.apigee.names.RevisionName;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Performs the guide's Apigee steps through the management API: checks the API product (creating it
 * like the guide's APIProduct and APIOperationSet when it is absent), ensures the developer and the
 * developer app subscribed to the product, imports the token-quota proxy bundle and deploys it with
 * override, waits until it is READY, and prints the app's key last on a line of its own.
 *
 * <pre>
 * mvn -B -q -DskipTests -pl examples -am package exec:java \
 *   -Dexec.mainClass=dev.llmgateway.examples.ApigeeSetup \
 *   -Dexec.args="--org my-project --env eval --developer-email dev@example.com --app llm-app"
 * </pre>
 *
 * <p>Every step is idempotent: a second run only reads (the proxy is imported again only if its
 * latest revision differs from the bundle, and deployed only if that revision is not deployed).
 */
@Command(
    name = "ApigeeSetup",
    sortOptions = false,
    description = {
      "Perform the guide's Apigee steps through the management API: create the API product when"
          + " absent, ensure the developer and the app, import and deploy the token-quota proxy,"
          + " print the app's key last. Idempotent."
    })
public final class ApigeeSetup implements Callable<Integer> {

  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(10);

  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--org",
      required = true,
      paramLabel = "ORG",
      description = "Apigee organization.")
  String org = "";

  @Option(names = "--env", required = true, paramLabel = "ENV", description = "Apigee environment.")
  String env = "";

  @Option(
      names = "--developer-email",
      required = true,
      paramLabel = "EMAIL",
      description = "The developer to ensure.")
  String email = "";

  @Option(names = "--app", required = true, paramLabel = "APP", description = "The app to ensure.")
  String appName = "";

  @Option(
      names = "--product",
      paramLabel = "NAME",
      description = "API product (default: ${DEFAULT-VALUE}).")
  String product = "api-inf-gw-product";

  @Option(
      names = "--proxy-name",
      paramLabel = "NAME",
      description = "Token-quota proxy (default: ${DEFAULT-VALUE}).")
  String proxyName = TokenQuotaPreset.DEFAULT_PROXY_NAME;

  @Option(
      names = "--apigee-url",
      paramLabel = "URL",
      description =
          "Management API root, regional or data-residency host (default: ${DEFAULT-VALUE}).")
  String apigeeUrl = ApigeeClient.DEFAULT_BASE_URL;

  @Option(
      names = "--access-token",
      paramLabel = "TOKEN",
      description = "OAuth access token; never printed (default: application default credentials).")
  @Nullable String accessToken;

  @Mixin HelpOption help = new HelpOption();

  ApigeeSetup() {}

  /**
   * Runs the setup.
   *
   * @param args the flags, see {@code --help}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the setup.
   *
   * @return 0 on success, 1 when Apigee refuses a step, 2 on a bad or missing flag
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return CommandLines.execute(new ApigeeSetup(), "ApigeeSetup", 2, args, out, err);
  }

  @Override
  public Integer call() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    PrintWriter out = spec.commandLine().getOut();
    setUp(out);
    out.flush();
    return 0;
  }

  private void setUp(PrintWriter out) {
    ApiProxyBundle bundle = TokenQuotaPreset.bundle(proxyName);

    ApigeeClient.Builder builder = ApigeeClient.builder().baseUrl(apigeeUrl).organization(org);
    if (accessToken != null) {
      builder.accessToken(accessToken);
    }
    try (ApigeeClient apigee = builder.build()) {
      out.println("Apigee: " + apigee);

      Optional<ApiProduct> existing = apigee.apiProducts().find(product);
      if (existing.isPresent()) {
        out.println("[1/6] API product " + product + ": exists, left as it is");
      } else {
        apigee.apiProducts().create(guideProduct(product, env, proxyName));
        out.println(
            "[1/6] API product "
                + product
                + ": absent, created like the guide's APIProduct and APIOperationSet"
                + " (100 requests per minute on POST /v1/completions and /v1/chat/completions)");
      }

      Ensured<Developer> developer =
          apigee
              .developers()
              .ensure(
                  Developer.builder()
                      .email(email)
                      .firstName(email.substring(0, Math.max(1, email.indexOf('@'))))
                      .lastName("Developer")
                      .userName(email.substring(0, Math.max(1, email.indexOf('@'))))
                      .build());
      out.println("[2/6] developer " + email + ": " + developer.action());

      Ensured<DeveloperApp> app =
          apigee
              .developerApps()
              .ensure(email, DeveloperApp.builder().name(appName).addApiProduct(product).build());
      out.println("[3/6] app " + appName + " subscribed to " + product + ": " + app.action());

      Ensured<ProxyRevision> imported = apigee.apiProxies().ensureImported(bundle);
      ProxyRevision revision = imported.value();
      RevisionName revisionName = apigee.apiProxies().revisionName(revision);
      out.println(
          "[4/6] proxy "
              + proxyName
              + " revision "
              + revision.revision()
              + " (base path "
              + String.join(", ", revision.basepaths())
              + "): "
              + (imported.action() == Ensured.Action.UNCHANGED
                  ? "latest revision already has this bundle"
                  : "validated and imported"));

      out.println(
          "[5/6] deployment of revision "
              + revision.revision()
              + " to "
              + env
              + " (override=true, waiting up to "
              + DEPLOY_TIMEOUT.toMinutes()
              + " min for READY)");
      Ensured<Deployment> deployed =
          apigee.deployments().ensureDeployed(env, revisionName, DEPLOY_TIMEOUT);
      Deployment deployment = deployed.value();
      out.println(
          "      "
              + deployment.state()
              + (deployed.action() == Ensured.Action.UNCHANGED ? " (was already deployed)" : ""));
      for (RouteConflict c : deployment.routeConflicts()) {
        out.println(
            "      route conflict in "
                + c.environmentGroup()
                + ": "
                + c.description()
                + " (base path "
                + c.conflictingBasepath()
                + " of "
                + c.conflictingApiProxy()
                + " in "
                + c.conflictingEnvironment()
                + ")");
      }

      ConsumerKey key =
          apigee
              .developerApps()
              .approvedKey(email, appName, product)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "app "
                              + appName
                              + " has no approved key for "
                              + product
                              + " (is the product's approvalType manual?)"));
      out.println(
          "[6/6] key of app "
              + appName
              + " for "
              + product
              + " (send it as x-api-key; Apigee may"
              + " take up to 180 s to accept a new key):");
      out.println(key.value());
    }
  }

  private static ApiProduct guideProduct(String product, String env, String proxyName) {
    return ApiProduct.builder()
        .name(product)
        .displayName(product)
        .description("Inference Gateway API Product")
        .approvalType("auto")
        .addEnvironment(env)
        .addAttribute(Attribute.of("access", "private"))
        .operationGroup(
            OperationGroup.builder()
                .addOperationConfig(
                    OperationConfig.builder()
                        .apiSource(proxyName)
                        .addOperation(
                            Operation.builder()
                                .resource("/v1/completions")
                                .addMethod("POST")
                                .build())
                        .addOperation(
                            Operation.builder()
                                .resource("/v1/chat/completions")
                                .addMethod("POST")
                                .build())
                        .quota(Quota.of(100, 1, QuotaTimeUnit.MINUTE))
                        .build())
                .build())
        .build();
  }
}
