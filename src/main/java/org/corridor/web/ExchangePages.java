package org.corridor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.account.Account;
import org.corridor.actor.Industries;
import org.corridor.actor.Industry;
import org.corridor.exchange.Factor;
import org.corridor.exchange.Interests;
import org.corridor.exchange.Listing;
import org.corridor.exchange.ListingInput;
import org.corridor.exchange.ListingKind;
import org.corridor.exchange.ListingStatus;
import org.corridor.exchange.Listings;
import org.corridor.exchange.Match;
import org.corridor.exchange.Matches;
import org.corridor.exchange.NotPermittedException;
import org.corridor.exchange.Page;
import org.corridor.exchange.StateException;
import org.corridor.exchange.UnknownException;
import org.corridor.exchange.VersionConflictException;
import org.corridor.geo.Regions;
import org.corridor.support.InvalidInputException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exchange's pages: browsing and filtering listings, one listing with its ranked
 * matches and their reasons drawn as bars, the listing form (new and edit, every field's
 * error next to it, a clear message when someone else changed the listing meanwhile),
 * publishing and closing, and sending an expression of interest. Controls are shown only
 * to those allowed to use them; the exchange enforces the same rules on every request.
 */
@Controller
@WebPage
class ExchangePages {

	static final int PAGE_SIZE = 20;

	static final int MATCHES = 10;

	private final Listings listings;

	private final Matches matches;

	private final Interests interests;

	private final Industries industries;

	private final Regions regions;

	private final Clock clock;

