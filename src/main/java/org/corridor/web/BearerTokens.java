package org.corridor.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.account.Accounts;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer cor_…}: a valid token
 * authenticates it for this request only (no session); an expired, revoked or unknown one
 * is answered 401 at once, saying which.
 */
@Component
class BearerTokens extends OncePerRequestFilter {

	static final String TOKEN_ATTRIBUTE = "corridor.token";

	private final Accounts accounts;

	private final ApiProblemWriter problems;

	BearerTokens(Accounts accounts, ApiProblemWriter problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		switch (this.accounts.checkToken(header.substring(7).strip())) {
			case Accounts.TokenCheck.Valid valid -> {
				SecurityContextHolder.getContext()
					.setAuthentication(SecurityConfiguration.authenticated(valid.account()));
				request.setAttribute(TOKEN_ATTRIBUTE, valid.tokenId());
				chain.doFilter(request, response);
			}
			case Accounts.TokenCheck.Expired expired ->
				this.problems.write(response, 401, "Unauthorized", "the API token expired at " + expired.expiredAt()
						+ "; create a new one at POST /api/v1/auth/tokens");
			case Accounts.TokenCheck.Invalid invalid ->
				this.problems.write(response, 401, "Unauthorized", "the API token is unknown or revoked");
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

}
