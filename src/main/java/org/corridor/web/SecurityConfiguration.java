package org.corridor.web;

import java.util.List;
import java.util.function.Predicate;

import org.corridor.account.Account;
import org.corridor.account.Accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, denying by default. Reading is open (but for accounts, inboxes and
 * listing histories); every write needs a signed-in account whose role allows it — a
 * browser session (form sign-in at {@code /login}) or an API token
 * ({@code Authorization: Bearer cor_…}, from {@code POST /api/v1/auth/tokens}) — except
 * {@link #OPEN_WRITES}. Documents: analysts and administrators; indicators and targets:
 * planners (of the region, checked by {@link Permissions}) and administrators; the
 * exchange: accounts acting for an organisation, as its services check. API errors are
 * RFC 9457 problems (401, 403, 429); browsers are sent to the sign-in page. CSRF tokens
 * protect the browser's forms; API calls authenticated by the session cookie are refused
 * when another site sends them ({@link ApiOriginCheck}), beside the cookie's SameSite=Lax
 * ({@link SessionConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String[] SIGNED_IN = { "/api/v1/exchange/**", "/api/v1/accounts/**",
			"/api/v1/organisations/**" };

	/** Pages that need a signed-in user, who is sent to {@code /login} and back. */
	private static final String[] SIGNED_IN_PAGES = { "/exchange/listings/new", "/exchange/listings/*/edit",
			"/exchange/inbox" };

	/**
	 * Writes anyone may send: signing in and registering, and the computations that store
	 * nothing (resolving names, DEA, Malmquist, network measures, composite index,
	 * learning partners of posted data). Every other write needs an account whose role
	 * allows it.
	 */
	private static final String[] OPEN_WRITES = { "/login", "/register", "/api/v1/auth/tokens", "/api/v1/resolve",
			"/api/v1/observatory/efficiency", "/api/v1/observatory/malmquist", "/api/v1/observatory/network",
			"/api/v1/observatory/index", "/api/v1/observatory/learning-partners", "/api/v1/learning-partners" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, BearerTokens bearerTokens, RateLimits rateLimits,
			ApiOriginCheck originCheck, ApiProblemWriter problems, Permissions permissions) throws Exception {
		RequestMatcher api = (request) -> request.getRequestURI().startsWith("/api/");
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(api))
			.authorizeHttpRequests((authorize) -> authorize
				.requestMatchers(HttpMethod.GET, "/api/v1/exchange/listings/*/history")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/v1/exchange/listings", "/api/v1/exchange/listings/*",
						"/api/v1/exchange/listings/*/matches", "/api/v1/organisations", "/api/v1/organisations/*")
				.permitAll()
				.requestMatchers(SIGNED_IN)
				.authenticated()
				.requestMatchers(SIGNED_IN_PAGES)
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/documents", "/api/v1/documents")
				.access(allowing(permissions::mayIngest))
				.requestMatchers(HttpMethod.POST, "/api/v1/indicators", "/api/v1/observatory/targets")
				.access(allowing(permissions::mayEnterIndicators))
				.requestMatchers(HttpMethod.POST, OPEN_WRITES)
				.permitAll()
				.requestMatchers(HttpMethod.GET)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD)
				.permitAll()
				.requestMatchers(HttpMethod.OPTIONS)
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.failureHandler((request, response,
						ex) -> response.sendRedirect(request.getContextPath() + "/login?error"
								+ ((ex instanceof Throttled throttled) ? "&wait=" + throttled.seconds() : "")))
				.permitAll())
			.logout(Customizer.withDefaults())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor((request, response, ex) -> problems.write(response, 401,
						"Unauthorized", "sign in, or send an API token as Authorization: Bearer cor_…"), api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), (request) -> true)
				.accessDeniedHandler((request, response, ex) -> {
					if (ex instanceof CsrfException && !api.matches(request)) {
						ExpiredForm.signInAgain(request, response);
						return;
					}
					problems.write(response, 403, "Forbidden", "your account may not do this");
				}))
			.addFilterBefore(bearerTokens, UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(rateLimits, BearerTokens.class)
			.addFilterBefore(originCheck, BearerTokens.class);
		return http.build();
	}

	/**
	 * An authorization decision by a rule of {@link Permissions} about the signed-in
	 * account (none: denied, and an anonymous caller is asked to sign in).
	 */
	private static AuthorizationManager<RequestAuthorizationContext> allowing(Predicate<Account> rule) {
		return (authentication, context) -> {
			Authentication auth = authentication.get();
			boolean allowed = auth != null && auth.getPrincipal() instanceof Account account && rule.test(account);
			return new AuthorizationDecision(allowed);
		};
	}

	@Bean
	FilterRegistrationBean<ApiOriginCheck> originCheckRegistration(ApiOriginCheck filter) {
		FilterRegistrationBean<ApiOriginCheck> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/** The filters run inside the security chain only, not again as servlet filters. */
	@Bean
	FilterRegistrationBean<BearerTokens> bearerTokensRegistration(BearerTokens filter) {
		FilterRegistrationBean<BearerTokens> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RateLimits> rateLimitsRegistration(RateLimits filter) {
		FilterRegistrationBean<RateLimits> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/** Password sign-in against the accounts; the principal is the {@link Account}. */
	@Bean
	AuthenticationProvider accountAuthentication(Accounts accounts, SignInThrottle throttle) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
						? details.getRemoteAddress() : "";
				java.time.Duration wait = throttle.wait(authentication.getName(), address);
				if (!wait.isZero()) {
					throw new Throttled(wait);
				}
				Account account = accounts
					.authenticate(authentication.getName(), String.valueOf(authentication.getCredentials()))
					.orElse(null);
				if (account == null) {
					throttle.failed(authentication.getName(), address);
					throw new BadCredentialsException("wrong email or password");
				}
				throttle.succeeded(authentication.getName());
				return authenticated(account);
			}

			@Override
			public boolean supports(Class<?> type) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
			}

		};
	}

	/** A sign-in refused because too many failed before it ({@link SignInThrottle}). */
	static final class Throttled extends AuthenticationException {

		private static final long serialVersionUID = 1L;

		private final transient java.time.Duration wait;

		Throttled(java.time.Duration wait) {
			super(SignInThrottle.refusal(wait));
			this.wait = wait;
		}

		long seconds() {
			return SignInThrottle.seconds(this.wait);
		}

	}

	static Authentication authenticated(Account account) {
		return new AccountAuthentication(account);
	}

	/**
	 * A signed-in account. Its name is the email, which the session store keeps as the
	 * session's principal; it is serializable, as sessions in the store are.
	 */
	static final class AccountAuthentication extends UsernamePasswordAuthenticationToken {

		private static final long serialVersionUID = 1L;

		AccountAuthentication(Account account) {
			super(account, null, List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
		}

		@Override
		public String getName() {
			return ((Account) getPrincipal()).email();
		}

	}

}
