/**
 * A client for the Apigee management API covering the guide's Apigee steps: developers, developer
 * apps, app keys, API products, proxy bundle import and deployments.
 *
 * <pre>{@code
 * ApigeeClient apigee = ApigeeClient.builder()
 *     .organization("my-project")            // required
 *     .build();                              // application default credentials
 * apigee.developers().ensure(Developer.builder().email("dev@example.com")
 *     .firstName("Dev").lastName("Eloper").userName("dev").build());
 * DeveloperApp app = apigee.developerApps().ensure("dev@example.com",
 *     DeveloperApp.builder().name("llm-app").addApiProduct("llm-product").build()).value();
 * ConsumerKey key = apigee.developerApps()
 *     .approvedKey("dev@example.com", "llm-app", "llm-product").orElseThrow();
 * }</pre>
 *
 * <p>Errors are unchecked exceptions in {@link dev.llmgateway.admin.apigee.errors}.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.apigee;
