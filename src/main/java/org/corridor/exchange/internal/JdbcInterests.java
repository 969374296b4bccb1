package org.corridor.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridor.account.Account;
import org.corridor.actor.Organisation;
import org.corridor.actor.Organisations;
import org.corridor.cooperation.CooperationEvent;
import org.corridor.cooperation.CooperationRecord;
import org.corridor.exchange.AgreementKind;
import org.corridor.exchange.DeclineReason;
import org.corridor.exchange.Interest;
import org.corridor.exchange.InterestStatus;
import org.corridor.exchange.Interests;
import org.corridor.exchange.Listing;
import org.corridor.exchange.NotPermittedException;
import org.corridor.exchange.Page;
import org.corridor.exchange.StateException;
import org.corridor.exchange.UnknownException;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.Region;
import org.corridor.support.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Interests} in PostgreSQL. Each step is one conditional update
 * ({@code WHERE status IN (...)}), so two people answering the same interest at once
 * cannot both succeed; every step is kept in the history. An agreement writes the
 * cooperation-record event and marks the listings matched in the same transaction.
 */
@Repository
class JdbcInterests implements Interests {

	private static final String COLUMNS = """
			id, listing_id, from_listing_id, sender_organisation, receiver_organisation, message, status,
			decline_reason, decline_text, meeting_at, meeting_place, agreement_kind, agreement_signed_on,
			agreement_summary, cooperation_event_id, version, updated_at""";

	private final JdbcClient jdbc;

	private final JdbcListings listings;

	private final Organisations organisations;

	private final CooperationRecord record;

	private final ExchangeMatches matches;

	private final Gazetteer gazetteer;

	private final Clock clock;

