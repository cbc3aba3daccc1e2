package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entry of {@code metadata.managedFields}: which manager owns which fields, through which
 * operation ({@code Apply} or {@code Update}) and subresource.
 *
 * @param manager the field manager
 * @param operation {@code Apply} or {@code Update}
 * @param apiVersion the apiVersion the manager used
 * @param time when the entry last changed (RFC 3339)
 * @param subresource {@code status}, or null for the main resource
 * @param fields the owned fields
 */
record ManagedField(
    String manager,
    String operation,
    String apiVersion,
    String time,
    @Nullable String subresource,
    FieldSet fields) {

  static final String APPLY = "Apply";
  static final String UPDATE = "Update";

  /** Returns whether this entry is the one of {@code manager}, {@code operation}, {@code sub}. */
  boolean is(String manager, String operation, @Nullable String sub) {
    return this.manager.equals(manager)
        && this.operation.equals(operation)
        && Objects.equals(subresource, sub);
  }

  /** Returns a copy owning other fields. */
  ManagedField withFields(FieldSet fields) {
    return new ManagedField(manager, operation, apiVersion, time, subresource, fields);
  }

  /** Returns the manager as conflict messages print it. */
  String printed() {
    return UPDATE.equals(operation)
        ? "\"" + manager + "\" using " + apiVersion
        : "\"" + manager + "\"";
  }

  /** Reads the entries of an object; entries in a shape this class does not know are dropped. */
  static List<ManagedField> read(@Nullable JsonNode object) {
    List<ManagedField> out = new ArrayList<>();
    if (object == null) {
      return out;
    }
    for (JsonNode e : object.path("metadata").path("managedFields")) {
      String manager = e.path("manager").asString("");
      if (manager.isEmpty() || !e.path("fieldsV1").isObject()) {
        continue;
      }
      JsonNode sub = e.get("subresource");
      out.add(
          new ManagedField(
              manager,
              e.path("operation").asString(UPDATE),
              e.path("apiVersion").asString(""),
              e.path("time").asString(""),
              sub == null || sub.asString("").isEmpty() ? null : sub.asString(""),
              FieldSet.fromFieldsV1(e.path("fieldsV1"))));
    }
    return out;
  }

  /** Writes entries as {@code metadata.managedFields}, leaving out entries that own nothing. */
  static ArrayNode write(List<ManagedField> entries) {
    ArrayNode array = Json.mapper().createArrayNode();
    for (ManagedField f : entries) {
      if (f.fields.isEmpty()) {
        continue;
      }
      ObjectNode e = array.addObject();
      e.put("manager", f.manager)
          .put("operation", f.operation)
          .put("apiVersion", f.apiVersion)
          .put("time", f.time)
          .put("fieldsType", "FieldsV1");
      e.set("fieldsV1", f.fields.toFieldsV1());
      if (f.subresource != null) {
        e.put("subresource", f.subresource);
      }
    }
    return array;
  }
}
