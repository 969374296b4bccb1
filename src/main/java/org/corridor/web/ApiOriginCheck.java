package org.corridor.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection of the API for calls a browser authenticates with the session cookie: a
 * state-changing call ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) under
 * {@code /api/} that carries no API token and names, in {@code Origin}, a site other than
 * the one it was sent to ({@code Host}) — or the opaque origin {@code null} — is refused
 * with 403 before anything is read. Browsers send {@code Origin} with every such
 * cross-site request; clients that are no browser send none and are not affected; a call
 * with {@code Authorization: Bearer …} carries no ambient credential. Page forms have
 * their CSRF tokens ({@link SecurityConfiguration}).
 */
@Component
class ApiOriginCheck extends OncePerRequestFilter {

	private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final ApiProblemWriter problems;

	ApiOriginCheck(ApiProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String origin = request.getHeader("Origin");
		if (origin != null && request.getRequestURI().startsWith("/api/") && UNSAFE.contains(request.getMethod())
				&& !hasToken(request) && !sameSite(origin, request.getHeader("Host"))) {
			this.problems.write(response, 403, "Forbidden", "a call from another site (Origin "
					+ Parameters.abbreviate(origin) + ") may not use this site's sign-in; send an API token instead");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	/** Whether the origin's host and port are those the request was sent to. */
	static boolean sameSite(String origin, String host) {
		if (host == null || origin.isBlank() || origin.equals("null")) {
			return false;
		}
		try {
			URI uri = URI.create(origin.strip());
			if (uri.getHost() == null) {
				return false;
			}
			String authority = uri.getHost() + ((uri.getPort() >= 0) ? ":" + uri.getPort() : "");
			return authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT))
					|| (uri.getPort() < 0 && host.strip()
						.toLowerCase(Locale.ROOT)
						.equals(authority.toLowerCase(Locale.ROOT)
								+ (uri.getScheme().equals("https") ? ":443" : ":80")));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
