package dev.llmgateway.emulator.internal.apigee.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The condition grammar, one row per construct, against fixed variables. */
class ConditionParserTest {

  static final Map<String, Object> VARS =
      Map.of(
          "request.verb", "POST",
          "proxy.pathsuffix", "/v1/chat/completions",
          "response.content", "{\"usage\":{}}",
          "response.status.code", "200",
          "request.header.x-api-key", "k",
          "flag", "true",
          "count", "10",
          "name", "Alice");

  static boolean eval(String condition) {
    return Condition.parse(condition).test(VARS::get);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "request.verb = \"POST\" => true",
        "request.verb == \"POST\" => true",
        "request.verb = \"post\" => false",
        "request.verb := \"post\" => true",
        "request.verb != \"GET\" => true",
        "request.verb Equals \"POST\" => true",
        "request.verb NotEquals \"POST\" => false",
        "request.verb IsNot \"GET\" => true",
        "response.content != null => true",
        "response.content = null => false",
        "unset.variable = null => true",
        "unset.variable != null => false",
        "unset.variable = \"\" => false",
        "response.status.code = 200 => true",
        "response.status.code = 200.0 => true",
        "response.status.code >= 400 => false",
        "count > 9 and count <= 10 => true",
        "count GreaterThan 100 => false",
        "count LesserThan 11 => true",
        "name ~ \"Al*\" => true",
        "name Matches \"*ice\" => true",
        "name Like \"Bo*\" => false",
        "name ~~ \"A[a-z]+\" => true",
        "name JavaRegex \"a.*\" => false",
        "proxy.pathsuffix MatchesPath \"/v1/**\" => true",
        "proxy.pathsuffix ~/ \"/v1/*\" => false",
        "proxy.pathsuffix LikePath \"/v1/*/completions\" => true",
        "proxy.pathsuffix =| \"/v1/\" => true",
        "proxy.pathsuffix StartsWith \"/v2\" => false",
        "flag => true",
        "not flag => false",
        "!(request.verb = \"GET\") => true",
        "request.verb = \"GET\" or request.verb = \"POST\" => true",
        "request.verb = \"GET\" || name = \"Alice\" && count = 10 => true",
        "(request.verb = \"GET\" or name = \"Alice\") and count = 11 => false",
        "request.verb = \"GET\" OR request.verb = \"PUT\" => false",
        "request.header.x-api-key = \"k\" AND (response.status.code = 200) => true",
        "\"POST\" = request.verb => true",
        "name = \"Al\\\"ice\" => false",
      })
  void evaluates(String condition, boolean expected) {
    assertEquals(expected, eval(condition), condition);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "request.verb =",
        "(request.verb = \"GET\"",
        "request.verb = \"GET",
        "request.verb = \"GET\" and",
        "request.verb = GET)",
        "proxy.pathsuffix MatchesPath /v1/*",
        "name ~~ \"[unclosed\"",
        "a & b",
        "= \"x\"",
      })
  void rejects_whatItCannotEvaluate(String condition) {
    ConditionException e = assertThrows(ConditionException.class, () -> Condition.parse(condition));
    assertTrue(e.getMessage().startsWith("condition '"), e.getMessage());
  }

  @Test
  void unquotedWord_isAVariable() {
    assertEquals(false, eval("request.verb = POST"));
    assertEquals(true, eval("request.verb = request.verb"));
  }

  @Test
  void templates_renderVariablesAndKeepOtherBraces() {
    assertEquals(
        "{\"m\":\"POST Alice\"}",
        MessageTemplate.of("{\"m\":\"{request.verb} {name}\"}").render(VARS::get, false));
    assertEquals("x=", MessageTemplate.of("x={nothing}").render(VARS::get, true));
    assertThrows(
        MessageTemplate.UnresolvedVariableException.class,
        () -> MessageTemplate.of("x={nothing}").render(VARS::get, false));
    assertEquals(
        "POST-{name}",
        MessageTemplate.of("@request.verb#-{name}", '@', '#').render(VARS::get, false));
  }
}
