package org.corridor.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.account.Account;
import org.corridor.exchange.AgreementKind;
import org.corridor.exchange.DeclineReason;
import org.corridor.exchange.ExchangeStatistics;
import org.corridor.exchange.Factor;
import org.corridor.exchange.Interest;
import org.corridor.exchange.Interests;
import org.corridor.exchange.Listing;
import org.corridor.exchange.ListingChange;
import org.corridor.exchange.ListingInput;
import org.corridor.exchange.ListingKind;
import org.corridor.exchange.ListingStatus;
import org.corridor.exchange.Listings;
import org.corridor.exchange.Match;
import org.corridor.exchange.Matches;
import org.corridor.exchange.Page;
import org.corridor.exchange.UnknownException;
import org.corridor.support.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/exchange}: listings (offers and needs), their ranked matches with
 * reasons, expressions of interest through to agreements, and a region's aggregate
 * figures for planners. Edits name the version they are based on (body {@code version} or
 * {@code If-Match}); a stale version is answered 409.
 */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "exchange")
class ExchangeApi {

	private final Listings listings;

	private final Matches matches;

	private final Interests interests;

	private final ExchangeStatistics statistics;

	ExchangeApi(Listings listings, Matches matches, Interests interests, ExchangeStatistics statistics) {
		this.listings = listings;
		this.matches = matches;
		this.interests = interests;
		this.statistics = statistics;
	}

	record ListingBody(String kind, String factor, String language, String title, String description,
			List<String> industries, String regionCode, List<String> terms, Integer trl, BigDecimal budgetMinCny,
			BigDecimal budgetMaxCny, String validUntil, Integer version, Boolean publish, Long organisationId) {

		ListingInput input() {
			return new ListingInput((this.kind != null) ? ListingKind.of(this.kind) : null,
					(this.factor != null) ? Factor.of(this.factor) : null, this.language, this.title, this.description,
					this.industries, this.regionCode, this.terms, this.trl, this.budgetMinCny, this.budgetMaxCny,
					(this.validUntil != null) ? day("valid_until", this.validUntil) : null);
		}

	}

	@GetMapping("/listings")
	@Operation(summary = "Browse listings: published ones for everyone, your organisation's drafts too")
	Page<Listing> browse(@AuthenticationPrincipal Account viewer, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String factor, @RequestParam(required = false) String industry,
			@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long organisation, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Parameters.Paging paging = Parameters.paging(page, size);
		Listings.Filter filter = new Listings.Filter((kind != null) ? ListingKind.of(kind) : null,
				(factor != null) ? Factor.of(factor) : null, industry,
				(region != null) ? Parameters.code("region", region) : null,
				(status != null) ? ListingStatus.of(status) : null, organisation, q);
		return this.listings.browse(filter, viewer, paging.offset(), paging.size());
	}

	@PostMapping("/listings")
	@Operation(summary = "Create a listing for your organisation (a draft unless publish is true)")
	ResponseEntity<Listing> create(@AuthenticationPrincipal Account account, @RequestBody ListingBody body) {
		Listing listing = this.listings.create(account, body.organisationId(), body.input(),
				Boolean.TRUE.equals(body.publish()));
		return ResponseEntity.created(URI.create("/api/v1/exchange/listings/" + listing.id()))
			.eTag(etag(listing.version()))
			.body(listing);
	}

	@GetMapping("/listings/{id}")
	@Operation(summary = "One listing")
	ResponseEntity<Listing> listing(@AuthenticationPrincipal Account viewer, @PathVariable long id) {
		Listing listing = this.listings.find(id, viewer).orElseThrow(() -> new UnknownException("listing", id));
		return ResponseEntity.ok().eTag(etag(listing.version())).body(listing);
	}

	@PutMapping("/listings/{id}")
	@Operation(summary = "Edit a listing of your organisation; fields left out keep their value")
	ResponseEntity<Listing> update(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestBody ListingBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Listing listing = this.listings.update(account, id, version(body.version(), ifMatch), body.input());
		return ResponseEntity.ok().eTag(etag(listing.version())).body(listing);
	}

	record VersionBody(Integer version) {
	}

	@PostMapping("/listings/{id}/publish")
	@Operation(summary = "Publish a draft")
	Listing publish(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestBody(required = false) VersionBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return this.listings.transition(account, id, version((body != null) ? body.version() : null, ifMatch),
				ListingStatus.PUBLISHED);
	}

	@PostMapping("/listings/{id}/close")
	@Operation(summary = "Close a listing")
	Listing close(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestBody(required = false) VersionBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return this.listings.transition(account, id, version((body != null) ? body.version() : null, ifMatch),
				ListingStatus.CLOSED);
	}

	@PostMapping("/listings/{id}/reopen")
	@Operation(summary = "Reopen a closed or expired listing as a draft")
	Listing reopen(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestBody(required = false) VersionBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return this.listings.transition(account, id, version((body != null) ? body.version() : null, ifMatch),
				ListingStatus.DRAFT);
	}