	JdbcInterests(JdbcClient jdbc, JdbcListings listings, Organisations organisations, CooperationRecord record,
			ExchangeMatches matches, Gazetteer gazetteer, Clock clock) {
		this.matches = matches;
		this.gazetteer = gazetteer;
		this.jdbc = jdbc;
		this.listings = listings;
		this.organisations = organisations;
		this.record = record;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Interest send(Account account, long listingId, Long fromListingId, String message) {
		if (account == null || account.organisationId() == null) {
			throw new NotPermittedException("only members of an organisation send expressions of interest");
		}
		Listing listing = this.listings.find(listingId, account)
			.orElseThrow(() -> new UnknownException("listing", listingId));
		if (listing.organisationId() == account.organisationId()) {
			throw new InvalidInputException("listing_id", "listing " + listingId + " is your own organisation's");
		}
		if (!listing.matchableOn(LocalDate.now(this.clock))) {
			throw new StateException("listing " + listingId + " is " + listing.status().code() + " and valid until "
					+ listing.validUntil() + "; interests go to published, valid listings");
		}
		if (fromListingId != null) {
			Listing own = this.listings.find(fromListingId, account)
				.orElseThrow(() -> new InvalidInputException("from_listing_id", "no listing " + fromListingId));
			if (own.organisationId() != account.organisationId()) {
				throw new InvalidInputException("from_listing_id",
						"listing " + fromListingId + " is not your organisation's");
			}
			if (own.kind() == listing.kind()) {
				throw new InvalidInputException("from_listing_id",
						"answer an " + listing.kind().code() + " from a listing of the other kind");
			}
		}
		String text = (message != null) ? message.strip() : "";
		if (text.length() > 5000) {
			throw new InvalidInputException("message",
					"message is " + text.length() + " characters; the limit is 5,000");
		}
		Optional<Long> open = this.jdbc.sql("""
				SELECT id FROM exchange_interest WHERE listing_id = ? AND sender_organisation = ?
				AND status IN ('sent', 'accepted', 'meeting')""")
			.params(listingId, account.organisationId())
			.query(Long.class)
			.optional();
		if (open.isPresent()) {
			throw new StateException(
					"your organisation's interest " + open.get() + " in listing " + listingId + " is still open");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		long id = this.jdbc.sql("""
				INSERT INTO exchange_interest (listing_id, from_listing_id, sender_organisation, receiver_organisation,
				    sent_by, message, status, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, 'sent', ?, ?) RETURNING id""")
			.params(listingId, fromListingId, account.organisationId(), listing.organisationId(), account.id(), text,
					now, now)
			.query(Long.class)
			.single();
		return step(id, InterestStatus.SENT, account, null);
	}

	@Override
	@Transactional
	public Interest accept(Account account, long id) {
		Interest interest = asReceiver(account, id);
		move(interest, List.of(InterestStatus.SENT), InterestStatus.ACCEPTED, Map.of());
		return step(id, InterestStatus.ACCEPTED, account, null);
	}

	@Override
	@Transactional
	public Interest decline(Account account, long id, DeclineReason reason, String text) {
		if (reason == null) {
			throw new InvalidInputException("reason",
					"a reason is required: too_early, unclear_benefit, not_our_field, terms or other");
		}
		String words = (text != null) ? text.strip() : "";
		if (reason == DeclineReason.OTHER && words.isEmpty()) {
			throw new InvalidInputException("text", "say in a few words why, when the reason is other");
		}
		if (words.length() > 2000) {
			throw new InvalidInputException("text", "text is " + words.length() + " characters; the limit is 2,000");
		}
		Interest interest = asReceiver(account, id);
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("decline_reason", reason.code());
		set.put("decline_text", words.isEmpty() ? null : words);
		move(interest, List.of(InterestStatus.SENT, InterestStatus.ACCEPTED), InterestStatus.DECLINED, set);
		return step(id, InterestStatus.DECLINED, account, reason.code() + (words.isEmpty() ? "" : ": " + words));
	}

	@Override
	@Transactional
	public Interest withdraw(Account account, long id) {
		Interest interest = asParty(account, id);
		if (!account.isAdmin() && !account.actsFor(interest.senderOrganisation())) {
			throw new NotPermittedException("only the sender withdraws an interest");
		}
		move(interest, List.of(InterestStatus.SENT), InterestStatus.WITHDRAWN, Map.of());
		return step(id, InterestStatus.WITHDRAWN, account, null);
	}

	@Override
	@Transactional
	public Interest meeting(Account account, long id, Instant at, String place) {
		if (at == null) {
			throw new InvalidInputException("at", "the meeting's date and time are required (at)");
		}
		Interest interest = asParty(account, id);
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("meeting_at", at.atOffset(ZoneOffset.UTC));
		set.put("meeting_place", (place != null && !place.isBlank()) ? place.strip() : null);
		move(interest, List.of(InterestStatus.ACCEPTED, InterestStatus.MEETING), InterestStatus.MEETING, set);
		return step(id, InterestStatus.MEETING, account, at + ((place != null) ? " " + place : ""));
	}

	@Override
	@Transactional
	public Interest agree(Account account, long id, AgreementKind kind, LocalDate signedOn, String summary) {
		if (kind == null) {
			throw new InvalidInputException("kind",
					"the kind of agreement is required: licence, joint_rnd, purchase, investment, service, secondment, lease or other");
		}
		LocalDate signed = (signedOn != null) ? signedOn : LocalDate.now(this.clock);
		if (signed.isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInputException("signed_on", "signed_on " + signed + " is in the future");
		}
		String text = (summary != null) ? summary.strip() : "";
		if (text.length() > 5000) {
			throw new InvalidInputException("summary",
					"summary is " + text.length() + " characters; the limit is 5,000");
		}
		Interest interest = asParty(account, id);
		Listing listing = this.listings.load(interest.listingId()).orElseThrow();
		Organisation sender = this.organisations.find(interest.senderOrganisation()).orElseThrow();
		Organisation receiver = this.organisations.find(interest.receiverOrganisation()).orElseThrow();
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("agreement_kind", kind.code());
		set.put("agreement_signed_on", signed);
		set.put("agreement_summary", text.isEmpty() ? null : text);
		move(interest, List.of(InterestStatus.ACCEPTED, InterestStatus.MEETING), InterestStatus.AGREED, set);
		List<CooperationEvent.Party> parties = new ArrayList<>();
		parties.add(new CooperationEvent.Party("organisation", Long.toString(sender.id()), sender.name(),
				sender.regionCode()));
		parties.add(new CooperationEvent.Party("organisation", Long.toString(receiver.id()), receiver.name(),
				receiver.regionCode()));
		parties.add(regionParty(sender.regionCode()));
		if (!receiver.regionCode().equals(sender.regionCode())) {
			parties.add(regionParty(receiver.regionCode()));
		}
		long event = this.record.record(
				new CooperationEvent(0, "agreement", signed,
						kind.code().replace('_', ' ') + " agreement: " + sender.name() + " – " + receiver.name(),
						"Signed through the factor exchange on listing " + listing.id() + " \"" + listing.title() + "\""
								+ (text.isEmpty() ? "" : ". " + text),
						"exchange", "interest:" + id, "confirmed", parties));
		this.jdbc.sql("UPDATE exchange_interest SET cooperation_event_id = ? WHERE id = ?").params(event, id).update();
		this.matches.forgetHistory();
		List<Long> matched = new ArrayList<>();
		matched.add(interest.listingId());
		if (interest.fromListingId() != null) {
			matched.add(interest.fromListingId());
		}
		this.listings.markMatched(matched, account.id());
		return step(id, InterestStatus.AGREED, account, kind.code());
	}

	@Override
	public Optional<Interest> find(long id, Account viewer) {
		return load(id).filter((i) -> party(viewer, i));
	}

	@Override
	public Page<Interest> box(Account account, boolean inbox, int offset, int limit) {
		if (account == null || account.organisationId() == null) {
			return new Page<>(List.of(), 0, offset, limit);
		}
		String column = inbox ? "receiver_organisation" : "sender_organisation";
		long total = this.jdbc.sql("SELECT count(*) FROM exchange_interest WHERE " + column + " = ?")
			.param(account.organisationId())
			.query(Long.class)
			.single();
		List<Interest> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM exchange_interest WHERE " + column
					+ " = ? ORDER BY updated_at DESC, id DESC OFFSET ? LIMIT ?")
			.params(account.organisationId(), offset, limit)
			.query(JdbcInterests::interest)
			.list();
		return new Page<>(items, total, offset, limit);
	}

	@Override
	public List<Step> history(long id, Account viewer) {
		find(id, viewer).orElseThrow(() -> new UnknownException("interest", id));
		return this.jdbc
			.sql("SELECT status, account_id, at, note FROM exchange_interest_history WHERE interest_id = ? ORDER BY id")
			.param(id)
			.query((rs, n) -> new Step(InterestStatus.of(rs.getString(1)), rs.getLong(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
			.list();
	}

	private Interest asReceiver(Account account, long id) {
		Interest interest = asParty(account, id);
		if (!account.isAdmin() && !account.actsFor(interest.receiverOrganisation())) {
			throw new NotPermittedException("only the listing's organisation answers an interest");
		}
		return interest;
	}

	/** A region as a party, named in English (pinyin) as the other records are. */
	private CooperationEvent.Party regionParty(String code) {
		String name = this.gazetteer.region(code).map(Region::nameEn).orElse(code);
		return new CooperationEvent.Party("region", code, name, code);
	}

	private Interest asParty(Account account, long id) {
		return load(id).filter((i) -> party(account, i)).orElseThrow(() -> new UnknownException("interest", id));
	}

	private static boolean party(Account account, Interest interest) {
		return account != null && (account.isAdmin() || account.actsFor(interest.senderOrganisation())
				|| account.actsFor(interest.receiverOrganisation()));
	}

	private void move(Interest interest, List<InterestStatus> from, InterestStatus to, Map<String, Object> set) {
		StringBuilder sql = new StringBuilder(
				"UPDATE exchange_interest SET status = ?, version = version + 1, updated_at = ?");
		List<Object> params = new ArrayList<>();
		params.add(to.code());
		params.add(OffsetDateTime.now(this.clock));
		set.forEach((column, value) -> {
			sql.append(", ").append(column).append(" = ?");
			params.add(value);
		});
		sql.append(" WHERE id = ? AND status IN (")
			.append(String.join(", ", from.stream().map((s) -> "'" + s.code() + "'").toList()))
			.append(")");
		params.add(interest.id());
		if (this.jdbc.sql(sql.toString()).params(params).update() == 0) {
			InterestStatus now = load(interest.id()).map(Interest::status).orElse(interest.status());
			throw new StateException(
					"interest " + interest.id() + " is " + now.code() + "; it cannot become " + to.code());
		}
	}

	private Interest step(long id, InterestStatus status, Account account, String note) {
		this.jdbc
			.sql("""
					INSERT INTO exchange_interest_history (interest_id, status, account_id, at, note) VALUES (?, ?, ?, ?, ?)""")
			.params(id, status.code(), account.id(), OffsetDateTime.now(this.clock), note)
			.update();
		return load(id).orElseThrow();
	}

	Optional<Interest> load(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM exchange_interest WHERE id = ?")
			.param(id)
			.query(JdbcInterests::interest)
			.optional();
	}

	static Interest interest(ResultSet rs, int row) throws SQLException {
		long from = rs.getLong("from_listing_id");
		Long fromListing = rs.wasNull() ? null : from;
		long event = rs.getLong("cooperation_event_id");
		Long eventId = rs.wasNull() ? null : event;
		String reason = rs.getString("decline_reason");
		String kind = rs.getString("agreement_kind");
		OffsetDateTime meeting = rs.getObject("meeting_at", OffsetDateTime.class);
		return new Interest(rs.getLong("id"), rs.getLong("listing_id"), fromListing, rs.getLong("sender_organisation"),
				rs.getLong("receiver_organisation"), rs.getString("message"), InterestStatus.of(rs.getString("status")),
				(reason != null) ? DeclineReason.of(reason) : null, rs.getString("decline_text"),
				(meeting != null) ? meeting.toInstant() : null, rs.getString("meeting_place"),
				(kind != null) ? AgreementKind.of(kind) : null, rs.getObject("agreement_signed_on", LocalDate.class),
				rs.getString("agreement_summary"), eventId, rs.getInt("version"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
