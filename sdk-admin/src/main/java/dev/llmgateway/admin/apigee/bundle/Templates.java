package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.client.internal.check.Checks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the message templates the AI policies read their inputs from ({@code UserPromptSource},
 * {@code LLMTokenUsageSource}, {@code LLMModelSource}, {@code LLMResponseSource}), such as {@code
 * {jsonPath('$.usage.total_tokens',response.content,true)}} or {@code {model}}: braces balanced,
 * each reference a variable name or a function call, and the path of every {@code jsonPath(..)} a
 * well-formed JSONPath.
 */
final class Templates {

  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9_.$-]+");
  private static final Pattern FUNCTION = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\((.*)\\)");
  private static final Pattern JSON_PATH_ARG =
      Pattern.compile("\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*,.*");

  private Templates() {}

  /**
   * Returns {@code template} if it is a well-formed source template.
   *
   * @param template the template
   * @param field the field name for the message
   * @return the template
   * @throws IllegalArgumentException naming the field and the problem
   */
  static String source(String template, String field) {
    Checks.notBlank(template, field);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      int close = template.indexOf('}', at);
      if (open < 0 && close < 0) {
        break;
      }
      if (open < 0 || (close >= 0 && close < open)) {
        throw bad(field, template, "'}' without '{'");
      }
      int end = closing(template, open);
      if (end < 0) {
        throw bad(field, template, "'{' without '}'");
      }
      reference(template.substring(open + 1, end).strip(), field, template);
      at = end + 1;
    }
    return template;
  }

  /** The '}' closing the '{' at {@code open}, skipping quoted text (a JSONPath may hold braces). */
  private static int closing(String t, int open) {
    char quote = 0;
    for (int i = open + 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'') {
        quote = c;
      } else if (c == '}') {
        return i;
      } else if (c == '{') {
        return -1;
      }
    }
    return -1;
  }

  private static void reference(String ref, String field, String template) {
    if (VARIABLE.matcher(ref).matches()) {
      return;
    }
    Matcher f = FUNCTION.matcher(ref);
    if (!f.matches()) {
      throw bad(field, template, "'{" + ref + "}' is neither a variable nor a function call");
    }
    if (f.group(1).equals("jsonPath")) {
      Matcher path = JSON_PATH_ARG.matcher(f.group(2));
      if (!path.matches()) {
        throw bad(field, template, "jsonPath(..) must start with a quoted path and a comma");
      }
      JsonPaths.check(path.group(1), field + " jsonPath");
    }
  }

  private static IllegalArgumentException bad(String field, String template, String problem) {
    return new IllegalArgumentException(
        field + " is not a valid message template: " + problem + " in '" + template + "'");
  }
}
