package org.corridor.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.corridor.account.Account;
import org.corridor.account.Accounts;
import org.corridor.account.Role;
import org.corridor.actor.Organisation;
import org.corridor.actor.OrganisationType;
import org.corridor.actor.Organisations;
import org.corridor.geo.Region;
import org.corridor.geo.Regions;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Self-registration: a person registers a new organisation (name, type, region) and
 * becomes its first member, then is signed in. Joining an existing organisation is not
 * offered, since nothing proves the person works there; an organisation name already
 * known is refused with a field error, as is an e-mail already registered. Against abuse:
 * every field is checked, the password is at least
 * {@link Accounts#MINIMUM_PASSWORD_LENGTH} characters, a hidden field that people leave
 * empty catches simple robots, and each client address may register at most
 * {@link #PER_HOUR} accounts an hour.
 */
@Controller
@WebPage
class RegisterPage {

	static final int PER_HOUR = 5;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final Accounts accounts;

	private final Organisations organisations;

	private final Regions regions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	RegisterPage(Accounts accounts, Organisations organisations, Regions regions, TransactionTemplate transaction,
			Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.regions = regions;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * The registration form as typed ({@code website} is the trap for robots).
	 */
	record Registration(String email, String displayName, String password, String organisation, String type,
			String region, String website) {

	}

	@GetMapping("/register")
	String form(Model model) {
		return page(new Registration("", "", "", "", "enterprise", "", ""), Map.of(), model);
	}

	@PostMapping("/register")
	String register(@ModelAttribute Registration form, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Map<String, String> problems = new LinkedHashMap<>();
		String email = strip(form.email()).toLowerCase(java.util.Locale.ROOT);
		if (!EMAIL.matcher(email).matches() || email.length() > 254) {
			problems.put("email", "register.error.email");
		}
		else if (this.accounts.findByEmail(email).isPresent()) {
			problems.put("email", "register.error.email.taken");
		}
		String name = strip(form.displayName());
		if (name.isEmpty() || name.length() > 100) {
			problems.put("displayName", "register.error.name");
		}
		String password = (form.password() != null) ? form.password() : "";
		if (password.length() < Accounts.MINIMUM_PASSWORD_LENGTH || password.length() > 200) {
			problems.put("password", "register.error.password");
		}
		String organisation = strip(form.organisation());
		if (organisation.length() < 2 || organisation.length() > 200) {
			problems.put("organisation", "register.error.organisation");
		}
		else if (this.organisations.findByName(organisation).isPresent()) {
			problems.put("organisation", "register.error.organisation.taken");
		}
		OrganisationType type = null;
		try {
			type = OrganisationType.of(form.type());
		}
		catch (IllegalArgumentException ex) {
			problems.put("type", "register.error.type");
		}
		Region region = region(strip(form.region()));
		if (region == null) {
			problems.put("region", "register.error.region");
		}
		if (problems.isEmpty() && (!strip(form.website()).isEmpty() || !allowed(request.getRemoteAddr()))) {
			problems.put("form", "register.error.limit");
		}
		if (!problems.isEmpty()) {
			return page(new Registration(form.email(), form.displayName(), "", form.organisation(), form.type(),
					form.region(), ""), problems, model);
		}
		String language = LocaleContextHolder.getLocale().getLanguage();
		OrganisationType chosen = type;
		Account account;
		try {
			account = this.transaction.execute((status) -> {
				Organisation created = this.organisations
					.register(new Organisations.NewOrganisation(organisation, chosen, region.code(), List.of(),
							List.of("zh", "en", "de").contains(language) ? language : "en", false));
				return this.accounts
					.create(new Accounts.NewAccount(email, name, password, Role.MEMBER, created.id(), null));
			});
		}
		catch (IllegalArgumentException ex) {
			problems.put("form", "register.error.failed");
			return page(new Registration(form.email(), form.displayName(), "", form.organisation(), form.type(),
					form.region(), ""), problems, model);
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityConfiguration.authenticated(account));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
		return "redirect:/exchange/listings/new?welcome";
	}

	/** A division by its code, or by a name that names exactly one. */
	private Region region(String text) {
		if (text.isEmpty()) {
			return null;
		}
		if (text.matches("\\d{6}")) {
			return this.regions.find(text).orElse(null);
		}
		List<Region> found = this.regions.search(new Regions.RegionQuery(text, null, null, 0, 5)).items();
		List<Region> exact = found.stream()
			.filter((r) -> text.equals(r.nameZh()) || text.equalsIgnoreCase(r.nameEn()))
			.toList();
		if (exact.size() == 1) {
			return exact.get(0);
		}
		return (found.size() == 1) ? found.get(0) : null;
	}

	private boolean allowed(String address) {
		Instant now = this.clock.instant();
		Deque<Instant> times = this.recent.computeIfAbsent(address, (a) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(1, ChronoUnit.HOURS))) {
				times.pollFirst();
			}
			if (times.size() >= PER_HOUR) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	private String page(Registration form, Map<String, String> problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("types", List.of(OrganisationType.values()));
		return "exchange/register";
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

}
