package dev.interviewcopilot.server.llm;

import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

/**
 * The protection around every model call, composed in code in this order (outermost first):
 *
 * <ol>
 *   <li>the user's request and token budget;
 *   <li>a bulkhead on calls in flight (refuse, never queue);
 *   <li>a time limiter on the whole call, retries included, cancelling (interrupting) the attempt in flight;
 *   <li>retry on retriable errors only, exponential backoff with jitter, the provider's Retry-After honoured but
 *       never past the deadline, and a retry budget so retries stay a small share of calls;
 *   <li>a circuit breaker on each attempt: time-based window, few calls needed, so it opens within seconds during
 *       one interview and lets probe calls through after a wait.
 * </ol>
 *
 * Every way of failing comes back as a {@link FallbackReason}; nothing is thrown to the caller.
 */
final class ModelGuard implements AutoCloseable {
    private static final Set<Integer> RETRIABLE_STATUS = Set.of(408, 425, 429, 500, 502, 503, 504);

    private final GuardSettings settings;
    private final Clock clock;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final RetryBudget retryBudget;
    private final UserBudgets users;
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();
    private final IntervalFunction backoff;

    ModelGuard(GuardSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.breaker = CircuitBreaker.of(
                "model",
                CircuitBreakerConfig.custom()
                        .slidingWindow(
                                (int) settings.breakerWindow().toSeconds(),
                                settings.breakerMinimumCalls(),
                                CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
                        .minimumNumberOfCalls(settings.breakerMinimumCalls())
                        .failureRateThreshold(settings.breakerFailureRate())
                        .waitDurationInOpenState(settings.breakerOpenFor())
                        .permittedNumberOfCallsInHalfOpenState(settings.breakerProbes())
                        .clock(clock)
                        .build());
        this.bulkhead = Bulkhead.of(
                "model",
                BulkheadConfig.custom()
                        .maxConcurrentCalls(settings.maxConcurrentCalls())
                        .maxWaitDuration(Duration.ZERO)
                        .build());
        this.retryBudget = new RetryBudget(settings.retryBudget());
        this.users = new UserBudgets(settings.userRequestsPerMinute(), settings.userTokensPerHour(), clock);
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(settings.backoff(), 2.0, 0.5);
    }

    /** The outcome of a guarded attempt sequence: a value, or why there is none. */
    sealed interface Result<T> {
        record Ok<T>(T value) implements Result<T> {}

        record Refused<T>(FallbackReason reason, String detail) implements Result<T> {}
    }

    /** The moment a call started with this budget must be answered by. */
    Instant deadline(Budget budget) {
        return clock.instant().plus(settings.timeout(budget));
    }

    /** Admits a call for a user, or says why not; an admitted call must be released. */
    Optional<FallbackReason> admit(String user) {
        if (!users.tryAcquire(user)) {
            return Optional.of(FallbackReason.USER_BUDGET_EXCEEDED);
        }
        return bulkhead.tryAcquirePermission() ? Optional.empty() : Optional.of(FallbackReason.BUSY);
    }

    void release() {
        bulkhead.onComplete();
    }

    /** Charges a user the tokens a call used. */
    void charge(String user, int tokens) {
        users.charge(user, tokens);
    }

    /** Runs attempts under the time limiter, retry and breaker, within the deadline. */
    <T> Result<T> call(Instant deadline, Callable<T> attempt) {
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            return new Result.Refused<>(FallbackReason.TIMEOUT, "no time left in the budget");
        }
        retryBudget.deposit();
        Retry retry = Retry.of(
                "model",
                RetryConfig.custom()
                        .maxAttempts(settings.maxAttempts())
                        .retryOnException(e -> shouldRetry(e, deadline))
                        .intervalBiFunction(interval())
                        .build());
        Callable<T> guarded = Retry.decorateCallable(retry, CircuitBreaker.decorateCallable(breaker, attempt));
        TimeLimiter limiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(remaining)
                .cancelRunningFuture(true)
                .build());
        try {
            return new Result.Ok<>(limiter.executeFutureSupplier(() -> attempts.submit(guarded)));
        } catch (TimeoutException e) {
            return new Result.Refused<>(FallbackReason.TIMEOUT, "no answer within " + remaining.toMillis() + " ms");
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            return new Result.Refused<>(reason(cause), describe(cause));
        }
    }

    /** The breaker, for the streaming path, which cannot be retried once tokens have gone out. */
    CircuitBreaker breaker() {
        return breaker;
    }

    ExecutorService executor() {
        return attempts;
    }

    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    private boolean shouldRetry(Throwable e, Instant deadline) {
        if (Thread.currentThread().isInterrupted() || !retriable(e)) {
            return false;
        }
        Optional<Duration> wait = retryAfter(e);
        if (wait.isPresent() && clock.instant().plus(wait.get()).isAfter(deadline)) {
            return false;
        }
        return retryBudget.tryWithdraw();
    }

    private IntervalBiFunction<Object> interval() {
        return (attempt, outcome) -> {
            long computed = backoff.apply(attempt);
            Optional<Duration> asked = outcome.isLeft() ? retryAfter(outcome.getLeft()) : Optional.empty();
            return asked.map(Duration::toMillis).orElse(computed);
        };
    }

    static boolean retriable(Throwable e) {
        if (e instanceof CallNotPermittedException) {
            return false;
        }
        Optional<ProviderHttpException> http = find(e, ProviderHttpException.class);
        if (http.isPresent()) {
            return RETRIABLE_STATUS.contains(http.get().statusCode());
        }
        return find(e, RetriableException.class).isPresent();
    }

    static FallbackReason reason(Throwable e) {
        if (find(e, CallNotPermittedException.class).isPresent()) {
            return FallbackReason.CIRCUIT_OPEN;
        }
        Optional<ProviderHttpException> http = find(e, ProviderHttpException.class);
        if (http.map(h -> h.statusCode() == 429).orElse(false)
                || find(e, RateLimitException.class).isPresent()) {
            return FallbackReason.PROVIDER_RATE_LIMITED;
        }
        if (find(e, dev.langchain4j.exception.TimeoutException.class).isPresent()
                || find(e, TimeoutException.class).isPresent()) {
            return FallbackReason.TIMEOUT;
        }
        return FallbackReason.PROVIDER_ERROR;
    }

    /** A short, safe description: exception types and status codes, never response or prompt text. */
    static String describe(Throwable e) {
        return find(e, ProviderHttpException.class)
                .map(h -> "provider answered HTTP " + h.statusCode())
                .orElse(e.getClass().getSimpleName());
    }

    static Optional<Duration> retryAfter(Throwable e) {
        return find(e, ProviderHttpException.class).flatMap(ProviderHttpException::retryAfter);
    }

    static <X extends Throwable> Optional<X> find(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        attempts.shutdownNow();
    }
}
