package org.parcours.operator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code parcours.operators.login.max-failures} refused sign-ins (5 by default)
 * within {@code parcours.operators.login.window} (15 minutes) for one account, or four times as many from one
 * address, further attempts on it are refused, right password or not, until the oldest failure leaves the window.
 * Kept in memory, per node: a restart forgets it, and a cluster of n nodes allows n times as many attempts.
 */
@Component
class LoginThrottle {

    /** Beyond this many remembered keys the stale ones are dropped, so that a flood cannot fill the memory. */
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, @Value("${parcours.operators.login.max-failures:5}") int maxFailures,
            @Value("${parcours.operators.login.window:PT15M}") Duration window) {
        if (maxFailures < 1) throw new IllegalStateException("parcours.operators.login.max-failures must be at least 1");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalStateException("parcours.operators.login.window must be a positive duration");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long until the account, or the address, may try again; empty when it may now. */
    Optional<Duration> blockedFor(String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAccount = wait(accountKey(account), maxFailures, now);
        Optional<Duration> byAddress = wait(addressKey(address), maxFailures * 4, now);
        if (byAccount.isEmpty()) return byAddress;
        if (byAddress.isEmpty()) return byAccount;
        return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) forgetStale(now);
        for (String key : new String[] {accountKey(account), addressKey(address)}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
                while (times.size() > maxFailures * 4) times.removeFirst();
            }
        }
    }

    /** A good password clears the account's count; the address keeps its own, so one account cannot launder it. */
    void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return Optional.empty();
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) times.removeFirst();
            if (times.size() < limit) return Optional.empty();
            Instant oldestCounted = times.stream().skip(times.size() - limit).findFirst().orElseThrow();
            return Optional.of(Duration.between(now, oldestCounted.plus(window)));
        }
    }

    private void forgetStale(Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || !entry.getValue().peekLast().isAfter(now.minus(window));
            }
        });
        if (failures.size() >= MAX_KEYS) failures.clear();
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : OperatorAccounts.normalized(account));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
