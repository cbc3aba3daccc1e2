package dev.llmgateway.emulator.internal.apigee.mgmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.Ensured;
import dev.llmgateway.admin.apigee.errors.ApigeeConflictException;
import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.Credential;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.apigee.model.DeveloperStatus;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.OperationGroup;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.DeveloperAppName;
import dev.llmgateway.emulator.internal.apigee.ApigeeHarness;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** sdk-admin's ApigeeClient, unchanged, against the emulated management API. */
class ManagementApiTest {

  final ApigeeHarness apigee = new ApigeeHarness();
  final ApigeeClient client = apigee.client();

  @AfterEach
  void close() {
    client.close();
    apigee.close();
  }

  static Developer jane() {
    return Developer.builder()
        .email("jane@example.com")
        .firstName("Jane")
        .lastName("Doe")
        .userName("jane")
        .build();
  }

  static ApiProduct product(String name) {
    return ApiProduct.builder()
        .name(name)
        .displayName(name)
        .approvalType("auto")
        .environments(List.of(ApigeeHarness.ENV))
        .operationGroup(
            OperationGroup.builder()
                .addOperationConfig(
                    OperationConfig.builder()
                        .apiSource(ApigeeHarness.BACKEND)
                        .addOperation(
                            Operation.builder()
                                .resource("/v1/chat/completions")
                                .methods(List.of("POST"))
                                .build())
                        .quota(Quota.of(100, 1, QuotaTimeUnit.MINUTE))
                        .build())
                .build())
        .build();
  }

  @Test
  void developers_createGetListUpdateStatusDelete_roundTrip() {
    Developer created = client.developers().create(jane());
    assertEquals("jane@example.com", created.email());
    assertEquals("active", created.status().orElseThrow());
    assertTrue(created.developerId().isPresent());
    assertThrows(ApigeeConflictException.class, () -> client.developers().create(jane()));

    assertEquals("Jane", client.developers().get("jane@example.com").firstName());
    assertEquals(
        List.of("jane@example.com"),
        client.developers().list().stream().map(Developer::email).toList());
    Developer renamed = client.developers().update(jane().toBuilder().firstName("Janet").build());
    assertEquals("Janet", renamed.firstName());
    assertEquals(Ensured.Action.UNCHANGED, client.developers().ensure(renamed).action());

    client.developers().setStatus("jane@example.com", DeveloperStatus.INACTIVE);
    assertEquals("inactive", client.developers().get("jane@example.com").status().orElseThrow());
    assertTrue(client.developers().delete("jane@example.com"));
    assertFalse(client.developers().delete("jane@example.com"));
    assertTrue(client.developers().find("jane@example.com").isEmpty());
  }

  @Test
  void apps_createWithProduct_keyApprovedAndUsableForTheProduct() {
    client.apiProducts().create(product("llm-product"));
    client.developers().create(jane());
    DeveloperApp app =
        client
            .developerApps()
            .create(
                "jane@example.com",
                DeveloperApp.builder().name("llm-app").addApiProduct("llm-product").build());
    assertEquals(1, app.credentials().size());
    Credential c = app.credentials().get(0);
    assertEquals("approved", c.status());
    assertEquals("llm-product", c.apiProducts().get(0).apiProduct());
    assertEquals(
        c.consumerKey(),
        client
            .developerApps()
            .approvedKey("jane@example.com", "llm-app", "llm-product")
            .orElseThrow());
    assertEquals(
        List.of("llm-app"),
        client.developerApps().list("jane@example.com").stream().map(DeveloperApp::name).toList());
    assertThrows(
        ApigeeConflictException.class,
        () ->
            client
                .developerApps()
                .create("jane@example.com", DeveloperApp.builder().name("llm-app").build()));

    DeveloperApp updated =
        client
            .developerApps()
            .update(
                "jane@example.com",
                DeveloperApp.builder().name("llm-app").callbackUrl("https://cb.example").build());
    assertEquals("https://cb.example", updated.callbackUrl().orElseThrow());
    assertEquals(c.consumerKey(), updated.credentials().get(0).consumerKey());
    client.developerApps().revoke("jane@example.com", "llm-app");
    assertEquals(
        "revoked",
        client.developerApps().get("jane@example.com", "llm-app").status().orElseThrow());
    client.developerApps().approve("jane@example.com", "llm-app");
    assertEquals(
        Ensured.Action.UNCHANGED,
        client
            .developerApps()
            .ensure(
                "jane@example.com",
                DeveloperApp.builder().name("llm-app").addApiProduct("llm-product").build())
            .action());
    assertTrue(client.developerApps().delete("jane@example.com", "llm-app"));
    assertThrows(
        ApigeeNotFoundException.class,
        () -> client.developerApps().get("jane@example.com", "llm-app"));
  }

