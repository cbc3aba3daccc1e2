package dev.llmgateway.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.llmgateway.client.GatewayClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension with default settings: one emulator for the class, injected where asked. */
@ExtendWith(GatewayEmulatorExtension.class)
class GatewayEmulatorExtensionTest {
  private static GatewayEmulator fromBeforeAll;

  @BeforeAll
  static void remember(GatewayEmulator emulator) {
    fromBeforeAll = emulator;
  }

  @Test
  void parameters_areTheClassEmulatorAndItsClient(GatewayEmulator emulator, GatewayClient client) {
    assertSame(fromBeforeAll, emulator);
    assertSame(emulator.gatewayClient(), client);
    assertEquals("/gcs/google/gemma-3-1b-it", client.models().list().get(0).id());
  }
}
