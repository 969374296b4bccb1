package org.corridor.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.account.Account;
import org.corridor.account.Accounts;
import org.corridor.account.Role;
import org.corridor.actor.Industries;
import org.corridor.actor.Industry;
import org.corridor.actor.Organisation;
import org.corridor.actor.OrganisationType;
import org.corridor.actor.Organisations;
import org.corridor.exchange.NotPermittedException;
import org.corridor.exchange.UnknownException;
import org.corridor.support.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, API tokens, organisations and the industry taxonomy. Administrators create
 * organisations and accounts; anyone signs in for a token; everyone reads organisations
 * and industries.
 */
@RestController
@Tag(name = "accounts")
class AccountsApi {

	private final Accounts accounts;

	private final Organisations organisations;

	private final Industries industries;

	private final SignInThrottle throttle;

	/** The browser sessions in the store (absent when no web server runs). */
	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	AccountsApi(Accounts accounts, Organisations organisations, Industries industries,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, SignInThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.organisations = organisations;
		this.industries = industries;
		this.sessions = sessions;
	}

	record TokenRequest(String email, String password, String name, Integer days) {
	}

	record TokenView(long id, String token, Instant expiresAt) {
	}

	@PostMapping("/api/v1/auth/tokens")
	@Operation(summary = "Sign in with email and password for an API token (shown once; default lifetime 30 days)")
	ResponseEntity<?> token(@RequestBody TokenRequest request, HttpServletRequest http) {
		String email = (request.email() != null) ? request.email() : "";
		Duration wait = this.throttle.wait(email, http.getRemoteAddr());
		if (!wait.isZero()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					SignInThrottle.refusal(wait));
			problem.setType(URI.create("/problems/too-many-requests"));
			problem.setTitle("Too Many Requests");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", String.valueOf(SignInThrottle.seconds(wait)))
				.body(problem);
		}
		Account account = this.accounts.authenticate(email, (request.password() != null) ? request.password() : "")
			.orElse(null);
		if (account == null) {
			this.throttle.failed(email, http.getRemoteAddr());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
					"wrong email or password");
			problem.setType(URI.create("/problems/unauthorized"));
			problem.setTitle("Unauthorized");
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
		}
		this.throttle.succeeded(email);
		int days = (request.days() != null) ? request.days() : 30;
		if (days < 1 || days > 366) {
			throw new InvalidInputException("days", "a token lives 1 to 366 days, not " + days);
		}
		Accounts.IssuedToken token = this.accounts.issueToken(account.id(), request.name(), Duration.ofDays(days));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new TokenView(token.id(), token.secret(), token.expiresAt()));
	}

	@DeleteMapping("/api/v1/accounts/me/tokens/{id}")
	@Operation(summary = "Revoke one of your API tokens")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal Account account, @PathVariable long id) {
		if (!this.accounts.revokeToken(account.id(), id)) {
			throw new UnknownException("token", id);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/accounts/me")
	@Operation(summary = "The signed-in account")
	Account me(@AuthenticationPrincipal Account account) {
		return account;
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	@PostMapping("/api/v1/accounts/me/password")
	@Operation(summary = "Change your password (the current one is required)")
	ResponseEntity<Void> password(@AuthenticationPrincipal Account account, @RequestBody PasswordChange change,
			HttpServletRequest request) {
		if (this.accounts
			.authenticate(account.email(), (change.currentPassword() != null) ? change.currentPassword() : "")
			.isEmpty()) {
			throw new InvalidInputException("current_password", "the current password is wrong");
		}
		this.accounts.changePassword(account.id(), change.newPassword());
		// every other way in ends: the tokens but the one this call came with, the other
		// sessions
		this.accounts.revokeTokensExcept(account.id(), (Long) request.getAttribute(BearerTokens.TOKEN_ATTRIBUTE));
		HttpSession current = request.getSession(false);
		this.sessions.ifAvailable((store) -> store.findByPrincipalName(account.email())
			.keySet()
			.stream()
			.filter((id) -> current == null || !id.equals(current.getId()))
			.forEach(store::deleteById));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/accounts/me/tokens")
	@Operation(summary = "Your API tokens (names and dates, never the secret), newest first")
	List<Accounts.TokenInfo> tokens(@AuthenticationPrincipal Account account) {
		return this.accounts.tokens(account.id());
	}

	record NewAccountBody(String email, String displayName, String password, String role, Long organisationId,
			String regionCode) {
	}

	@PostMapping("/api/v1/accounts")
	@Operation(summary = "Create an account (administrators)")
	ResponseEntity<Account> create(@AuthenticationPrincipal Account admin, @RequestBody NewAccountBody body) {
		requireAdmin(admin);
		Role role;
		try {
			role = Role.of((body.role() != null) ? body.role() : "member");
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("role", ex.getMessage());
		}
		Account account = this.accounts.create(new Accounts.NewAccount(body.email(), body.displayName(),
				body.password(), role, body.organisationId(), body.regionCode()));
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id())).body(account);
	}

	@GetMapping("/api/v1/accounts")
	@Operation(summary = "Accounts, by id (administrators)")
	List<Account> list(@AuthenticationPrincipal Account admin, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		requireAdmin(admin);
		Parameters.Paging paging = Parameters.paging(page, size);
		return this.accounts.list(paging.offset(), paging.size());
	}

	record NewOrganisationBody(String name, String type, String regionCode, List<String> industries, String language) {
	}

	@PostMapping("/api/v1/organisations")
	@Operation(summary = "Register an organisation (administrators)")
	ResponseEntity<Organisation> register(@AuthenticationPrincipal Account admin,
			@RequestBody NewOrganisationBody body) {
		requireAdmin(admin);
		OrganisationType type;
		try {
			type = OrganisationType.of(body.type());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("type", ex.getMessage());
		}
		Organisation organisation = this.organisations
			.register(new Organisations.NewOrganisation(body.name(), type, body.regionCode(),
					(body.industries() != null) ? body.industries() : List.of(), body.language(), false));
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.id())).body(organisation);
	}

	@GetMapping("/api/v1/organisations")
	@Operation(summary = "Organisations, by name")
	Map<String, Object> organisations(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Parameters.Paging paging = Parameters.paging(page, size);
		return Map.of("total", this.organisations.count(), "page", page, "size", paging.size(), "items",
				this.organisations.list(paging.offset(), paging.size()));
	}

	@GetMapping("/api/v1/organisations/{id}")
	@Operation(summary = "One organisation")
	Organisation organisation(@PathVariable long id) {
		return this.organisations.find(id).orElseThrow(() -> new UnknownException("organisation", id));
	}

	record IndustryView(String code, String nameZh, String nameEn, String nameDe, String description,
			List<String> supplies) {
	}

	@GetMapping("/api/v1/industries")
	@Operation(summary = "The industry taxonomy with zh/en/de labels and the industries each supplies")
	List<IndustryView> industries() {
		return this.industries.all()
			.stream()
			.map((Industry i) -> new IndustryView(i.code(), i.nameZh(), i.nameEn(), i.nameDe(), i.description(),
					List.copyOf(this.industries.downstreamOf(i.code()))))
			.toList();
	}

	static void requireAdmin(Account account) {
		if (account == null || !account.isAdmin()) {
			throw new NotPermittedException("only administrators do this");
		}
	}

}
