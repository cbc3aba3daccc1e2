package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A Quota policy. Allow, Interval and TimeUnit each have a literal and/or a {@code ref}; the
 * reference wins when it resolves. {@code UseQuotaConfigInAPIProduct} becomes references to the
 * named VerifyAPIKey step's {@code apiproduct.developer.quota.*} variables, its {@code
 * DefaultConfig} the literals.
 *
 * @param common name and flags
 * @param type {@code default}, {@code calendar} or {@code flexi} ({@code calendar} or {@code
 *     rollingwindow} in an LLMTokenQuota)
 * @param identifierRef the variable identifying the counter, or null for one counter
 * @param allowCount the literal limit, or null
 * @param allowCountRef the variable holding the limit, or null
 * @param interval the literal interval, or null
 * @param intervalRef the variable holding the interval, or null
 * @param timeUnit the literal time unit, or null
 * @param timeUnitRef the variable holding the time unit, or null
 * @param startTime the start of the first window (calendar type), or null
 * @param messageWeightRef the variable holding the weight of a call, or null for 1
 * @param countOnly whether it only counts (never rejects)
 * @param enforceOnly whether it only checks (never counts)
 * @param sharedName the counter shared with other Quota policies, or null
 */
public record QuotaDef(
    PolicyCommon common,
    String type,
    @Nullable String identifierRef,
    @Nullable Long allowCount,
    @Nullable String allowCountRef,
    @Nullable Long interval,
    @Nullable String intervalRef,
    @Nullable QuotaTimeUnit timeUnit,
    @Nullable String timeUnitRef,
    @Nullable Instant startTime,
    @Nullable String messageWeightRef,
    boolean countOnly,
    boolean enforceOnly,
    @Nullable String sharedName)
    implements PolicyDef {

  private static final Set<String> CHILDREN =
      Set.of(
          "DisplayName",
          "Description",
          "Properties",
          "Identifier",
          "Allow",
          "Interval",
          "TimeUnit",
          "StartTime",
          "MessageWeight",
          "Distributed",
          "Synchronous",
          "CountOnly",
          "EnforceOnly",
          "SharedName",
          "UseQuotaConfigInAPIProduct");
  private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuu-M-d H:m[:s]");

  static QuotaDef read(PolicyCommon common, Element root, Problems p) {
    return read(common, root, p, CHILDREN, List.of("default", "calendar", "flexi"));
  }

  /**
   * Reads the Quota elements of a policy that has them (Quota, LLMTokenQuota).
   *
   * @param children the child elements the emulator executes for this policy type
   * @param types the window types it executes for it, the first being the one without a type
   */
  static QuotaDef read(
      PolicyCommon common, Element root, Problems p, Set<String> children, List<String> types) {
    p.onlyChildren(root, children);
    String type = SecureXml.attr(root, "type");
    type = type == null ? types.get(0) : type;
    if (!types.contains(type)) {
      p.add(
          "type '"
              + type
              + "' is not supported by the emulator ("
              + String.join(", ", types)
              + ")");
    }
    Element allow = SecureXml.child(root, "Allow");
    Element interval = SecureXml.child(root, "Interval");
    Element unit = SecureXml.child(root, "TimeUnit");
    if (allow != null && !SecureXml.children(allow).isEmpty()) {
      p.add("<Allow> with <Class> is not supported by the emulator");
    }
    Long count = number(SecureXml.attr(allow, "count"), "Allow count", p);
    String countRef = SecureXml.attr(allow, "countRef");
    Long every = number(SecureXml.text(interval), "Interval", p);
    String everyRef = SecureXml.attr(interval, "ref");
    String unitText = SecureXml.text(unit);
    String unitRef = SecureXml.attr(unit, "ref");
    Element product = SecureXml.child(root, "UseQuotaConfigInAPIProduct");
    if (product != null) {
      String step = SecureXml.attr(product, "stepName");
      if (step == null) {
        p.add("<UseQuotaConfigInAPIProduct> needs a stepName");
      } else {
        String prefix = "verifyapikey." + step + ".apiproduct.developer.quota.";
        countRef = countRef == null ? prefix + "limit" : countRef;
        everyRef = everyRef == null ? prefix + "interval" : everyRef;
        unitRef = unitRef == null ? prefix + "timeunit" : unitRef;
      }
      Element defaults = SecureXml.child(product, "DefaultConfig");
      if (defaults != null) {
        count = count != null ? count : number(SecureXml.childText(defaults, "Allow"), "Allow", p);
        every =
            every != null
                ? every
                : number(SecureXml.childText(defaults, "Interval"), "Interval", p);
        unitText = unitText != null ? unitText : SecureXml.childText(defaults, "TimeUnit");
      }
    }
    QuotaTimeUnit timeUnit = unit(unitText);
    if (unitText != null && timeUnit == null) {
      p.add("TimeUnit '" + unitText + "' is not one of second, minute, hour, day, week, month");
    }
    if (count == null && countRef == null) {
      p.add("<Allow count=\"..\"/> or countRef is required");
    }
    if (every == null && everyRef == null) {
      p.add("<Interval> is required");
    }
    if (unitText == null && unitRef == null) {
      p.add("<TimeUnit> is required");
    }
    Instant start = startTime(SecureXml.childText(root, "StartTime"), p);
    if ("calendar".equals(type) && start == null) {
      p.add("a calendar quota needs <StartTime>");
    }
    boolean countOnly = p.bool(SecureXml.childText(root, "CountOnly"), "CountOnly", false);
    boolean enforceOnly = p.bool(SecureXml.childText(root, "EnforceOnly"), "EnforceOnly", false);
    if (countOnly && enforceOnly) {
      p.add("CountOnly and EnforceOnly cannot both be true");
    }
    p.bool(SecureXml.childText(root, "Distributed"), "Distributed", false);
    p.bool(SecureXml.childText(root, "Synchronous"), "Synchronous", false);
    Element identifier = SecureXml.child(root, "Identifier");
    if (identifier != null && SecureXml.attr(identifier, "ref") == null) {
      p.add("<Identifier> needs a ref");
    }
    return new QuotaDef(
        common,
        type,
        SecureXml.attr(identifier, "ref"),
        count,
        countRef,
        every,
        everyRef,
        timeUnit,
        unitRef,
        start,
        SecureXml.attr(SecureXml.child(root, "MessageWeight"), "ref"),
        countOnly,
        enforceOnly,
        SecureXml.childText(root, "SharedName"));
  }

  /**
   * Returns the unit a {@code TimeUnit} text names (any case), or null when it names none the
   * emulator knows (second, minute, hour, day, week, month).
   *
   * @param text the text, or null
   * @return the unit, or null
   */
  public static @Nullable QuotaTimeUnit unit(@Nullable String text) {
    if (text == null) {
      return null;
    }
    QuotaTimeUnit u = QuotaTimeUnit.of(text);
    return u.isKnown() ? u : null;
  }

  private static @Nullable Long number(@Nullable String text, String what, Problems p) {
    if (text == null) {
      return null;
    }
    try {
      long v = Long.parseLong(text.strip());
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    p.add(what + " must be a positive integer but was '" + text + "'");
    return null;
  }

  private static @Nullable Instant startTime(@Nullable String text, Problems p) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text, START).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      p.add("StartTime must look like 2026-01-31 12:00:00 but was '" + text + "'");
      return null;
    }
  }
}
