package dev.llmgateway.emulator.internal.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bodies a simulated model server writes, compared with vLLM's shapes byte for byte. */
class ModelEndpointShapesTest {
  private final ManualTimers timers = new ManualTimers();
  private final ModelEndpoint endpoint = Endpoints.endpoint(Endpoints.config(4, 0, 0));

  private static String masked(String body) {
    return body.replaceAll("\"(chatcmpl|cmpl)-[0-9a-f]{32}\"", "\"$1-ID\"");
  }

  @Test
  void chat_zeroLatency_answersAtOnceInVllmShape() {
    RecordingSink sink = new RecordingSink();
    endpoint.handle(
        Endpoints.post("/v1/chat/completions", Endpoints.chat("Hello world", false, null), timers),
        sink);

    assertEquals(200, sink.status);
    assertEquals("application/json", sink.contentType);
    assertEquals(
        "{\"id\":\"chatcmpl-ID\",\"object\":\"chat.completion\",\"created\":1764140000,"
            + "\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Hello world\",\"refusal\":null,\"annotations\":null,\"audio\":null,"
            + "\"function_call\":null,\"tool_calls\":[],\"reasoning_content\":null},"
            + "\"logprobs\":null,\"finish_reason\":\"stop\",\"stop_reason\":null}],"
            + "\"service_tier\":null,\"system_fingerprint\":null,\"usage\":{\"prompt_tokens\":8,"
            + "\"total_tokens\":10,\"completion_tokens\":2,\"prompt_tokens_details\":null},"
            + "\"prompt_logprobs\":null,\"kv_transfer_params\":null}",
        masked(sink.body.toString()));
  }

  @Test
  void chatStream_withUsage_sendsRoleChunkDeltasFinishUsageAndDone() {
    RecordingSink sink = new RecordingSink();
    endpoint.handle(
        Endpoints.post(
            "/v1/chat/completions",
            Endpoints.chat("Hello world", true, "\"stream_options\":{\"include_usage\":true}"),
            timers),
        sink);

    String head =
        "{\"id\":\"chatcmpl-ID\",\"object\":\"chat.completion.chunk\","
            + "\"created\":1764140000,\"model\":\"m\",\"choices\":[";
    List<String> events = sink.events();
    assertEquals(
        List.of(
            head
                + "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                + "\"logprobs\":null,\"finish_reason\":null}]}",
            head
                + "{\"index\":0,\"delta\":{\"content\":\"Hello\"},\"logprobs\":null,"
                + "\"finish_reason\":null}]}",
            head
                + "{\"index\":0,\"delta\":{\"content\":\" world\"},\"logprobs\":null,"
                + "\"finish_reason\":null}]}",
            head
                + "{\"index\":0,\"delta\":{\"content\":\"\"},\"logprobs\":null,"
                + "\"finish_reason\":\"stop\",\"stop_reason\":null}]}",
            head
                + "],\"usage\":{\"prompt_tokens\":8,\"total_tokens\":10,"
                + "\"completion_tokens\":2,\"prompt_tokens_details\":null}}",
            "[DONE]"),
        events.stream().map(ModelEndpointShapesTest::masked).toList());
    assertTrue(sink.streamStarted);
    assertTrue(sink.ended);
    assertEquals(
        "{\"prompt_tokens\":8,\"total_tokens\":10,\"completion_tokens\":2,"
            + "\"prompt_tokens_details\":null}",
        sink.usage.toString());
  }

  @Test
  void completionStream_withoutUsage_hasNoRoleChunkAndEndsWithLengthOnTheLastDelta() {
    RecordingSink sink = new RecordingSink();
    endpoint.handle(
        Endpoints.post(
            "/v1/completions",
            "{\"model\":\"lora-a\",\"prompt\":\"a b c\",\"max_tokens\":2,\"stream\":true}",
            timers),
        sink);

    String head =
        "{\"id\":\"cmpl-ID\",\"object\":\"text_completion\",\"created\":1764140000,"
            + "\"model\":\"lora-a\",\"choices\":[";
    assertEquals(
        List.of(
            head
                + "{\"index\":0,\"text\":\"a\",\"logprobs\":null,\"finish_reason\":null,"
                + "\"stop_reason\":null}]}",
            head
                + "{\"index\":0,\"text\":\" b\",\"logprobs\":null,\"finish_reason\":\"length\","
                + "\"stop_reason\":null}]}",
            "[DONE]"),
        sink.events().stream().map(ModelEndpointShapesTest::masked).toList());
    assertEquals(null, sink.usage);
  }

  @Test
  void completion_stopString_setsStopReasonToTheString() {
    RecordingSink sink = new RecordingSink();
    endpoint.handle(
        Endpoints.post(
            "/v1/completions",
            "{\"model\":\"m\",\"prompt\":\"one two. three\",\"stop\":[\".\"]}",
            timers),
        sink);

    assertEquals(
        "{\"id\":\"cmpl-ID\",\"object\":\"text_completion\",\"created\":1764140000,"
            + "\"model\":\"m\",\"choices\":[{\"index\":0,\"text\":\"one two\",\"logprobs\":null,"
            + "\"finish_reason\":\"stop\",\"stop_reason\":\".\",\"prompt_logprobs\":null}],"
            + "\"service_tier\":null,\"system_fingerprint\":null,\"usage\":{\"prompt_tokens\":4,"
            + "\"total_tokens\":6,\"completion_tokens\":2,\"prompt_tokens_details\":null},"
            + "\"kv_transfer_params\":null}",
        masked(sink.body.toString()));
  }