	ExchangePages(Listings listings, Matches matches, Interests interests, Industries industries, Regions regions,
			Clock clock) {
		this.listings = listings;
		this.matches = matches;
		this.interests = interests;
		this.industries = industries;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/exchange")
	String browse(@AuthenticationPrincipal Account viewer, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String factor, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		if (page < 1 || page > 10_000) {
			throw new BadParameterException("page", "page must be between 1 and 10000");
		}
		Listings.Filter filter;
		try {
			filter = new Listings.Filter(blank(kind) ? null : ListingKind.of(kind),
					blank(factor) ? null : Factor.of(factor), blank(industry) ? null : industry,
					blank(region) ? null : Parameters.code("region", region.strip()), null, null,
					blank(q) ? null : q.strip());
		}
		catch (InvalidInputException ex) {
			throw new BadParameterException(ex.field(), ex.getMessage());
		}
		Page<Listing> found = this.listings.browse(filter, viewer, (page - 1) * PAGE_SIZE, PAGE_SIZE);
		long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("found", found);
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("kind", blank(kind) ? "" : kind);
		model.addAttribute("factor", blank(factor) ? "" : factor);
		model.addAttribute("industry", blank(industry) ? "" : industry);
		model.addAttribute("region", blank(region) ? "" : region.strip());
		model.addAttribute("q", blank(q) ? "" : q.strip());
		common(model);
		return "exchange/browse";
	}

	@GetMapping("/exchange/listings/{id}")
	String listing(@AuthenticationPrincipal Account viewer, @PathVariable long id,
			@RequestParam(required = false) Long from, Model model) {
		Listing listing = this.listings.find(id, viewer).orElseThrow(() -> new UnknownException("listing", id));
		boolean owner = viewer != null && (viewer.isAdmin() || viewer.actsFor(listing.organisationId()));
		List<Match> ranked = (listing.status() == ListingStatus.PUBLISHED || owner)
				? this.matches.match(id, viewer, MATCHES) : List.of();
		model.addAttribute("listing", listing);
		model.addAttribute("owner", owner);
		model.addAttribute("matches", ranked);
		model.addAttribute("today", LocalDate.now(this.clock));
		boolean mayExpress = viewer != null && viewer.organisationId() != null
				&& !viewer.actsFor(listing.organisationId()) && listing.matchableOn(LocalDate.now(this.clock));
		model.addAttribute("mayExpress", mayExpress);
		if (mayExpress) {
			ListingKind other = (listing.kind() == ListingKind.OFFER) ? ListingKind.NEED : ListingKind.OFFER;
			Page<Listing> own = this.listings.browse(
					new Listings.Filter(other, null, null, null, null, viewer.organisationId(), null), viewer, 0, 50);
			model.addAttribute("ownListings", own.items());
			model.addAttribute("from", from);
		}
		common(model);
		return "exchange/listing";
	}

	@PostMapping("/exchange/listings/{id}/interests")
	String express(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestParam(required = false) String message, @RequestParam(required = false) Long from,
			RedirectAttributes redirect, Model model) {
		try {
			long interest = this.interests.send(account, id, from, blank(message) ? null : message.strip()).id();
			redirect.addFlashAttribute("clearKept", "interest-" + id);
			redirect.addFlashAttribute("done", "sent");
			return "redirect:/exchange/inbox#interest-" + interest;
		}
		catch (InvalidInputException | StateException ex) {
			listing(account, id, from, model);
			model.addAttribute("interestError",
					(ex instanceof StateException) ? "interest.error.state" : "interest.error.input");
			model.addAttribute("interestDetail", ex.getMessage());
			model.addAttribute("message", message);
			return "exchange/listing";
		}
	}

	@GetMapping("/exchange/listings/new")
	String create(@AuthenticationPrincipal Account account, @RequestParam(defaultValue = "need") String kind,
			Model model) {
		requireMember(account);
		return form(ListingForm.blank(kind.equals("offer") ? "offer" : "need"), Map.of(), null, null, model);
	}

	@PostMapping("/exchange/listings")
	String created(@AuthenticationPrincipal Account account, @ModelAttribute ListingForm form,
			@RequestParam(defaultValue = "draft") String action, RedirectAttributes redirect, Model model) {
		requireMember(account);
		Map<String, ListingForm.FieldProblem> problems = check(form, true);
		if (!problems.isEmpty()) {
			return form(form, problems, null, null, model);
		}
		try {
			Listing listing = this.listings.create(account, null, form.input(true), action.equals("publish"));
			redirect.addFlashAttribute("clearKept", "listing-new");
			redirect.addFlashAttribute("done", action.equals("publish") ? "published" : "saved");
			return "redirect:/exchange/listings/" + listing.id();
		}
		catch (InvalidInputException ex) {
			return form(form, Map.of(ex.field(), new ListingForm.FieldProblem(null, ex.getMessage())), null, null,
					model);
		}
	}

	@GetMapping("/exchange/listings/{id}/edit")
	String edit(@AuthenticationPrincipal Account account, @PathVariable long id, Model model) {
		Listing listing = ownedListing(account, id);
		return form(ListingForm.of(listing), Map.of(), listing, null, model);
	}

	@PostMapping("/exchange/listings/{id}")
	String edited(@AuthenticationPrincipal Account account, @PathVariable long id, @ModelAttribute ListingForm form,
			RedirectAttributes redirect, Model model) {
		Listing listing = ownedListing(account, id);
		ListingForm based = form.withVersion((form.version() != null) ? form.version() : listing.version());
		Map<String, ListingForm.FieldProblem> problems = check(based, false);
		if (!problems.isEmpty()) {
			return form(based, problems, listing, null, model);
		}
		try {
			this.listings.update(account, id, based.version(), based.input(false));
			redirect.addFlashAttribute("clearKept", "listing-edit-" + id);
			redirect.addFlashAttribute("done", "saved");
			return "redirect:/exchange/listings/" + id;
		}
		catch (VersionConflictException ex) {
			Listing now = ownedListing(account, id);
			return form(based.withVersion(now.version()), Map.of(), now, "conflict", model);
		}
		catch (InvalidInputException ex) {
			return form(based, Map.of(ex.field(), new ListingForm.FieldProblem(null, ex.getMessage())), listing, null,
					model);
		}
		catch (StateException ex) {
			return form(based, Map.of(), listing, "state", model);
		}
	}

	@PostMapping("/exchange/listings/{id}/{action:publish|close|reopen}")
	String transition(@AuthenticationPrincipal Account account, @PathVariable long id, @PathVariable String action,
			@RequestParam int version, RedirectAttributes redirect) {
		ListingStatus to = switch (action) {
			case "publish" -> ListingStatus.PUBLISHED;
			case "close" -> ListingStatus.CLOSED;
			default -> ListingStatus.DRAFT;
		};
		try {
			this.listings.transition(account, id, version, to);
			redirect.addFlashAttribute("done", action);
		}
		catch (VersionConflictException ex) {
			redirect.addFlashAttribute("failed", "conflict");
		}
		catch (StateException ex) {
			redirect.addFlashAttribute("failed", "state");
		}
		return "redirect:/exchange/listings/" + id;
	}

	private String form(ListingForm form, Map<String, ListingForm.FieldProblem> problems, Listing listing,
			String failure, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("listing", listing);
		model.addAttribute("failure", failure);
		model.addAttribute("terms", ListingInput.TERMS);
		model.addAttribute("resubmitted", !problems.isEmpty() || failure != null);
		common(model);
		return "exchange/form";
	}

	private Map<String, ListingForm.FieldProblem> check(ListingForm form, boolean creating) {
		return form.check(this.industries, (code) -> this.regions.find(code).isPresent(), LocalDate.now(this.clock),
				creating);
	}

	private Listing ownedListing(Account account, long id) {
		Listing listing = this.listings.find(id, account).orElseThrow(() -> new UnknownException("listing", id));
		if (account == null || !(account.isAdmin() || account.actsFor(listing.organisationId()))) {
			throw new NotPermittedException(
					"listing " + id + " belongs to " + listing.organisationName() + "; only its members change it");
		}
		return listing;
	}

	private static void requireMember(Account account) {
		if (account == null || account.organisationId() == null) {
			throw new NotPermittedException("only members of an organisation create listings");
		}
	}

	/**
	 * The labels every exchange page needs: industries in the reader's language, regions.
	 */
	private void common(Model model) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		Map<String, String> industryNames = new LinkedHashMap<>();
		List<Industry> sorted = new ArrayList<>(this.industries.all());
		sorted.sort(Comparator.comparing((Industry i) -> i.name(language)));
		sorted.forEach((i) -> industryNames.put(i.code(), i.name(language)));
		model.addAttribute("industryNames", industryNames);
		model.addAttribute("kinds", List.of(ListingKind.values()));
		model.addAttribute("factors", List.of(Factor.values()));
		model.addAttribute("regionNames", new RegionNames(this.regions));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
