/**
 * The whole setup guide as one stack: the GKE Inference Gateway's cluster objects and the Apigee
 * developer, app, API product and token-quota proxy, composed from a few inputs with the guide's
 * defaults, rendered, planned against the live cluster and organization, applied in order with
 * waits, checked and destroyed.
 *
 * <pre>{@code
 * try (InferenceGatewayStack stack = InferenceGatewayStack.builder()
 *     .inputs(StackInputs.builder().project("my-project").developerEmail("dev@example.com").build())
 *     .listener(StackListener.printingTo(System.out))
 *     .build()) {
 *   System.out.println(stack.plan().toTable());
 *   stack.apply();                      // idempotent; run it again to resume after a failure
 *   System.out.println(stack.status().toTable());
 * }
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.stack;