  @Test
  void keys_createAddProductsApproveRevokePerProductRemoveDelete() {
    client.apiProducts().create(product("p1"));
    client.apiProducts().create(product("p2"));
    client.developers().create(jane());
    client.developerApps().create("jane@example.com", DeveloperApp.builder().name("app").build());
    DeveloperAppName app = client.developerApps().name("jane@example.com", "app");
    AppKeyName key = AppKeyName.of(app, "custom-key_1");

    Credential created =
        client.appKeys().create(app, "custom-key_1", "secret-1", Duration.ofHours(1));
    assertEquals("approved", created.status());
    assertTrue(created.apiProducts().isEmpty());
    assertEquals(apigee.clock.millis() + 3_600_000L, created.expiresAt().orElseThrow());
    assertThrows(
        ApigeeConflictException.class, () -> client.appKeys().create(app, "custom-key_1", "s"));

    Credential withProducts = client.appKeys().addApiProducts(key, List.of("p1", "p2"));
    assertEquals(
        List.of("p1", "p2"), withProducts.apiProducts().stream().map(r -> r.apiProduct()).toList());
    client.appKeys().revoke(key);
    assertEquals("revoked", client.appKeys().get(key).status());
    client.appKeys().approve(key);
    client.appKeys().revokeApiProduct(key, "p1");
    Credential partly = client.appKeys().get(key);
    assertEquals("revoked", partly.apiProducts().get(0).status());
    assertEquals("approved", partly.apiProducts().get(1).status());
    client.appKeys().approveApiProduct(key, "p1");
    assertTrue(client.appKeys().get(key).approvedFor("p1", apigee.clock.millis()));
    client.appKeys().removeApiProduct(key, "p2");
    assertEquals(1, client.appKeys().get(key).apiProducts().size());
    assertTrue(client.appKeys().delete(key));
    assertFalse(client.appKeys().delete(key));
  }

  @Test
  void products_createGetListUpdateEnsureDelete() {
    ApiProduct created = client.apiProducts().create(product("llm-product"));
    assertEquals(
        Quota.of(100, 1, QuotaTimeUnit.MINUTE),
        created.operationGroup().orElseThrow().operationConfigs().get(0).quota().orElseThrow());
    assertTrue(created.createdAt().isPresent());
    assertThrows(
        ApigeeConflictException.class, () -> client.apiProducts().create(product("llm-product")));
    assertEquals("llm-product", client.apiProducts().get("llm-product").name());
    assertEquals(1, client.apiProducts().list().size());
    ApiProduct changed = product("llm-product").toBuilder().description("now described").build();
    assertEquals("now described", client.apiProducts().update(changed).description().orElseThrow());
    assertEquals(Ensured.Action.UNCHANGED, client.apiProducts().ensure(changed).action());
    assertEquals(
        Ensured.Action.UPDATED, client.apiProducts().ensure(product("llm-product")).action());
    assertTrue(client.apiProducts().delete("llm-product"));
    assertTrue(client.apiProducts().find("llm-product").isEmpty());
  }
}
