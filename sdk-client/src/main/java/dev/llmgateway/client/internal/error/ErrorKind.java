package dev.llmgateway.client.internal.error;

/** The exception type an error maps to. */
enum ErrorKind {
  AUTHENTICATION,
  QUOTA,
  RATE_LIMITED,
  BAD_REQUEST,
  NOT_FOUND,
  UNAVAILABLE,
  TIMEOUT,
  SERVER;

  /** Maps an HTTP status, or an int {@code code} of a vLLM error, to a kind. */
  static ErrorKind ofStatus(int status) {
    switch (status) {
      case 401:
      case 403:
        return AUTHENTICATION;
      case 404:
        return NOT_FOUND;
      case 408:
      case 504:
        return TIMEOUT;
      case 429:
        return RATE_LIMITED;
      case 502:
      case 503:
        return UNAVAILABLE;
      default:
        return status >= 400 && status < 500 ? BAD_REQUEST : SERVER;
    }
  }
}