	@GetMapping("/listings/{id}/history")
	@Operation(summary = "Every change of a listing of your organisation")
	List<ListingChange> history(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return this.listings.history(id, account);
	}

	@GetMapping("/listings/{id}/matches")
	@Operation(summary = "Ranked listings of the other side, each with its score parts as reasons")
	List<Match> matches(@AuthenticationPrincipal Account viewer, @PathVariable long id,
			@RequestParam(defaultValue = "10") int limit) {
		return this.matches.match(id, viewer, limit);
	}

	record InterestBody(String message, Long fromListingId) {
	}

	@PostMapping("/listings/{id}/interests")
	@Operation(summary = "Express your organisation's interest in a listing")
	ResponseEntity<Interest> send(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestBody(required = false) InterestBody body) {
		Interest interest = this.interests.send(account, id, (body != null) ? body.fromListingId() : null,
				(body != null) ? body.message() : null);
		return ResponseEntity.created(URI.create("/api/v1/exchange/interests/" + interest.id())).body(interest);
	}

	@GetMapping("/interests")
	@Operation(summary = "Interests your organisation received (box=inbox) or sent (box=outbox)")
	Page<Interest> box(@AuthenticationPrincipal Account account, @RequestParam(defaultValue = "inbox") String box,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (!box.equals("inbox") && !box.equals("outbox")) {
			throw new InvalidInputException("box",
					"box must be inbox or outbox, not \"" + Parameters.abbreviate(box) + "\"");
		}
		Parameters.Paging paging = Parameters.paging(page, size);
		return this.interests.box(account, box.equals("inbox"), paging.offset(), paging.size());
	}

	@GetMapping("/interests/{id}")
	@Operation(summary = "One interest of your organisation")
	Interest interest(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return this.interests.find(id, account).orElseThrow(() -> new UnknownException("interest", id));
	}

	@GetMapping("/interests/{id}/history")
	@Operation(summary = "How an interest went, step by step")
	List<Interests.Step> interestHistory(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return this.interests.history(id, account);
	}

	@PostMapping("/interests/{id}/accept")
	@Operation(summary = "Accept an interest in your listing")
	Interest accept(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return this.interests.accept(account, id);
	}

	record DeclineBody(String reason, String text) {
	}

	@PostMapping("/interests/{id}/decline")
	@Operation(summary = "Decline with a reason: too_early, unclear_benefit, not_our_field, terms, other (+ text)")
	Interest decline(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestBody DeclineBody body) {
		return this.interests.decline(account, id, (body.reason() != null) ? DeclineReason.of(body.reason()) : null,
				body.text());
	}

	@PostMapping("/interests/{id}/withdraw")
	@Operation(summary = "Withdraw an interest you sent, before it is answered")
	Interest withdraw(@AuthenticationPrincipal Account account, @PathVariable long id) {
		return this.interests.withdraw(account, id);
	}

	record MeetingBody(String at, String place) {
	}

	@PostMapping("/interests/{id}/meeting")
	@Operation(summary = "Record the meeting of an accepted interest (at: ISO instant)")
	Interest meeting(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestBody MeetingBody body) {
		Instant at;
		try {
			at = (body.at() != null) ? Instant.parse(body.at()) : null;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("at", "at must be an ISO instant such as 2026-12-01T09:30:00Z, not \""
					+ Parameters.abbreviate(body.at()) + "\"");
		}
		return this.interests.meeting(account, id, at, body.place());
	}

	record AgreementBody(String kind, String signedOn, String summary) {
	}

	@PostMapping("/interests/{id}/agreement")
	@Operation(summary = "Record the agreement signed; it enters the cooperation record")
	ResponseEntity<Interest> agreement(@AuthenticationPrincipal Account account, @PathVariable long id,
			@RequestBody AgreementBody body) {
		Interest interest = this.interests.agree(account, id,
				(body.kind() != null) ? AgreementKind.of(body.kind()) : null,
				(body.signedOn() != null) ? day("signed_on", body.signedOn()) : null, body.summary());
		return ResponseEntity.status(HttpStatus.OK).body(interest);
	}

	@GetMapping("/statistics")
	@Operation(summary = "Aggregate figures of a region's exchange activity (planners of the region, administrators)")
	ExchangeStatistics.Summary statistics(@AuthenticationPrincipal Account account, @RequestParam String region) {
		return this.statistics.of(account, Parameters.code("region", region));
	}

	private static int version(Integer body, String ifMatch) {
		if (body != null) {
			return body;
		}
		if (ifMatch != null) {
			String digits = ifMatch.replace("W/", "").replace("\"", "").strip();
			try {
				return Integer.parseInt(digits);
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("If-Match", "If-Match must be the listing's ETag such as \"3\"");
			}
		}
		throw new InvalidInputException("version",
				"name the version your change is based on (body version or If-Match), so no edit is lost");
	}

	private static String etag(int version) {
		return "\"" + version + "\"";
	}

	static LocalDate day(String field, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field,
					field + " must be a date YYYY-MM-DD, not \"" + Parameters.abbreviate(value) + "\"");
		}
	}

}
