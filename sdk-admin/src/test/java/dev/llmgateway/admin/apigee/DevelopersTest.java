package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.body;
import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.expect;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static dev.llmgateway.admin.apigee.MockApigee.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.errors.ApigeeConflictException;
import dev.llmgateway.admin.apigee.model.Attribute;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperStatus;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class DevelopersTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final String STORED =
      "{\"email\":\"jane@example.com\",\"firstName\":\"Jane\",\"lastName\":\"Doe\","
          + "\"userName\":\"jane\",\"developerId\":\"d-1\",\"status\":\"active\","
          + "\"organizationName\":\"my-org\",\"createdAt\":\"1700000000000\","
          + "\"attributes\":[{\"name\":\"tier\",\"value\":\"gold\"}],\"appFamily\":\"default\"}";

  static Developer jane() {
    return Developer.builder()
        .email("jane@example.com")
        .firstName("Jane")
        .lastName("Doe")
        .userName("jane")
        .addAttribute(Attribute.of("tier", "gold"))
        .build();
  }

  @Test
  void create_postsDeveloperFieldsToDevelopersCollection() throws Exception {
    server.enqueue(ok(STORED));
    Developer created = MockApigee.client(server, time).developers().create(jane());

    RecordedRequest r = expect(server, "POST", "/v1/organizations/my-org/developers");
    assertEquals(
        tree(
            "{\"email\":\"jane@example.com\",\"firstName\":\"Jane\",\"lastName\":\"Doe\","
                + "\"userName\":\"jane\",\"attributes\":[{\"name\":\"tier\",\"value\":\"gold\"}]}"),
        body(r));
    assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
    assertEquals("d-1", created.developerId().orElseThrow());
    assertEquals("active", created.status().orElseThrow());
    assertEquals("default", created.additionalProperties().get("appFamily"));
  }

  @Test
  void create_existingDeveloper_throwsConflict() {
    server.enqueue(error(409, "ALREADY_EXISTS", "developer jane@example.com already exists"));
    ApigeeConflictException e =
        assertThrows(
            ApigeeConflictException.class,
            () -> MockApigee.client(server, time).developers().create(jane()));
    assertEquals(409, e.statusCode());
    assertEquals("ALREADY_EXISTS", e.status());
  }

  @Test
  void get_readsDeveloperByEmail() throws Exception {
    server.enqueue(ok(STORED));
    Developer d = MockApigee.client(server, time).developers().get("jane@example.com");
    expect(server, "GET", "/v1/organizations/my-org/developers/jane@example.com");
    assertEquals("Jane", d.firstName());
    assertEquals(jane().attributes(), d.attributes());
  }

  @Test
  void list_readsExpandedDevelopersAndDeveloperAppsListsTheirApps() throws Exception {
    server.enqueue(ok("{\"developer\":[" + STORED + "]}"));
    server.enqueue(ok("{\"app\":[{\"name\":\"llm-app\",\"credentials\":[]}]}"));
    ApigeeClient apigee = MockApigee.client(server, time);
    assertEquals("jane@example.com", apigee.developers().list().get(0).email());
    assertEquals("llm-app", apigee.developerApps().list("jane@example.com").get(0).name());
    expect(server, "GET", "/v1/organizations/my-org/developers?expand=true&count=1000");
    expect(
        server,
        "GET",
        "/v1/organizations/my-org/developers/jane@example.com/apps?expand=true&count=1000");
  }

  @Test
  void update_putsWholeProfileAndKeepsAdditionalProperties() throws Exception {
    server.enqueue(ok(STORED));
    Developer withExtra = jane().toBuilder().putAdditionalProperty("appFamily", "default").build();
    MockApigee.client(server, time).developers().update(withExtra);
    RecordedRequest r =
        expect(server, "PUT", "/v1/organizations/my-org/developers/jane@example.com");
    assertEquals("default", body(r).path("appFamily").asString());
    assertEquals("Jane", body(r).path("firstName").asString());
  }

  @Test
  void delete_returnsTrueWhenDeletedAndFalseWhenAbsent() throws Exception {
    server.enqueue(ok(STORED));
    server.enqueue(error(404, "NOT_FOUND", "not found"));
    Developers developers = MockApigee.client(server, time).developers();
    assertTrue(developers.delete("jane@example.com"));
    assertFalse(developers.delete("jane@example.com"));
    expect(server, "DELETE", "/v1/organizations/my-org/developers/jane@example.com");
    expect(server, "DELETE", "/v1/organizations/my-org/developers/jane@example.com");
  }

  @Test
  void setStatus_postsActionWithOctetStreamAndNoBody() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    MockApigee.client(server, time)
        .developers()
        .setStatus("jane@example.com", DeveloperStatus.INACTIVE);
    RecordedRequest r =
        expect(
            server, "POST", "/v1/organizations/my-org/developers/jane@example.com?action=inactive");
    assertEquals("application/octet-stream", r.getHeaders().get("Content-Type"));
    assertEquals(0, r.getBodySize());
  }

  @Test
  void ensure_absentDeveloper_createsIt() throws Exception {
    server.enqueue(error(404, "NOT_FOUND", "developer not found"));
    server.enqueue(ok(STORED));
    Ensured<Developer> result = MockApigee.client(server, time).developers().ensure(jane());
    assertEquals(Ensured.Action.CREATED, result.action());
    expect(server, "GET", "/v1/organizations/my-org/developers/jane@example.com");
    expect(server, "POST", "/v1/organizations/my-org/developers");
  }

  @Test
  void ensure_createConflictsBecauseItExistsMeanwhile_readsItAndWritesNothingMore()
      throws Exception {
    server.enqueue(error(404, "NOT_FOUND", "developer not found"));
    server.enqueue(error(409, "ALREADY_EXISTS", "developer already exists"));
    server.enqueue(ok(STORED));
    Ensured<Developer> result = MockApigee.client(server, time).developers().ensure(jane());
    assertEquals(Ensured.Action.UNCHANGED, result.action());
    expect(server, "GET", "/v1/organizations/my-org/developers/jane@example.com");
    expect(server, "POST", "/v1/organizations/my-org/developers");
    expect(server, "GET", "/v1/organizations/my-org/developers/jane@example.com");
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void ensure_secondRunWithEqualDeveloper_makesNoWrite() throws Exception {
    server.enqueue(ok(STORED));
    Ensured<Developer> result = MockApigee.client(server, time).developers().ensure(jane());
    assertEquals(Ensured.Action.UNCHANGED, result.action());
    expect(server, "GET", "/v1/organizations/my-org/developers/jane@example.com");
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void ensure_changedName_updatesAndKeepsServerAdditionalProperties() throws Exception {
    server.enqueue(ok(STORED));
    server.enqueue(ok(STORED));
    Ensured<Developer> result =
        MockApigee.client(server, time)
            .developers()
            .ensure(jane().toBuilder().lastName("Smith").build());
    assertEquals(Ensured.Action.UPDATED, result.action());
    expect(server, "GET", "/v1/organizations/my-org/developers/jane@example.com");
    RecordedRequest put =
        expect(server, "PUT", "/v1/organizations/my-org/developers/jane@example.com");
    assertEquals("Smith", body(put).path("lastName").asString());
    assertEquals("default", body(put).path("appFamily").asString());
  }

  @Test
  void builder_upperCaseEmail_failsNamingDeveloper() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> jane().toBuilder().email("Jane@example.com").build());
    assertTrue(e.getMessage().startsWith("developer must be lowercase"), e.getMessage());
  }

  @Test
  void builder_missingFirstName_failsNamingField() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Developer.builder().email("a@b.c").lastName("x").userName("y").build());
    assertEquals("firstName must not be null", e.getMessage());
  }
}
