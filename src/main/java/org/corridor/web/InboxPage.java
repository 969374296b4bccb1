package org.corridor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corridor.account.Account;
import org.corridor.actor.Organisation;
import org.corridor.actor.Organisations;
import org.corridor.exchange.AgreementKind;
import org.corridor.exchange.DeclineReason;
import org.corridor.exchange.Interest;
import org.corridor.exchange.InterestStatus;
import org.corridor.exchange.Interests;
import org.corridor.exchange.Listing;
import org.corridor.exchange.Listings;
import org.corridor.exchange.NotPermittedException;
import org.corridor.exchange.StateException;
import org.corridor.support.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox of expressions of interest: those the user's organisation received and those
 * it sent, each with the answers the state and the user allow (accept, decline with a
 * structured reason, withdraw, record a meeting or an agreement). A step that fails comes
 * back as a message next to the interest; the typed text is kept by the page's script.
 */
@Controller
@WebPage
class InboxPage {

	private static final int SIZE = 50;

	private final Interests interests;

	private final Listings listings;

	private final Organisations organisations;

	private final Clock clock;

	InboxPage(Interests interests, Listings listings, Organisations organisations, Clock clock) {
		this.interests = interests;
		this.listings = listings;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * An interest with what the page shows beside it and what the user may do.
	 */
	record Row(Interest interest, boolean received, String listingTitle, String fromTitle, String counterpart,
			boolean mayAnswer, boolean mayWithdraw, boolean mayMeet, boolean mayAgree) {

	}

	@GetMapping("/exchange/inbox")
	String inbox(@AuthenticationPrincipal Account account, Model model) {
		if (account == null || account.organisationId() == null) {
			throw new NotPermittedException("only members of an organisation have an inbox");
		}
		Map<Long, String> titles = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		model.addAttribute("received", rows(account, true, titles, names));
		model.addAttribute("sent", rows(account, false, titles, names));
		model.addAttribute("reasons", List.of(DeclineReason.values()));
		model.addAttribute("agreementKinds", List.of(AgreementKind.values()));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "exchange/inbox";
	}

	private List<Row> rows(Account account, boolean inbox, Map<Long, String> titles, Map<Long, String> names) {
		return this.interests.box(account, inbox, 0, SIZE).items().stream().map((i) -> {
			InterestStatus s = i.status();
			boolean open = s == InterestStatus.ACCEPTED || s == InterestStatus.MEETING;
			long other = inbox ? i.senderOrganisation() : i.receiverOrganisation();
			return new Row(i, inbox, title(i.listingId(), account, titles),
					(i.fromListingId() != null) ? title(i.fromListingId(), account, titles) : null,
					names.computeIfAbsent(other,
							(o) -> this.organisations.find(o).map(Organisation::name).orElse("#" + o)),
					inbox && s == InterestStatus.SENT, !inbox && s == InterestStatus.SENT, s == InterestStatus.ACCEPTED,
					open);
		}).toList();
	}

	private String title(long listingId, Account account, Map<Long, String> titles) {
		return titles.computeIfAbsent(listingId,
				(id) -> this.listings.find(id, account).map(Listing::title).orElse("#" + id));
	}

	@PostMapping("/exchange/interests/{id}/accept")
	String accept(@AuthenticationPrincipal Account account, @PathVariable long id, RedirectAttributes redirect) {
		return step(id, "accept", redirect, () -> this.interests.accept(account, id));
	}

	@PostMapping("/exchange/interests/{id}/decline")
	String decline(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return step(id, "decline", redirect, () -> this.interests.decline(account, id,
				(reason == null || reason.isBlank()) ? null : DeclineReason.of(reason), blankToNull(text)));
	}

	@PostMapping("/exchange/interests/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal Account account, @PathVariable long id, RedirectAttributes redirect) {
		return step(id, "withdraw", redirect, () -> this.interests.withdraw(account, id));
	}

	@PostMapping("/exchange/interests/{id}/meeting")
	String meeting(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestParam(required = false) String at, @RequestParam(required = false) String place,
			RedirectAttributes redirect) {
		return step(id, "meeting", redirect, () -> {
			LocalDateTime when;
			try {
				when = (at == null || at.isBlank()) ? null : LocalDateTime.parse(at);
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("at", "the meeting's date and time are not a date and time");
			}
			this.interests.meeting(account, id,
					(when != null) ? when.atZone(ZoneId.of("Asia/Shanghai")).toInstant() : null, blankToNull(place));
		});
	}

	@PostMapping("/exchange/interests/{id}/agreement")
	String agreement(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String signedOn,
			@RequestParam(required = false) String summary, RedirectAttributes redirect) {
		return step(id, "agreement", redirect,
				() -> this.interests.agree(account, id,
						(kind == null || kind.isBlank()) ? null : AgreementKind.of(kind),
						(signedOn == null || signedOn.isBlank()) ? null : ExchangeApi.day("signed_on", signedOn),
						blankToNull(summary)));
	}

	private String step(long id, String form, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("clearKept", form + "-" + id);
			redirect.addFlashAttribute("done", form);
			redirect.addFlashAttribute("doneId", id);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failedId", id);
			redirect.addFlashAttribute("failedForm", form);
			redirect.addFlashAttribute("failedField", ex.field());
			redirect.addFlashAttribute("failedDetail", ex.getMessage());
		}
		catch (StateException ex) {
			redirect.addFlashAttribute("failedId", id);
			redirect.addFlashAttribute("failedForm", form);
			redirect.addFlashAttribute("failedField", "state");
			redirect.addFlashAttribute("failedDetail", ex.getMessage());
		}
		return "redirect:/exchange/inbox#interest-" + id;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
