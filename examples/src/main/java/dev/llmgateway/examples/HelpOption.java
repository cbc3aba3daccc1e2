package dev.llmgateway.examples;

import picocli.CommandLine.Option;

/** The {@code -h}/{@code --help} option of every command. */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
