package dev.llmgateway.admin.apigee.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One violation from the details of an error: a precondition, quota or field violation, or a
 * problem in an imported proxy bundle.
 */
public final class Violation {

  private final String detailType;
  private final String type;
  private final String subject;
  private final String description;

  private Violation(String detailType, String type, String subject, String description) {
    this.detailType = detailType;
    this.type = type;
    this.subject = subject;
    this.description = description;
  }

  /**
   * Creates a violation.
   *
   * @param detailType the {@code @type} of the detail that listed it, or an empty string
   * @param type the violation's {@code type}, or an empty string
   * @param subject what it concerns: {@code subject}, {@code field} or {@code filename}
   * @param description the description
   * @return the violation
   */
  public static Violation of(String detailType, String type, String subject, String description) {
    return new Violation(
        Objects.requireNonNull(detailType, "detailType == null"),
        Objects.requireNonNull(type, "type == null"),
        Objects.requireNonNull(subject, "subject == null"),
        Objects.requireNonNull(description, "description == null"));
  }

  static List<Violation> fromDetails(List<Map<String, Object>> details) {
    List<Violation> out = new ArrayList<>();
    for (Map<String, Object> detail : details) {
      String detailType = text(detail.get("@type"));
      for (String key : List.of("violations", "fieldViolations")) {
        Object list = detail.get(key);
        if (!(list instanceof List)) {
          continue;
        }
        for (Object item : (List<?>) list) {
          if (!(item instanceof Map)) {
            continue;
          }
          Map<?, ?> v = (Map<?, ?>) item;
          String subject = text(v.get("subject"));
          if (subject.isEmpty()) {
            subject = text(v.get("field"));
          }
          if (subject.isEmpty()) {
            subject = text(v.get("filename"));
          }
          out.add(of(detailType, text(v.get("type")), subject, text(v.get("description"))));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static String text(@Nullable Object o) {
    return o == null ? "" : o.toString();
  }

  /**
   * Returns the {@code @type} of the detail that listed this violation.
   *
   * @return the detail type, e.g. {@code type.googleapis.com/google.rpc.PreconditionFailure}
   */
  public String detailType() {
    return detailType;
  }

  /**
   * Returns the violation's own {@code type} (PreconditionFailure), or an empty string.
   *
   * @return the type
   */
  public String type() {
    return type;
  }

  /**
   * Returns what the violation concerns: the {@code subject}, the {@code field} of a field
   * violation, or the {@code filename} in a proxy bundle.
   *
   * @return the subject, or an empty string
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the description.
   *
   * @return the description, or an empty string
   */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation v = (Violation) o;
    return detailType.equals(v.detailType)
        && type.equals(v.type)
        && subject.equals(v.subject)
        && description.equals(v.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(detailType, type, subject, description);
  }

  @Override
  public String toString() {
    return (subject.isEmpty() ? "" : subject + ": ") + description;
  }
}
