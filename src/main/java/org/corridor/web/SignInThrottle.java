package org.corridor.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins slow down whoever makes them, per account and per client address, at
 * {@code /login} and at {@code POST /api/v1/auth/tokens} alike: the first {@value #FREE}
 * failures cost nothing, each further one doubles a wait (1 s, 2 s, 4 s …, at most 15
 * minutes) during which every sign-in of that account or from that address is refused,
 * even with the right password. A success clears the account's count. The counts live in
 * this instance's memory (a restart forgets them; several instances behind a balancer
 * each count their own share).
 */
@Component
class SignInThrottle {

	static final int FREE = 5;

	static final int FREE_PER_ADDRESS = 50;

	private static final Duration LONGEST = Duration.ofMinutes(15);

	private record Failures(int count, Instant lockedUntil) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long sign-ins of the account or from the address must wait; zero if none. */
	Duration wait(String email, String address) {
		Instant now = this.clock.instant();
		Duration longest = Duration.ZERO;
		for (String key : keys(email, address)) {
			Failures f = this.failures.get(key);
			if (f != null && f.lockedUntil().isAfter(now)) {
				Duration left = Duration.between(now, f.lockedUntil());
				longest = (left.compareTo(longest) > 0) ? left : longest;
			}
		}
		return longest;
	}

	void failed(String email, String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() > 100_000) {
			this.failures.values().removeIf((f) -> f.lockedUntil().isBefore(now.minus(LONGEST)));
		}
		for (String key : keys(email, address)) {
			int free = key.startsWith("address:") ? FREE_PER_ADDRESS : FREE;
			this.failures.compute(key, (k, f) -> {
				int count = (f == null) ? 1 : f.count() + 1;
				Duration wait = (count <= free) ? Duration.ZERO
						: Duration.ofSeconds(1L << Math.min(20, count - free - 1));
				return new Failures(count, now.plus((wait.compareTo(LONGEST) > 0) ? LONGEST : wait));
			});
		}
	}

	void succeeded(String email) {
		this.failures.remove("account:" + normal(email));
	}

	/** The refusal, in words: how long to wait. */
	static String refusal(Duration wait) {
		return "too many failed sign-ins for this account or from this address; try again in " + seconds(wait) + " s";
	}

	/** A wait in whole seconds, rounded up, at least 1 (for Retry-After and the page). */
	static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	private static String[] keys(String email, String address) {
		return new String[] { "account:" + normal(email), "address:" + address };
	}

	private static String normal(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

}
