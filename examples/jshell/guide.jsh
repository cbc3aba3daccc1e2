// The setup guide as one stack from JShell: builds it, prints the plan, applies it (one line per
// step, then a smoke test) and prints each part's status. Safe to run again.
//
//   PROJECT_ID=my-project APIGEE_ENV=apim-enabled-dep-env DEVELOPER_EMAIL=dev@example.com \
//     scripts/jshell.sh examples/jshell/guide.jsh
//
// Settings come from the environment (or -R-Dguide.NAME=value), each defaulting to the guide's:
// NAMESPACE, MODEL_SERVER_LABEL (default: read from the pods), PROJECT_ID, APIGEE_ENV,
// DEVELOPER_EMAIL, APP, QUOTA_PER_MINUTE, APIGEE_URL, ACCESS_TOKEN (default: application default
// credentials) and GATEWAY_URL (default: the Gateway's address). The cluster is the one of the
// current kubeconfig (KUBECONFIG), as for kubectl.

String setting(String name, String fallback) {
  String value = System.getProperty("guide." + name, System.getenv(name));
  return value == null || value.isBlank() ? fallback : value;
}

StackInputs inputs =
    StackInputs.builder()
        .namespace(setting("NAMESPACE", GuideResources.DEFAULT_NAMESPACE))
        .modelServerLabel(setting("MODEL_SERVER_LABEL", null))
        .project(setting("PROJECT_ID", GuideResources.DEFAULT_PROJECT))
        .apigeeEnv(setting("APIGEE_ENV", GuideResources.DEFAULT_APIGEE_ENV))
        .developerEmail(setting("DEVELOPER_EMAIL", StackInputs.DEFAULT_DEVELOPER))
        .appName(setting("APP", StackInputs.DEFAULT_APP))
        .quotaPerMinute(Long.parseLong(setting("QUOTA_PER_MINUTE", "100")))
        .build();

InferenceGatewayStack stack =
    InferenceGatewayStack.builder()
        .inputs(inputs)
        .apigeeUrl(setting("APIGEE_URL", ApigeeClient.DEFAULT_BASE_URL))
        .accessToken(setting("ACCESS_TOKEN", null))
        .gatewayUrl(setting("GATEWAY_URL", null))
        .listener(StackListener.printingTo(System.out))
        .build();

StackPlan plan = stack.plan();
System.out.print(plan.toTable());

StackResult applied = stack.apply();

StackStatus status = stack.status();
System.out.print(status.toTable());

stack.close();

/exit
