package dev.llmgateway.emulator;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts one {@link GatewayEmulator} per test class and injects it, or one
 * of its clients ({@link GatewayClient} for the front door, sdk-admin's {@link ApigeeClient} for
 * the Apigee management API, Fabric8's {@link KubernetesClient} for the Kubernetes API), into
 * constructors, lifecycle methods and test methods.
 *
 * <pre>{@code
 * @ExtendWith(GatewayEmulatorExtension.class)          // default settings
 * class ChatTest {
 *   @Test
 *   void chat_answers(GatewayClient client) { ... }
 * }
 *
 * class TunedTest {                                     // own settings
 *   @RegisterExtension
 *   static final GatewayEmulatorExtension EMULATOR =
 *       GatewayEmulatorExtension.using(
 *           () -> GatewayEmulator.builder().clusterSetup(ClusterSetup.GUIDE));
 *
 *   @Test
 *   void stream(GatewayClient client, ApigeeClient apigee, KubernetesClient kube) { ... }
 * }
 * }</pre>
 *
 * <p>The emulator starts before the first test of the class and stops after the last; a
 * {@code @Nested} class gets its own.
 */
public final class GatewayEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(GatewayEmulatorExtension.class);
  private static final String KEY = "emulator";

  private final Supplier<GatewayEmulator.Builder> builder;

  /** Creates the extension with the default settings of {@link GatewayEmulator#builder()}. */
  public GatewayEmulatorExtension() {
    this(GatewayEmulator::builder);
  }

  private GatewayEmulatorExtension(Supplier<GatewayEmulator.Builder> builder) {
    this.builder = builder;
  }

  /**
   * Creates the extension with settings of your own, for {@code @RegisterExtension}.
   *
   * @param builder supplies a configured builder, once per test class
   * @return the extension
   * @throws IllegalArgumentException when the supplier is null
   */
  public static GatewayEmulatorExtension using(Supplier<GatewayEmulator.Builder> builder) {
    return new GatewayEmulatorExtension(Checks.notNullArgument(builder, "builder"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put(KEY, builder.get().start());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    GatewayEmulator emulator = context.getStore(NAMESPACE).remove(KEY, GatewayEmulator.class);
    if (emulator != null) {
      emulator.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == GatewayEmulator.class
        || type == GatewayClient.class
        || type == ApigeeClient.class
        || type == KubernetesClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    GatewayEmulator emulator = context.getStore(NAMESPACE).get(KEY, GatewayEmulator.class);
    if (emulator == null) {
      throw new IllegalStateException(
          "no emulator for "
              + context.getRequiredTestClass().getName()
              + "; register GatewayEmulatorExtension on the class (static field or"
              + " @ExtendWith)");
    }
    Class<?> type = parameter.getParameter().getType();
    if (type == GatewayClient.class) {
      return emulator.gatewayClient();
    }
    if (type == ApigeeClient.class) {
      return emulator.apigeeClient();
    }
    if (type == KubernetesClient.class) {
      return emulator.kubernetesClient();
    }
    return emulator;
  }
}
