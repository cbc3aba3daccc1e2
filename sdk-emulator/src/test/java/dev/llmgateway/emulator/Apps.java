package dev.llmgateway.emulator;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;

/** Developers and apps made through sdk-admin's ApigeeClient, as an operator makes them. */
final class Apps {
  private Apps() {}

  /** Ensures a developer and an app on the guide's product; returns the app's key. */
  static String newApp(ApigeeClient apigee, String email, String app) {
    return newApp(apigee, email, app, GatewayEmulator.GUIDE_PRODUCT);
  }

  /** Ensures a developer and an app on the product; returns the app's key. */
  static String newApp(ApigeeClient apigee, String email, String app, String product) {
    apigee
        .developers()
        .ensure(
            Developer.builder()
                .email(email)
                .firstName("Test")
                .lastName("Developer")
                .userName(email.substring(0, email.indexOf('@')))
                .build());
    apigee
        .developerApps()
        .ensure(email, DeveloperApp.builder().name(app).addApiProduct(product).build());
    return apigee.developerApps().approvedKey(email, app, product).orElseThrow().value();
  }
}