  @Test
  void models_listsBaseModelWithMaxModelLenAndAdapterWithParent() {
    RecordingSink sink = new RecordingSink();
    endpoint.handle(Endpoints.get("/v1/models", timers), sink);

    String body = sink.body.toString().replaceAll("modelperm-[0-9a-f]{32}", "modelperm-ID");
    String permission =
        "\"permission\":[{\"id\":\"modelperm-ID\",\"object\":\"model_permission\","
            + "\"created\":1764140000,\"allow_create_engine\":false,\"allow_sampling\":true,"
            + "\"allow_logprobs\":true,\"allow_search_indices\":false,\"allow_view\":true,"
            + "\"allow_fine_tuning\":false,\"organization\":\"*\",\"group\":null,"
            + "\"is_blocking\":false}]";
    assertEquals(
        "{\"object\":\"list\",\"data\":[{\"id\":\"m\",\"object\":\"model\",\"created\":1764140000,"
            + "\"owned_by\":\"vllm\",\"root\":\"m\",\"parent\":null,\"max_model_len\":4096,"
            + permission
            + "},{\"id\":\"lora-a\",\"object\":\"model\",\"created\":1764140000,"
            + "\"owned_by\":\"vllm\",\"root\":\"lora-a\",\"parent\":\"m\",\"max_model_len\":null,"
            + permission
            + "}]}",
        body);
  }

  @Test
  void chat_unknownModel_answers404InVllmErrorShape() {
    RecordingSink sink = new RecordingSink();
    endpoint.handle(
        Endpoints.post(
            "/v1/chat/completions",
            "{\"model\":\"x\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
            timers),
        sink);

    assertEquals(404, sink.status);
    assertEquals(
        "{\"error\":{\"message\":\"The model `x` does not exist.\",\"type\":\"NotFoundError\","
            + "\"param\":\"model\",\"code\":404}}",
        sink.body.toString());
  }

  @Test
  void completion_promptOverContext_answers400WithParamInputTokens() {
    EndpointConfig small =
        new EndpointConfig(
            "m", List.of(), 4, 1, 64, 16, 0, 0, null, FaultInjector.none(), Endpoints.CLOCK);
    RecordingSink sink = new RecordingSink();
    Endpoints.endpoint(small)
        .handle(
            Endpoints.post("/v1/completions", "{\"model\":\"m\",\"prompt\":\"a b c d e\"}", timers),
            sink);

    assertEquals(400, sink.status);
    assertEquals(
        "{\"error\":{\"message\":\"This model's maximum context length is 4 tokens. However,"
            + " your request has 5 input tokens. Please reduce the length of the input messages."
            + " (parameter=input_tokens, value=5)\",\"type\":\"BadRequestError\","
            + "\"param\":\"input_tokens\",\"code\":400}}",
        sink.body.toString());
  }

  @Test
  void unknownPathAndWrongMethod_answerLikeFastApi() {
    RecordingSink notFound = new RecordingSink();
    endpoint.handle(Endpoints.get("/v2/nothing", timers), notFound);
    RecordingSink notAllowed = new RecordingSink();
    endpoint.handle(Endpoints.get("/v1/chat/completions", timers), notAllowed);

    assertEquals(404, notFound.status);
    assertEquals("{\"detail\":\"Not Found\"}", notFound.body.toString());
    assertEquals(405, notAllowed.status);
    assertEquals("{\"detail\":\"Method Not Allowed\"}", notAllowed.body.toString());
  }

  @Test
  void chat_invalidFields_answer400BadRequestError() {
    RecordingSink noMessages = new RecordingSink();
    endpoint.handle(
        Endpoints.post("/v1/chat/completions", "{\"model\":\"m\"}", timers), noMessages);
    RecordingSink zeroTokens = new RecordingSink();
    endpoint.handle(
        Endpoints.post(
            "/v1/chat/completions", Endpoints.chat("hi", false, "\"max_tokens\":0"), timers),
        zeroTokens);
    RecordingSink optionsWithoutStream = new RecordingSink();
    endpoint.handle(
        Endpoints.post(
            "/v1/chat/completions",
            Endpoints.chat("hi", false, "\"stream_options\":{\"include_usage\":true}"),
            timers),
        optionsWithoutStream);

    assertEquals(400, noMessages.status);
    assertTrue(noMessages.body.toString().contains("\"type\":\"BadRequestError\""));
    assertEquals(400, zeroTokens.status);
    assertTrue(zeroTokens.body.toString().contains("max_tokens must be at least 1, got 0."));
    assertEquals(400, optionsWithoutStream.status);
    assertTrue(
        optionsWithoutStream
            .body
            .toString()
            .contains("Stream options can only be defined when `stream=True`."));
  }
}
