package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.bundle.AssignMessageDef;
import dev.llmgateway.emulator.internal.apigee.bundle.MessageEdit;
import dev.llmgateway.emulator.internal.apigee.bundle.RaiseFaultDef;
import dev.llmgateway.emulator.internal.apigee.condition.MessageTemplate;
import dev.llmgateway.emulator.internal.apigee.condition.MessageTemplate.UnresolvedVariableException;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Executes AssignMessage (Remove, then Add, then Set, then AssignVariable, on the request's headers
 * or the response) and RaiseFault (a new response: status 500 unless set, the payload or Apigee's
 * default fault body, the headers set or added). A reason phrase is kept in {@code
 * response.reason.phrase}; a RaiseFault's goes on the wire as the fault's reason phrase.
 */
final class MessageRunner {

  @Nullable Fault assign(AssignMessageDef def, FlowState s) {
    boolean response = def.target() != null ? def.target().equals("response") : s.responsePhase;
    MultiMap headers = response ? s.responseHeaders : s.exchange.requestHeaders();
    MessageEdit e = def.edit();
    boolean lenient = def.ignoreUnresolved();
    try {
      if (e.removeAllHeaders()) {
        headers.clear();
      }
      e.removeHeaders().forEach(headers::remove);
      if (e.removePayload() && response) {
        s.setResponseBody(Buffer.buffer());
      }
      e.addHeaders().forEach((n, t) -> headers.add(n, t.render(s, lenient)));
      e.setHeaders().forEach((n, t) -> headers.set(n, t.render(s, lenient)));
      if (response) {
        if (e.payload() != null) {
          s.setResponseBody(Buffer.buffer(e.payload().render(s, lenient), "UTF-8"));
          if (e.contentType() != null) {
            headers.set("Content-Type", e.contentType());
          }
        }
        if (e.statusCode() != null) {
          Integer code = status(e.statusCode(), s, lenient);
          if (code == null) {
            return ApigeeFaults.of(
                500, "steps.assignmessage.InvalidStatusCode", "Invalid status code");
          }
          s.status = code;
          s.responseRewritten = true;
        }
        if (e.reasonPhrase() != null) {
          s.reasonPhrase = e.reasonPhrase().render(s, lenient);
          s.vars().put("response.reason.phrase", s.reasonPhrase);
        }
      }
      for (AssignMessageDef.Assignment a : def.assignments()) {
        Object value = a.ref() == null ? null : s.get(a.ref());
        if (value == null && a.template() != null) {
          value = a.template().render(s, lenient);
        }
        if (value == null) {
          value = a.value();
        }
        if (value != null) {
          s.vars().put(a.name(), value);
        }
      }
      return null;
    } catch (UnresolvedVariableException ex) {
      return ApigeeFaults.unresolvedVariable("assignmessage", ex.variable());
    }
  }

  Fault raise(RaiseFaultDef def, FlowState s) {
    MessageEdit e = def.response();
    boolean lenient = def.ignoreUnresolved();
    try {
      int status = 500;
      if (e.statusCode() != null) {
        Integer code = status(e.statusCode(), s, lenient);
        status = code == null ? 500 : code;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      byte[] body;
      if (e.payload() != null) {
        body = e.payload().render(s, lenient).getBytes(StandardCharsets.UTF_8);
        if (e.contentType() != null) {
          headers.put("Content-Type", e.contentType());
        }
      } else {
        Fault standard = ApigeeFaults.raiseFault(status, def.common().name());
        body = standard.body();
        headers.putAll(standard.headers());
      }
      for (Map.Entry<String, MessageTemplate> h : e.addHeaders().entrySet()) {
        String v = h.getValue().render(s, lenient);
        headers.merge(h.getKey(), v, (a, b) -> a + ", " + b);
      }
      e.setHeaders().forEach((n, t) -> headers.put(n, t.render(s, lenient)));
      String reason = null;
      if (e.reasonPhrase() != null) {
        reason = e.reasonPhrase().render(s, lenient);
        s.vars().put("response.reason.phrase", reason);
      }
      return new Fault(status, reason, headers, body);
    } catch (UnresolvedVariableException ex) {
      return ApigeeFaults.unresolvedVariable("raisefault", ex.variable());
    }
  }

  private static @Nullable Integer status(MessageTemplate t, FlowState s, boolean lenient) {
    try {
      int code = Integer.parseInt(t.render(s, lenient).strip());
      return code >= 100 && code <= 599 ? code : null;
    } catch (NumberFormatException ex) {
      return null;
    }
  }
}
