// The setup guide as one stack from JShell: builds it, prints the plan, applies it (one line per
// step, then a smoke test) and prints each part's status. Safe to run again. Exits 0 when the
// stack is applied and every part is ready, 1 otherwise.
//
// By default it runs against a GatewayEmulator started on this machine (loopback only, nothing to
// set up); TARGET=cluster runs it against the cluster of the current kubeconfig (KUBECONFIG, as for
// kubectl) and the Apigee management API:
//
//   scripts/jshell.sh examples/jshell/guide.jsh
//   TARGET=cluster PROJECT_ID=my-project APIGEE_ENV=apim-enabled-dep-env \
//     DEVELOPER_EMAIL=dev@example.com scripts/jshell.sh examples/jshell/guide.jsh
//
// Settings come from the environment (or -R-Dguide.NAME=value), each defaulting to the guide's:
// NAMESPACE, MODEL_SERVER_LABEL (default: read from the pods), PROJECT_ID (also the Apigee
// organization), APIGEE_ENV, DEVELOPER_EMAIL, APP, QUOTA_PER_MINUTE; with TARGET=cluster also
// APIGEE_URL, ACCESS_TOKEN (default: application default credentials; never printed) and
// GATEWAY_URL (default: the Gateway's address).
//
// JShell runs a line as soon as it is a complete statement, so the multi-line parts are methods.

int exitStatus = 1;

String setting(String name, String fallback) {
  String value = System.getProperty("guide." + name, System.getenv(name));
  return value == null || value.isBlank() ? fallback : value;
}

boolean onEmulator(String target) {
  if (!"emulator".equals(target) && !"cluster".equals(target)) {
    throw new IllegalArgumentException("TARGET must be emulator or cluster, not " + target);
  }
  return target.equals("emulator");
}

StackInputs readInputs() {
  return StackInputs.builder()
      .namespace(setting("NAMESPACE", GuideResources.DEFAULT_NAMESPACE))
      .modelServerLabel(setting("MODEL_SERVER_LABEL", null))
      .project(setting("PROJECT_ID", GuideResources.DEFAULT_PROJECT))
      .apigeeEnv(setting("APIGEE_ENV", GuideResources.DEFAULT_APIGEE_ENV))
      .developerEmail(setting("DEVELOPER_EMAIL", StackInputs.DEFAULT_DEVELOPER))
      .appName(setting("APP", StackInputs.DEFAULT_APP))
      .quotaPerMinute(Long.parseLong(setting("QUOTA_PER_MINUTE", "100")))
      .build();
}

// The emulator holds the model-server pods and an empty Apigee organization; it owns its clients.
GatewayEmulator startEmulator(String target) {
  if (!onEmulator(target)) {
    return null;
  }
  GatewayEmulator started = GatewayEmulator.builder().clusterSetup(ClusterSetup.EMPTY).start();
  System.out.println("Target: " + started);
  return started;
}

InferenceGatewayStack buildStack(String target, StackInputs inputs, GatewayEmulator emulator) {
  InferenceGatewayStack.Builder builder =
      InferenceGatewayStack.builder().listener(StackListener.printingTo(System.out));
  if (onEmulator(target)) {
    builder
        .inputs(inputs.toBuilder().organization(GatewayEmulator.ORGANIZATION).build())
        .kubernetesClient(emulator.kubernetesClient())
        .apigeeClient(emulator.apigeeClient())
        .gatewayUrl(emulator.baseUrl());
  } else {
    builder
        .inputs(inputs)
        .apigeeUrl(setting("APIGEE_URL", ApigeeClient.DEFAULT_BASE_URL))
        .accessToken(setting("ACCESS_TOKEN", null))
        .gatewayUrl(setting("GATEWAY_URL", null));
  }
  return builder.build();
}

String target = setting("TARGET", "emulator");
StackInputs inputs = readInputs();
GatewayEmulator emulator = startEmulator(target);
InferenceGatewayStack stack = buildStack(target, inputs, emulator);

StackPlan plan = stack.plan();
System.out.print(plan.toTable());

StackResult applied = stack.apply();

StackStatus status = stack.status();
System.out.print(status.toTable());

exitStatus = applied != null && status.ready() ? 0 : 1;

if (stack != null) stack.close();
if (emulator != null) emulator.close();

/exit exitStatus
