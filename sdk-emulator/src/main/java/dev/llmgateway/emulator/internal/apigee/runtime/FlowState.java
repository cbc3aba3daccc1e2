package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.apigee.bundle.EndpointPlan;
import dev.llmgateway.emulator.internal.apigee.bundle.FlowPlan;
import dev.llmgateway.emulator.internal.apigee.bundle.ProxyPlan;
import dev.llmgateway.emulator.internal.apigee.bundle.TargetPlan;
import dev.llmgateway.emulator.internal.apigee.condition.VariableSource;
import dev.llmgateway.emulator.internal.apigee.store.Catalog;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One call through a deployed proxy: the request, then the response, and the flow variables.
 * Built-in variables are read from the messages: {@code request.verb}, {@code request.path}, {@code
 * request.uri}, {@code request.header.<name>}, {@code request.content}, {@code proxy.pathsuffix},
 * {@code proxy.basepath}, {@code apiproxy.name}, {@code apiproxy.revision}, {@code
 * environment.name}, {@code organization.name}, and in the response flow {@code
 * response.status.code}, {@code response.header.<name>}, {@code response.content}, in an EventFlow
 * {@code response.event.current.content} (the event's data); {@code message.*} is the current
 * message. Empty content reads as null. Other names are the exchange's flow variables. (The
 * exchange carries no query string, so {@code request.queryparam.*} is unset.) Touched by one call
 * at a time.
 */
final class FlowState implements VariableSource {

  final Exchange exchange;
  final Catalog catalog;
  final String environment;
  final ProxyPlan plan;
  final EndpointPlan endpoint;
  @Nullable FlowPlan flow;
  @Nullable TargetPlan target;
  final String pathSuffix;
  boolean responsePhase;
  int status;
  MultiMap responseHeaders = MultiMap.caseInsensitiveMultiMap();
  @Nullable Buffer responseBody;
  @Nullable String reasonPhrase;
  boolean responseRewritten;
  private @Nullable String responseText;

  /** The data of the streamed event the EventFlow runs on, else null. */
  @Nullable String eventContent;

  FlowState(
      Exchange exchange,
      Catalog catalog,
      String environment,
      ProxyPlan plan,
      EndpointPlan endpoint,
      String pathSuffix) {
    this.exchange = exchange;
    this.catalog = catalog;
    this.environment = environment;
    this.plan = plan;
    this.endpoint = endpoint;
    this.pathSuffix = pathSuffix;
  }

  Map<String, Object> vars() {
    return exchange.variables();
  }

  void response(int status, MultiMap headers, @Nullable Buffer body) {
    this.responsePhase = true;
    this.status = status;
    this.responseHeaders = headers;
    this.responseBody = body;
    this.responseText = null;
  }

  void setResponseBody(@Nullable Buffer body) {
    this.responseBody = body;
    this.responseText = null;
    this.responseRewritten = true;
  }

  @Override
  public @Nullable Object get(String name) {
    if (name.startsWith("message.")) {
      return get((responsePhase ? "response." : "request.") + name.substring(8));
    }
    if (name.startsWith("request.header.")) {
      return exchange.requestHeaders().get(name.substring(15));
    }
    if (name.startsWith("response.header.")) {
      return responsePhase ? responseHeaders.get(name.substring(16)) : null;
    }
    switch (name) {
      case "request.verb":
        return exchange.method();
      case "request.path":
      case "request.uri":
        return exchange.path();
      case "request.content":
        return exchange.requestBody().length() == 0 ? null : exchange.requestBody().toString();
      case "proxy.pathsuffix":
        return pathSuffix;
      case "proxy.basepath":
        return endpoint.basePath();
      case "apiproxy.name":
        return plan.name();
      case "apiproxy.revision":
        return Integer.toString(plan.revision());
      case "environment.name":
        return environment;
      case "organization.name":
        return catalog.organization();
      case "response.status.code":
        return responsePhase ? Integer.toString(status) : null;
      case "response.reason.phrase":
        return reasonPhrase;
      case "response.content":
        return responsePhase ? responseText() : null;
      case "response.event.current.content":
        return eventContent;
      default:
        return exchange.variables().get(name);
    }
  }

  private @Nullable String responseText() {
    if (responseBody == null || responseBody.length() == 0) {
      return null;
    }
    if (responseText == null) {
      responseText = responseBody.toString(StandardCharsets.UTF_8);
    }
    return responseText;
  }
}
