package dev.llmgateway.emulator.stack;

import dev.llmgateway.admin.stack.InferenceGatewayStack;
import dev.llmgateway.admin.stack.StackEvent;
import dev.llmgateway.admin.stack.StackInputs;
import dev.llmgateway.emulator.ClusterSetup;
import dev.llmgateway.emulator.GatewayEmulator;
import dev.llmgateway.emulator.ResponseMode;
import dev.llmgateway.emulator.internal.apigee.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An emulator with nothing applied but the model servers, recording clients for its two APIs, and
 * stacks on them whose clock only moves when they wait.
 */
final class StackFixture implements AutoCloseable {

  private final GatewayEmulator emulator;
  private final RecordedCalls calls;
  private final List<StackEvent> events = new CopyOnWriteArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));

  StackFixture() {
    this(GatewayEmulator.builder());
  }

  StackFixture(GatewayEmulator.Builder builder) {
    emulator =
        builder
            .clusterSetup(ClusterSetup.EMPTY)
            .responseMode(ResponseMode.fixedAnswer("Paris."))
            .start();
    calls = new RecordedCalls(emulator);
  }

  GatewayEmulator emulator() {
    return emulator;
  }

  RecordedCalls calls() {
    return calls;
  }

  /** Returns the STEP events received so far. */
  List<StackEvent> steps() {
    return events.stream().filter(e -> e.type() == StackEvent.Type.STEP).toList();
  }

  InferenceGatewayStack stack(StackInputs inputs) {
    return builder(inputs).build();
  }

  InferenceGatewayStack.Builder builder(StackInputs inputs) {
    return InferenceGatewayStack.builder()
        .inputs(inputs)
        .kubernetesClient(calls.kubernetesClient())
        .apigeeClient(calls.apigeeClient())
        .gatewayUrl(emulator.baseUrl())
        .listener(events::add)
        .clock(clock)
        .sleeper(clock::advance);
  }

  @Override
  public void close() {
    calls.close();
    emulator.close();
  }
}
