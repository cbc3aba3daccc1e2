package dev.llmgateway.admin.k8s.gke;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The backend a traffic extension calls: a {@code Service}, {@code ServiceImport}, {@code
 * GCPWasmPlugin} or {@code ApigeeBackendService}. Immutable; the CRD's rules (group per kind, port
 * presence) are checked when the {@link GcpTrafficExtension} is built.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(as = ImmutableExtensionBackendRef.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"group", "kind", "name", "port"})
public abstract class ExtensionBackendRef {

  /** The kind of an Apigee backend, {@value}. */
  public static final String APIGEE_BACKEND_SERVICE = "ApigeeBackendService";

  /** The group of an Apigee backend, {@value}. */
  public static final String APIM_GROUP = "apim.googleapis.com";

  ExtensionBackendRef() {}

  /**
   * Returns a reference to an {@code ApigeeBackendService} (group {@code apim.googleapis.com}, no
   * port).
   *
   * @param name the ApigeeBackendService name
   * @return the reference
   */
  public static ExtensionBackendRef apigeeBackendService(String name) {
    return of(APIM_GROUP, APIGEE_BACKEND_SERVICE, name, null);
  }

  /**
   * Returns a reference to a core {@code Service} on a port.
   *
   * @param name the Service name
   * @param port the port
   * @return the reference
   */
  public static ExtensionBackendRef service(String name, int port) {
    return of("", "Service", name, port);
  }

  /**
   * Returns a reference with every part given.
   *
   * @param group the group
   * @param kind the kind
   * @param name the name
   * @param port the port, or null
   * @return the reference
   */
  public static ExtensionBackendRef of(
      String group, String kind, String name, @Nullable Integer port) {
    return new Builder().group(group).kind(kind).name(name).port(port).build();
  }

  /**
   * Returns the group.
   *
   * @return the group
   */
  @Value.Default
  public String group() {
    return "";
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  @Value.Default
  public String kind() {
    return "";
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * Returns the port.
   *
   * @return the port, or null when unset
   */
  public abstract @Nullable Integer port();

  static final class Builder extends ImmutableExtensionBackendRef.Builder {}
}
