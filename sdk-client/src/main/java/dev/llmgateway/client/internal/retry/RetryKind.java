package dev.llmgateway.client.internal.retry;

/** How a failure is retried. */
enum RetryKind {
  /** Not retried. */
  NEVER,
  /** Exponential backoff with jitter, unless the server names a wait. */
  BACKOFF,
  /** A short jittered wait (Apigee SpikeArrest smooths traffic over short intervals). */
  SHORT_JITTER,
  /** Wait for the estimated quota window reset, if it lies within the max wait. */
  QUOTA_WINDOW
}
