package dev.llmgateway.examples;

import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.k8s.ApplyConflictException;
import dev.llmgateway.admin.k8s.ClusterOperationException;
import dev.llmgateway.admin.stack.StackException;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the examples' picocli commands the same way: output to the given streams, a bad flag or
 * value reported without echoing values (one may be an access token), and the SDK's errors as one
 * line {@code NAME: error: message} instead of a stack trace.
 */
final class CommandLines {

  private CommandLines() {}

  /**
   * Executes a command.
   *
   * @param command the command object
   * @param name the name errors start with
   * @param usageStatus the exit status of a bad flag or value
   * @return the exit status
   */
  static int execute(
      Object command,
      String name,
      int usageStatus,
      String[] args,
      PrintStream out,
      PrintStream err) {
    PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine cli = new CommandLine(command);
    cli.setCommandName(name);
    cli.setOut(o).setErr(e);
    cli.getCommandSpec().exitCodeOnInvalidInput(usageStatus);
    cli.getSubcommands()
        .values()
        .forEach(s -> s.getCommandSpec().exitCodeOnInvalidInput(usageStatus));
    cli.setParameterExceptionHandler(
        (ex, arguments) -> {
          CommandLine failed = ex.getCommandLine();
          failed.getErr().println(name + ": " + safeMessage(ex));
          failed
              .getErr()
              .println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more.");
          return usageStatus;
        });
    cli.setExecutionExceptionHandler(
        (ex, failed, parsed) -> {
          if (ex instanceof IllegalArgumentException) {
            failed.getErr().println(name + ": error: " + ex.getMessage());
            return usageStatus;
          }
          if (ex instanceof KubernetesClientException) {
            failed.getErr().println(name + ": error: " + describe(ex));
            return 1;
          }
          if (ex instanceof StackException
              || ex instanceof ApigeeException
              || ex instanceof ClusterOperationException
              || ex instanceof IllegalStateException
              || ex instanceof UncheckedIOException) {
            failed.getErr().println(name + ": error: " + ex.getMessage());
            String hint = hint(ex);
            if (hint != null) {
              failed.getErr().println(name + ": " + hint);
            }
            return 1;
          }
          throw ex;
        });
    int status = cli.execute(args);
    o.flush();
    e.flush();
    return status;
  }

  /** Returns what the operator can do about an error, in terms of the command's flags, or null. */
  static @Nullable String hint(Exception ex) {
    if (causedBy(ex, ApplyConflictException.class)) {
      return "apply --force-conflicts takes those fields over.";
    }
    if (String.valueOf(ex.getMessage()).startsWith("no application default credentials")) {
      return "or pass --access-token, e.g. --access-token \"$(gcloud auth print-access-token)\".";
    }
    return null;
  }

  private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a Kubernetes client error's message and, when the root cause is a network failure such
   * as an unknown host or a refused connection, that cause, which Fabric8's message leaves out
   * ("Operation: [list] for kind: [Pod] ... failed."). Other causes are not shown: they could quote
   * a credential plugin's output.
   */
  static String describe(Exception ex) {
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(ex.getMessage()).replaceAll("\\s+", " ").strip();
    if (root instanceof IOException && root.getMessage() != null) {
      return message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return message;
  }

  /**
   * Returns picocli's message, except for arguments it did not expect: those are named only when
   * they are options, without a value after {@code =}, so that a misplaced token is not printed.
   */
  static String safeMessage(ParameterException ex) {
    if (!(ex instanceof UnmatchedArgumentException unmatched)) {
      return ex.getMessage();
    }
    List<String> parts = new ArrayList<>();
    for (String arg : unmatched.getUnmatched()) {
      if (arg.startsWith("-")) {
        int eq = arg.indexOf('=');
        parts.add("unknown option " + (eq < 0 ? arg : arg.substring(0, eq)));
      } else {
        parts.add("an unexpected argument (not shown: it may be a secret)");
      }
    }
    return String.join("; ", parts);
  }
}
