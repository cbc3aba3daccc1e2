package dev.llmgateway.client.internal.retry;

import dev.llmgateway.client.QuotaWindow;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Estimates when an Apigee quota window resets. Apigee sends no {@code Retry-After}: the default
 * quota type resets at UTC boundaries (next minute, hour, midnight, Sunday midnight, first of the
 * month), and a {@code flexi} window lasts its interval from the app's first request, which the
 * client approximates by the first request it sent itself. The windows are the client's (see {@code
 * GatewayClient.Builder#requestQuotaWindow}), so classifying a quota fault needs no retry settings.
 * This class is thread-safe.
 */
public final class QuotaResetEstimator {
  /** Apigee request quota fault. */
  public static final String REQUEST_QUOTA = "policies.ratelimit.QuotaViolation";

  /** Apigee LLM token quota fault. */
  public static final String TOKEN_QUOTA = "policies.llmtokenquota.LLMTokenQuotaViolation";

  /** The default window of the Apigee request quota: aligned, 1 minute. */
  public static final QuotaWindow DEFAULT_REQUEST_WINDOW =
      QuotaWindow.aligned(1, ChronoUnit.MINUTES);

  /** The default window of the Apigee LLM token quota: flexi, 1 minute. */
  public static final QuotaWindow DEFAULT_TOKEN_WINDOW = QuotaWindow.flexi(1, ChronoUnit.MINUTES);

  private final Clock clock;
  private final QuotaWindow requestWindow;
  private final QuotaWindow tokenWindow;
  private final AtomicReference<@Nullable Instant> firstRequest = new AtomicReference<>();

  /**
   * Creates an estimator of the quota windows.
   *
   * @param clock the clock
   * @param requestWindow the window of the request quota ({@code QuotaViolation})
   * @param tokenWindow the window of the LLM token quota ({@code LLMTokenQuotaViolation})
   */
  public QuotaResetEstimator(Clock clock, QuotaWindow requestWindow, QuotaWindow tokenWindow) {
    this.clock = clock;
    this.requestWindow = requestWindow;
    this.tokenWindow = tokenWindow;
  }

  /**
   * Creates an estimator of the default windows.
   *
   * @param clock the clock
   */
  public QuotaResetEstimator(Clock clock) {
    this(clock, DEFAULT_REQUEST_WINDOW, DEFAULT_TOKEN_WINDOW);
  }

  /** Records that a request is being sent; the first one anchors flexi windows. */
  public void recordRequest() {
    if (firstRequest.get() == null) {
      firstRequest.compareAndSet(null, clock.instant());
    }
  }

  /**
   * Estimates the reset of the quota named by an Apigee error code.
   *
   * @param errorCode the fault's errorcode
   * @return the estimated reset, or null if the code is not a quota fault
   */
  public @Nullable Instant estimate(@Nullable String errorCode) {
    if (REQUEST_QUOTA.equals(errorCode)) {
      return nextReset(requestWindow);
    }
    if (TOKEN_QUOTA.equals(errorCode)) {
      return nextReset(tokenWindow);
    }
    return null;
  }

  /**
   * Returns the next reset of a window after now.
   *
   * @param window the window
   * @return the estimated reset instant
   */
  public Instant nextReset(QuotaWindow window) {
    Instant now = clock.instant();
    ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
    if (!window.flexi()) {
      // Default type: the soonest UTC boundary of the unit.
      ZonedDateTime next;
      switch (window.unit()) {
        case MINUTES:
          next = utc.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
          break;
        case HOURS:
          next = utc.truncatedTo(ChronoUnit.HOURS).plusHours(1);
          break;
        case DAYS:
          next = utc.truncatedTo(ChronoUnit.DAYS).plusDays(1);
          break;
        case WEEKS:
          next = utc.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
          break;
        default:
          next = utc.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.firstDayOfNextMonth());
          break;
      }
      return next.toInstant();
    }
    Instant first = firstRequest.get();
    ZonedDateTime start = (first == null ? now : first).atZone(ZoneOffset.UTC);
    ZonedDateTime end = start.plus(window.interval(), window.unit());
    if (!end.isAfter(utc)) {
      if (window.unit() == ChronoUnit.MONTHS) {
        while (!end.isAfter(utc)) {
          end = end.plus(window.interval(), window.unit());
        }
      } else {
        long windowNanos = window.unit().getDuration().toNanos() * window.interval();
        long elapsed = ChronoUnit.NANOS.between(start, utc);
        end = start.plusNanos((elapsed / windowNanos + 1) * windowNanos);
      }
    }
    return end.toInstant();
  }
}
