// Start-up imports for the SDK in JShell: the gateway client, the admin side (Kubernetes objects,
// Apigee client, models and bundle presets such as TokenQuotaPreset), the stack and the emulator.
// scripts/jshell.sh loads them after JShell's DEFAULT set.
import java.nio.file.*;
import java.time.*;
import dev.llmgateway.client.*;
import dev.llmgateway.client.chat.*;
import dev.llmgateway.client.completions.*;
import dev.llmgateway.client.models.*;
import dev.llmgateway.client.errors.*;
import dev.llmgateway.admin.k8s.*;
import dev.llmgateway.admin.apigee.*;
import dev.llmgateway.admin.apigee.bundle.*;
import dev.llmgateway.admin.apigee.model.*;
import dev.llmgateway.admin.stack.*;
import dev.llmgateway.emulator.*;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
