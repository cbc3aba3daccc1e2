package dev.llmgateway.emulator;

import static dev.llmgateway.emulator.RawCalls.fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.AssignMessagePolicy;
import dev.llmgateway.admin.apigee.bundle.Flow;
import dev.llmgateway.admin.apigee.bundle.ProxyEndpoint;
import dev.llmgateway.admin.apigee.bundle.RaiseFaultPolicy;
import dev.llmgateway.admin.apigee.bundle.RouteRule;
import dev.llmgateway.admin.apigee.bundle.SpikeArrestPolicy;
import dev.llmgateway.admin.apigee.bundle.Step;
import dev.llmgateway.admin.apigee.bundle.VerifyApiKeyPolicy;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.errors.RateLimitedException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A proxy built with sdk-admin's bundle builders, deployed through the management API under the
 * ApigeeBackendService's name, runs on every call through the front door: VerifyAPIKey, a
 * conditional RaiseFault with its reason phrase, a conditional SpikeArrest and a response
 * AssignMessage.
 */
class BundleExecutionEndToEndTest {

  @RegisterExtension
  static final GatewayEmulatorExtension EMULATOR =
      GatewayEmulatorExtension.using(
          () -> GatewayEmulator.builder().clusterSetup(ClusterSetup.GUIDE));

  static final String PROXY = "apigee-llm-inf-gw"; // the guide's ApigeeBackendService

  @BeforeAll
  static void deploy(ApigeeClient apigee) {
    ApiProxyBundle bundle =
        ApiProxyBundle.builder()
            .name(PROXY)
            .addPolicy(VerifyApiKeyPolicy.builder().name("VA").build())
            .addPolicy(
                RaiseFaultPolicy.builder()
                    .name("RF-Block")
                    .statusCode(403)
                    .reasonPhrase("Blocked By Policy")
                    .build())
            .addPolicy(SpikeArrestPolicy.builder().name("SA").rate("1pm").build())
            .addPolicy(
                AssignMessagePolicy.builder()
                    .name("AM-Tag")
                    .putSetHeader("x-served-by", "{apiproxy.name} r{apiproxy.revision}")
                    .build())
            .addProxyEndpoint(
                ProxyEndpoint.builder()
                    .name("default")
                    .basePath("/")
                    .preFlow(
                        Flow.builder()
                            .name("PreFlow")
                            .addRequestStep(Step.of("VA"))
                            .addRequestStep(Step.of("RF-Block", "request.header.x-block = \"yes\""))
                            .addRequestStep(Step.of("SA", "request.header.x-spike = \"on\""))
                            .addResponseStep(Step.of("AM-Tag"))
                            .build())
                    .addRouteRule(RouteRule.noTarget("default"))
                    .build())
            .build();
    assertEquals(DeploymentState.READY, Proxies.deploy(apigee, bundle).state());
  }

  @Test
  void everyCall_runsTheDeployedPreFlow(GatewayEmulator emulator) throws Exception {
    String key = emulator.guideApiKey().orElseThrow();

    HttpResponse<String> ok = RawCalls.chat(emulator, key);
    assertEquals(200, ok.statusCode());
    assertEquals(PROXY + " r1", ok.headers().firstValue("x-served-by").orElseThrow());

    HttpResponse<String> missing = RawCalls.chat(emulator, null);
    assertEquals(401, missing.statusCode());

    HttpResponse<String> blocked =
        RawCalls.send(
            emulator,
            "POST",
            "/v1/chat/completions",
            key,
            RawCalls.chatBody("hi"),
            "x-block",
            "yes");
    assertEquals(403, blocked.statusCode());
    assertEquals(
        fault("steps.raisefault.RaiseFault", "Raising fault. Fault name : RF-Block"),
        blocked.body());
    String body = RawCalls.chatBody("hi");
    assertEquals(
        "HTTP/1.1 403 Blocked By Policy",
        RawCalls.statusLine(
            emulator,
            "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nx-api-key: "
                + key
                + "\r\nx-block: yes\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length()
                + "\r\nConnection: close\r\n\r\n"
                + body));
  }

  @Test
  void spikeArrest_letsOneCallThrough_andRateLimitsTheNext(GatewayClient client) {
    RequestOptions spiky =
        RequestOptions.builder().putHeader("x-spike", "on").maxRetries(0).build();
    ChatCompletionRequest request =
        ChatCompletionRequest.builder().model(RawCalls.MODEL).addUserMessage("hi").build();

    assertEquals(
        "hi",
        client.chat().create(request, spiky).choices().get(0).message().content().orElseThrow());
    RateLimitedException e =
        assertThrows(RateLimitedException.class, () -> client.chat().create(request, spiky));
    assertEquals("policies.ratelimit.SpikeArrestViolation", e.errorCode().orElseThrow());
  }
}
