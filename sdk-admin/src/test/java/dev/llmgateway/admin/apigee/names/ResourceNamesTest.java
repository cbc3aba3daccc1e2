package dev.llmgateway.admin.apigee.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ResourceNamesTest {

  @Test
  void names_formatAndParseRoundTrip() {
    assertRoundTrip(OrganizationName.of("my-org"), OrganizationName::parse, "organizations/my-org");
    assertRoundTrip(
        EnvironmentName.of("my-org", "eval"),
        EnvironmentName::parse,
        "organizations/my-org/environments/eval");
    assertRoundTrip(
        DeveloperName.of("my-org", "jane@example.com"),
        DeveloperName::parse,
        "organizations/my-org/developers/jane@example.com");
    assertRoundTrip(
        DeveloperAppName.of("my-org", "jane@example.com", "llm app"),
        DeveloperAppName::parse,
        "organizations/my-org/developers/jane@example.com/apps/llm app");
    assertRoundTrip(
        ApiProductName.of("my-org", "llm-product"),
        ApiProductName::parse,
        "organizations/my-org/apiproducts/llm-product");
    assertRoundTrip(
        ApiProxyName.of("my-org", "apigee-llm-inf-gw"),
        ApiProxyName::parse,
        "organizations/my-org/apis/apigee-llm-inf-gw");
    assertRoundTrip(
        RevisionName.of(ApiProxyName.of("my-org", "gw"), 2),
        RevisionName::parse,
        "organizations/my-org/apis/gw/revisions/2");
    assertRoundTrip(
        DeploymentName.of(
            EnvironmentName.of("my-org", "eval"),
            RevisionName.of(ApiProxyName.of("my-org", "gw"), 2)),
        DeploymentName::parse,
        "organizations/my-org/environments/eval/apis/gw/revisions/2");
  }

  private static <T extends ResourceName> void assertRoundTrip(
      T name, Function<String, T> parse, String formatted) {
    assertEquals(formatted, name.toString());
    assertEquals(formatted, name.path());
    assertEquals(name, parse.apply(formatted));
    assertEquals(name.hashCode(), parse.apply(formatted).hashCode());
  }

  @Test
  void parents_areTypedNames() {
    DeveloperAppName app = DeveloperAppName.of("o", "d@x.io", "a");
    assertEquals(DeveloperName.of("o", "d@x.io"), app.developerName());
    assertEquals(OrganizationName.of("o"), app.developerName().organizationName());
    assertEquals(ApiProxyName.of("o", "p"), RevisionName.of("o", "p", "4").apiProxyName());
    assertEquals(
        RevisionName.of("o", "p", "4"), DeploymentName.of("o", "e", "p", "4").revisionName());
  }

  private static String fails(org.junit.jupiter.api.function.Executable e) {
    return assertThrows(IllegalArgumentException.class, e).getMessage();
  }

  @Test
  void invalidParts_failNamingTheField() {
    assertEquals("organization must not be blank", fails(() -> OrganizationName.of(" ")));
    assertTrue(
        fails(() -> ApiProductName.of("o", "a/b")).startsWith("apiProduct may only contain"));
    assertTrue(fails(() -> DeveloperAppName.of("o", "d@x.io", "a?")).startsWith("app may only"));
    assertTrue(fails(() -> ApiProxyName.of("o", "my proxy")).startsWith("apiProxy may only"));
    assertTrue(fails(() -> RevisionName.of("o", "p", "0")).startsWith("revision may only"));
    assertEquals(
        "revision must be >= 1 but was 0",
        fails(() -> RevisionName.of(ApiProxyName.of("o", "p"), 0)));
    assertTrue(fails(() -> DeveloperName.of("o", "Jane@x.io")).startsWith("developer must be"));
    assertTrue(
        fails(() -> ApiProductName.parse("organizations/o/apis/p"))
            .startsWith("apiProductName must have the form organizations/{..}/apiproducts/{..}"));
    assertTrue(
        fails(() -> DeploymentName.of(EnvironmentName.of("a", "e"), RevisionName.of("b", "p", "1")))
            .startsWith("revision must be in"));
  }

  @Test
  void appKeyName_redactsTheKeyInToStringAndParseErrors() {
    AppKeyName key = AppKeyName.parse("organizations/o/developers/d@x.io/apps/a/keys/SeCrEtKeY123");
    assertEquals("SeCrEtKeY123", key.consumerKey());
    assertEquals("organizations/o/developers/d@x.io/apps/a/keys/SeCrEtKeY123", key.path());
    assertEquals("organizations/o/developers/d@x.io/apps/a/keys/****", key.toString());
    String message = fails(() -> AppKeyName.parse("organizations/o/keys/SeCrEtKeY123"));
    assertFalse(message.contains("SeCrEtKeY123"), message);
    String bad = fails(() -> AppKeyName.of(DeveloperAppName.of("o", "d@x.io", "a"), "SeCrEt KeY"));
    assertFalse(bad.contains("SeCrEt"), bad);
  }
}
