package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Apigee APIM operator on one of its resources (ApigeeBackendService, APIProduct,
 * APIOperationSet): {@code status.state CREATED} once the object exists. Other status fields a
 * client may have written are kept.
 */
final class ApigeeStatus implements StatusController {

  private final String plural;

  ApigeeStatus(String plural) {
    this.plural = plural;
  }

  @Override
  public String group() {
    return "apim.googleapis.com";
  }

  @Override
  public String version() {
    return "v1";
  }

  @Override
  public String plural() {
    return plural;
  }

  @Override
  public String manager() {
    return Attachment.MANAGER;
  }

  @Override
  public JsonNode desired(ObjectNode object, String now) {
    JsonNode previous = object.path("status");
    ObjectNode status =
        previous.isObject() ? (ObjectNode) previous.deepCopy() : Json.mapper().createObjectNode();
    return status.put("state", "CREATED");
  }
}
