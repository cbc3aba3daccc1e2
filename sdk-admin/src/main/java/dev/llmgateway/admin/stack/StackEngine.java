package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.model.ConsumerKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the stack's operations on its clients; {@link InferenceGatewayStack} is its face. */
final class StackEngine {

  private final StackInputs inputs;
  private final StackSettings settings;
  private final StackClients clients;

  StackEngine(StackInputs inputs, StackSettings settings, StackClients clients) {
    this.inputs = inputs;
    this.settings = settings;
    this.clients = clients;
  }

  String modelServerLabel() {
    return inputs
        .modelServerLabel()
        .orElseGet(() -> Discovery.modelServerLabel(clients.kube(), inputs.namespace()));
  }

  Desired desired() {
    return Desired.of(inputs, modelServerLabel());
  }

  String gatewayUrl() {
    return settings.gatewayUrl() != null
        ? settings.gatewayUrl()
        : Discovery.gatewayUrl(clients.kube(), inputs.namespace(), inputs.gatewayName());
  }

  Optional<ConsumerKey> apiKey() {
    ApigeeClient apigee = clients.apigee();
    if (apigee.developers().find(inputs.developerEmail()).isEmpty()
        || apigee.developerApps().find(inputs.developerEmail(), inputs.appName()).isEmpty()) {
      return Optional.empty();
    }
    return apigee
        .developerApps()
        .approvedKey(inputs.developerEmail(), inputs.appName(), inputs.productName());
  }

  StackPlan plan() {
    return StackPlan.of(planner().plan(desired()).stream().map(PlanItem::change).toList());
  }

  StackResult apply() {
    List<Step> steps = new ArrayList<>();
    String label = modelServerLabel();
    if (inputs.modelServerLabel().isEmpty()) {
      steps.add(
          new Step(
              "model-server label",
              waits -> new Step.Done(Outcome.PASSED, label + ", the pods' app label")));
    }
    Desired desired = Desired.of(inputs, label);
    ops().requireCrds(desired.objects());
    planner().plan(desired).forEach(item -> steps.add(item.step()));
    SmokeTestResult[] smoke = new SmokeTestResult[1];
    if (settings.smokeTest()) {
      steps.add(smokeStep(smoke));
    }
    List<StackEvent> events = new Progress(settings.listener(), "apply").run(steps);
    return StackResult.builder().steps(events).smokeTest(Optional.ofNullable(smoke[0])).build();
  }

  StackStatus status() {
    StatusReader reader = new StatusReader(ops(), clients.apigee(), settings.clock());
    return StackStatus.of(reader.read(desired(), this::gatewayUrl));
  }

  StackResult destroy(SharedParts shared) {
    Desired desired = desired();
    List<Step> steps = new Teardown(clients.apigee(), planner(), shared).steps(desired);
    List<StackEvent> events = new Progress(settings.listener(), "destroy").run(steps);
    List<String> kept = new ArrayList<>();
    for (StackEvent e : events) {
      if (e.outcome().orElse(null) == Outcome.KEPT) {
        kept.add(e.subject() + ": " + e.message());
      }
    }
    return StackResult.builder().steps(events).kept(kept).build();
  }

  /** Runs the smoke test as an operation of one step. */
  SmokeTestResult smokeTest() {
    SmokeTestResult[] result = new SmokeTestResult[1];
    try {
      new Progress(settings.listener(), "smoke test").run(List.of(smokeStep(result)));
    } catch (StackStepException e) {
      if (e.getCause() instanceof StackException cause) {
        throw cause;
      }
      throw e;
    }
    return result[0];
  }

  /** The smoke test as a step; its result goes to {@code result[0]}. */
  private Step smokeStep(SmokeTestResult[] result) {
    return new Step(
        "smoke test",
        waits -> {
          String key =
              apiKey()
                  .orElseThrow(
                      () ->
                          new SmokeTestException(
                              "app "
                                  + inputs.appName()
                                  + " has no key approved for "
                                  + inputs.productName()
                                  + ": apply the stack first",
                              null))
                  .value();
          result[0] = new SmokeTest(settings).run(gatewayUrl(), key, inputs.modelName(), waits);
          return new Step.Done(
              Outcome.PASSED,
              "without a key "
                  + result[0].faultWithoutKey()
                  + ", with the app's key an answer (attempt "
                  + result[0].attempts()
                  + ")");
        });
  }

  private ClusterOps ops() {
    return new ClusterOps(clients.kube(), settings);
  }

  private Planner planner() {
    return new Planner(ops(), clients.apigee(), settings);
  }
}
