package org.corridor.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits of the API and the size limit of the exchange's request bodies.
 * <p>
 * A token bucket per API token ({@code corridor.rate-limit.token.per-second}, default 20,
 * bursts up to {@code corridor.rate-limit.token.burst}, default 40); anonymous callers
 * per client address when {@code corridor.rate-limit.anonymous.per-second} is above 0
 * (default off, as a reverse proxy usually does this). Past the limit: 429 with
 * {@code Retry-After}; other tokens are unaffected. Exchange bodies above
 * {@code corridor.exchange.max-body-bytes} (default 1 MB) are refused with 413 before
 * they are read.
 */
@Component
class RateLimits extends OncePerRequestFilter {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final double tokenRate;

	private final double tokenBurst;

	private final double anonymousRate;

	private final double anonymousBurst;

	private final long maxBody;

	private final ApiProblemWriter problems;

	RateLimits(@Value("${corridor.rate-limit.token.per-second:20}") double tokenRate,
			@Value("${corridor.rate-limit.token.burst:40}") double tokenBurst,
			@Value("${corridor.rate-limit.anonymous.per-second:0}") double anonymousRate,
			@Value("${corridor.rate-limit.anonymous.burst:200}") double anonymousBurst,
			@Value("${corridor.exchange.max-body-bytes:1048576}") long maxBody, ApiProblemWriter problems) {
		this.tokenRate = tokenRate;
		this.tokenBurst = tokenBurst;
		this.anonymousRate = anonymousRate;
		this.anonymousBurst = anonymousBurst;
		this.maxBody = maxBody;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getRequestURI().startsWith("/api/v1/exchange/") && request.getContentLengthLong() > this.maxBody) {
			this.problems.write(
					response, 413, "Content Too Large", "the body has " + request.getContentLengthLong()
							+ " bytes; the exchange accepts at most " + this.maxBody + " bytes per request",
					Map.of("limit_bytes", this.maxBody));
			return;
		}
		Object token = request.getAttribute(BearerTokens.TOKEN_ATTRIBUTE);
		String key;
		double rate;
		double burst;
		if (token != null) {
			key = "token:" + token;
			rate = this.tokenRate;
			burst = this.tokenBurst;
		}
		else {
			key = "address:" + request.getRemoteAddr();
			rate = this.anonymousRate;
			burst = this.anonymousBurst;
		}
		if (rate > 0 && !take(key, rate, burst)) {
			response.setHeader("Retry-After", "1");
			this.problems.write(response, 429, "Too Many Requests",
					"more than " + (long) rate + " requests a second (bursts of " + (long) burst + ") from one "
							+ ((token != null) ? "token" : "address") + "; slow down and retry after a second");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean take(String key, double rate, double burst) {
		if (this.buckets.size() > 100_000) {
			this.buckets.clear();
		}
		return this.buckets.computeIfAbsent(key, (k) -> new Bucket(burst)).take(rate, burst);
	}

	/** Tokens refilled continuously at a rate, up to a burst. */
	private static final class Bucket {

		private double tokens;

		private long last = System.nanoTime();

		Bucket(double burst) {
			this.tokens = burst;
		}

		synchronized boolean take(double rate, double burst) {
			long now = System.nanoTime();
			this.tokens = Math.min(burst, this.tokens + (now - this.last) / 1e9 * rate);
			this.last = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return true;
			}
			return false;
		}

	}

}
