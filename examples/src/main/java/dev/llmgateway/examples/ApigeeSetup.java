package dev.llmgateway.examples;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.Ensured;
import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.errors.ApigeeException;
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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
public final class ApigeeSetup {

  private static final Set<String> FLAGS =
      Set.of(
          "apigee-url",
          "org",
          "env",
          "product",
          "developer-email",
          "app",
          "proxy-name",
          "access-token");

  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(10);

  private ApigeeSetup() {}

  /**
   * Runs the setup.
   *
   * @param args the flags, see {@link #usage()}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  static String usage() {
    return "usage: ApigeeSetup --org ORG --env ENV --developer-email EMAIL --app APP\n"
        + "         [--product api-inf-gw-product] [--proxy-name "
        + TokenQuotaPreset.DEFAULT_PROXY_NAME
        + "]\n"
        + "         [--apigee-url "
        + ApigeeClient.DEFAULT_BASE_URL
        + "] [--access-token TOKEN (default: application default credentials)]";
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println(usage());
      return 2;
    }
    Map<String, String> flags;
    try {
      flags = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(usage());
      return 2;
    }
    if (flags.containsKey("help")) {
      out.println(usage());
      return 0;
    }
    try {
      setUp(flags, out);
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (ApigeeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static void setUp(Map<String, String> flags, PrintStream out) {
    String org = required(flags, "org");
    String env = required(flags, "env");
    String email = required(flags, "developer-email");
    String appName = required(flags, "app");
    String product = flags.getOrDefault("product", "api-inf-gw-product");
    String proxyName = flags.getOrDefault("proxy-name", TokenQuotaPreset.DEFAULT_PROXY_NAME);
    ApiProxyBundle bundle = TokenQuotaPreset.bundle(proxyName);

    ApigeeClient.Builder builder =
        ApigeeClient.builder()
            .baseUrl(flags.getOrDefault("apigee-url", ApigeeClient.DEFAULT_BASE_URL))
            .organization(org);
    if (flags.containsKey("access-token")) {
      builder.accessToken(flags.get("access-token"));
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

  private static String required(Map<String, String> flags, String name) {
    String value = flags.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        flags.put("help", "");
        continue;
      }
      if (!arg.startsWith("--")) {
        // The value is not echoed: it could be a misplaced access token.
        throw new IllegalArgumentException("unexpected argument at position " + (i + 1));
      }
      String name = arg.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      if (!FLAGS.contains(name)) {
        throw new IllegalArgumentException("unknown flag --" + name);
      }
      if (flags.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("--" + name + " given more than once");
      }
    }
    return flags;
  }
}
