package org.corridor.exchange.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.corridor.account.Account;
import org.corridor.account.Role;
import org.corridor.actor.Industries;
import org.corridor.actor.Organisation;
import org.corridor.actor.Organisations;
import org.corridor.exchange.Factor;
import org.corridor.exchange.Listing;
import org.corridor.exchange.ListingChange;
import org.corridor.exchange.ListingInput;
import org.corridor.exchange.ListingKind;
import org.corridor.exchange.ListingStatus;
import org.corridor.exchange.Listings;
import org.corridor.exchange.NotPermittedException;
import org.corridor.exchange.Page;
import org.corridor.exchange.StateException;
import org.corridor.exchange.UnknownException;
import org.corridor.exchange.VersionConflictException;
import org.corridor.geo.DivisionCodes;
import org.corridor.geo.Gazetteer;
import org.corridor.support.InvalidInputException;
import org.corridor.support.Languages;
import org.corridor.support.SqlArrays;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Listings} in PostgreSQL. Every change raises the version, writes a history row
 * with a JSON snapshot in the same transaction, and tells the index after the commit.
 */
@Repository
class JdbcListings implements Listings {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	static final String SELECT = """
			SELECT l.id, l.organisation_id, o.name AS organisation_name, l.kind, l.factor, l.language, l.title,
			       l.description, l.industries, l.region_code, l.terms, l.trl, l.budget_min_cny, l.budget_max_cny,
			       l.valid_until, l.status, l.version, l.demo, l.updated_at
			FROM exchange_listing l JOIN actor_organisation o ON o.id = l.organisation_id
			""";

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final Industries industries;

	private final Gazetteer gazetteer;

	private final Clock clock;

	private final List<Consumer<Listing>> changeListeners = new ArrayList<>();

	JdbcListings(JdbcClient jdbc, Organisations organisations, Industries industries, Gazetteer gazetteer,
			Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.industries = industries;
		this.gazetteer = gazetteer;
		this.clock = clock;
	}

	void onChange(Consumer<Listing> listener) {
		this.changeListeners.add(listener);
	}

	@Override
	@Transactional
	public Listing create(Account account, Long organisationId, ListingInput input, boolean publish) {
		long owner = owner(account, organisationId);
		Organisation organisation = this.organisations.find(owner)
			.orElseThrow(() -> new InvalidInputException("organisation_id", "no organisation " + owner));
		return insert(organisation, input, publish, false, null, (account != null) ? account.id() : null);
	}

	/**
	 * Stores a new listing of an organisation; for the demo loader and imports too.
	 */
	Listing insert(Organisation organisation, ListingInput input, boolean publish, boolean demo, String demoKey,
			Long accountId) {
		if (input.kind() == null) {
			throw new InvalidInputException("kind", "kind is required: offer or need");
		}
		if (input.factor() == null) {
			throw new InvalidInputException("factor",
					"factor is required: technology, talent, capital, facility, data, pilot_capacity or project");
		}
		LocalDate today = LocalDate.now(this.clock);
		Valid valid = validate(input, organisation.regionCode(), today.plusYears(1), today);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		long id = this.jdbc.sql("""
				INSERT INTO exchange_listing (organisation_id, kind, factor, language, title, description, industries,
				    region_code, terms, trl, budget_min_cny, budget_max_cny, valid_until, status, demo, demo_key,
				    created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(organisation.id(), input.kind().code(), input.factor().code(), valid.language, valid.title,
					valid.description, input.industries().toArray(String[]::new), valid.region,
					input.terms().toArray(String[]::new), input.trl(), input.budgetMinCny(), input.budgetMaxCny(),
					valid.validUntil, publish ? "published" : "draft", demo, demoKey, now, now)
			.query(Long.class)
			.single();
		return changed(id, "created", accountId);
	}

	@Override
	@Transactional
	public Listing update(Account account, long id, int version, ListingInput input) {
		Listing current = owned(account, id);
		if (current.status() != ListingStatus.DRAFT && current.status() != ListingStatus.PUBLISHED) {
			throw new StateException("listing " + id + " is " + current.status().code()
					+ "; only drafts and published listings are edited");
		}
		if (input.kind() != null && input.kind() != current.kind()) {
			throw new InvalidInputException("kind", "the kind of a listing cannot change; create a new listing");
		}
		ListingInput merged = new ListingInput(current.kind(),
				(input.factor() != null) ? input.factor() : current.factor(),
				(input.language() != null) ? input.language() : current.language(),
				(input.title() != null) ? input.title() : current.title(),
				(input.description() != null) ? input.description() : current.description(),
				input.industries().isEmpty() ? current.industries() : input.industries(),
				(input.regionCode() != null) ? input.regionCode() : current.regionCode(),
				input.terms().isEmpty() ? current.terms() : input.terms(),
				(input.trl() != null) ? input.trl() : current.trl(),
				(input.budgetMinCny() != null) ? input.budgetMinCny() : current.budgetMinCny(),
				(input.budgetMaxCny() != null) ? input.budgetMaxCny() : current.budgetMaxCny(),
				(input.validUntil() != null) ? input.validUntil() : current.validUntil());
		LocalDate today = LocalDate.now(this.clock);
		Valid valid = validate(merged, current.regionCode(), current.validUntil(), today);
		int updated = this.jdbc.sql("""
				UPDATE exchange_listing SET factor = ?, language = ?, title = ?, description = ?, industries = ?,
				    region_code = ?, terms = ?, trl = ?, budget_min_cny = ?, budget_max_cny = ?, valid_until = ?,
				    version = version + 1, updated_at = ?
				WHERE id = ? AND version = ?""")
			.params(merged.factor().code(), valid.language, valid.title, valid.description,
					merged.industries().toArray(String[]::new), valid.region, merged.terms().toArray(String[]::new),
					merged.trl(), merged.budgetMinCny(), merged.budgetMaxCny(), valid.validUntil,
					OffsetDateTime.now(this.clock), id, version)
			.update();
		if (updated == 0) {
			throw conflict(current, version);
		}
		return changed(id, "edited", account.id());
	}

	@Override
	@Transactional
	public Listing transition(Account account, long id, int version, ListingStatus to) {
		Listing current = owned(account, id);
		List<ListingStatus> from = switch (to) {
			case PUBLISHED -> List.of(ListingStatus.DRAFT);
			case CLOSED -> List.of(ListingStatus.PUBLISHED, ListingStatus.MATCHED, ListingStatus.DRAFT);
			case DRAFT -> List.of(ListingStatus.CLOSED, ListingStatus.EXPIRED);
			default -> throw new InvalidInputException("status",
					"a listing is moved to published, closed or draft; matched and expired are set by the platform");
		};
		if (!from.contains(current.status())) {
			throw new StateException("listing " + id + " is " + current.status().code() + "; it cannot become "
					+ to.code() + " (only from " + String.join(" or ", from.stream().map(ListingStatus::code).toList())
					+ ")");
		}
		if (to == ListingStatus.PUBLISHED && current.validUntil().isBefore(LocalDate.now(this.clock))) {
			throw new StateException("listing " + id + " was valid until " + current.validUntil()
					+ "; extend valid_until before publishing it");
		}
		int updated = this.jdbc.sql(
				"UPDATE exchange_listing SET status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
			.params(to.code(), OffsetDateTime.now(this.clock), id, version)
			.update();
		if (updated == 0) {
			throw conflict(current, version);
		}
		String action = switch (to) {
			case PUBLISHED -> "published";
			case CLOSED -> "closed";
			default -> "reopened";
		};
		return changed(id, action, account.id());
	}

	/** Marks listings of an agreement as matched (by the platform, for the account). */
	void markMatched(Collection<Long> ids, long accountId) {
		for (long id : ids) {
			int updated = this.jdbc.sql("""
					UPDATE exchange_listing SET status = 'matched', version = version + 1, updated_at = ?
					WHERE id = ? AND status = 'published'""").params(OffsetDateTime.now(this.clock), id).update();
			if (updated == 1) {
				changed(id, "matched", accountId);
			}
		}
	}

	@Override
	@Scheduled(cron = "${corridor.exchange.expiry-cron:0 5 0 * * *}")
	@Transactional
	public int expire() {
		List<Long> ids = this.jdbc.sql("""
				UPDATE exchange_listing SET status = 'expired', version = version + 1, updated_at = ?
				WHERE status = 'published' AND valid_until < ? RETURNING id""")
			.params(OffsetDateTime.now(this.clock), LocalDate.now(this.clock))
			.query(Long.class)
			.list();
		ids.forEach((id) -> changed(id, "expired", null));
		return ids.size();
	}

	@Override
	public Optional<Listing> find(long id, Account viewer) {
		return load(id).filter((listing) -> visible(listing, viewer));
	}

	@Override
	public Page<Listing> browse(Filter filter, Account viewer, int offset, int limit) {
		StringBuilder where = new StringBuilder(" WHERE true");
		List<Object> params = new ArrayList<>();
		if (viewer == null || (!viewer.isAdmin() && viewer.organisationId() == null)) {
			where.append(" AND l.status IN ('published', 'matched')");
		}
		else if (!viewer.isAdmin()) {
			where.append(" AND (l.status IN ('published', 'matched') OR l.organisation_id = ?)");
			params.add(viewer.organisationId());
		}
		if (filter.kind() != null) {
			where.append(" AND l.kind = ?");
			params.add(filter.kind().code());
		}
		if (filter.factor() != null) {
			where.append(" AND l.factor = ?");
			params.add(filter.factor().code());
		}
		if (filter.industry() != null) {
			where.append(" AND ? = ANY (l.industries)");
			params.add(filter.industry());
		}
		if (filter.regionCode() != null) {
			where.append(" AND l.region_code LIKE ?");
			params.add(DivisionCodes.prefix(filter.regionCode()) + "%");
		}
		if (filter.status() != null) {
			where.append(" AND l.status = ?");
			params.add(filter.status().code());
		}
		if (filter.organisationId() != null) {
			where.append(" AND l.organisation_id = ?");
			params.add(filter.organisationId());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" AND (l.title ILIKE ? OR l.description ILIKE ? OR o.name ILIKE ?)");
			String like = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			params.add(like);
			params.add(like);
			params.add(like);
		}
		long total = this.jdbc
			.sql("SELECT count(*) FROM exchange_listing l JOIN actor_organisation o ON o.id = l.organisation_id"
					+ where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(offset);
		paged.add(limit);
		List<Listing> items = this.jdbc.sql(SELECT + where + " ORDER BY l.updated_at DESC, l.id DESC OFFSET ? LIMIT ?")
			.params(paged)
			.query(JdbcListings::listing)
			.list();
		return new Page<>(items, total, offset, limit);
	}

	@Override
	public List<ListingChange> history(long id, Account viewer) {
		Listing listing = load(id).filter((l) -> visible(l, viewer))
			.orElseThrow(() -> new UnknownException("listing", id));
		if (viewer == null || !(viewer.isAdmin() || viewer.actsFor(listing.organisationId()))) {
			throw new NotPermittedException("only members of the listing's organisation see its history");
		}
		return this.jdbc.sql("""
				SELECT version, action, status, account_id, at, snapshot::text FROM exchange_listing_history
				WHERE listing_id = ? ORDER BY id""").param(id).query((rs, n) -> {
			long account = rs.getLong("account_id");
			return new ListingChange(rs.getInt("version"), rs.getString("action"),
					ListingStatus.of(rs.getString("status")), rs.wasNull() ? null : account,
					rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("snapshot"));
		}).list();
	}

	/** Loads listings by id, in the order given, leaving out missing ones. */
	List<Listing> load(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Listing> found = this.jdbc.sql(SELECT + " WHERE l.id = ANY (?)")
			.param(ids.toArray(Long[]::new))
			.query(JdbcListings::listing)
			.list();
		List<Listing> ordered = new ArrayList<>();
		for (long id : ids) {
			found.stream().filter((l) -> l.id() == id).findFirst().ifPresent(ordered::add);
		}
		return ordered;
	}

	/** Every published listing, for rebuilding the index. */
	/**
	 * The published listings in id order, read {@code batch} at a time as the iteration
	 * goes (keyset paging), so that a million listings never sit in memory together.
	 */
	Iterable<Listing> publishedInBatches(int batch) {
		return () -> new java.util.Iterator<>() {

			private List<Listing> page = List.of();

			private int next;

			private long after = Long.MIN_VALUE;

			private boolean exhausted;

			@Override
			public boolean hasNext() {
				if (this.next < this.page.size()) {
					return true;
				}
				if (this.exhausted) {
					return false;
				}
				this.page = JdbcListings.this.jdbc
					.sql(SELECT + " WHERE l.status = 'published' AND l.id > ? ORDER BY l.id LIMIT ?")
					.params(this.after, batch)
					.query(JdbcListings::listing)
					.list();
				this.next = 0;
				this.exhausted = this.page.size() < batch;
				if (!this.page.isEmpty()) {
					this.after = this.page.get(this.page.size() - 1).id();
				}
				return !this.page.isEmpty();
			}

			@Override
			public Listing next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				return this.page.get(this.next++);
			}

		};
	}

	Optional<Listing> load(long id) {
		return this.jdbc.sql(SELECT + " WHERE l.id = ?").param(id).query(JdbcListings::listing).optional();
	}

	static boolean visible(Listing listing, Account viewer) {
		if (listing.status() == ListingStatus.PUBLISHED || listing.status() == ListingStatus.MATCHED) {
			return true;
		}
		return viewer != null && (viewer.isAdmin() || viewer.actsFor(listing.organisationId()));
	}

	private Listing owned(Account account, long id) {
		Listing listing = load(id).filter((l) -> visible(l, account))
			.orElseThrow(() -> new UnknownException("listing", id));
		if (account == null || !(account.isAdmin() || account.actsFor(listing.organisationId()))) {
			throw new NotPermittedException(
					"listing " + id + " belongs to " + listing.organisationName() + "; only its members change it");
		}
		return listing;
	}

	private static long owner(Account account, Long organisationId) {
		if (account == null) {
			throw new NotPermittedException("sign in to create listings");
		}
		if (account.role() == Role.ADMIN) {
			if (organisationId == null) {
				throw new InvalidInputException("organisation_id",
						"an administrator names the organisation a listing is for (organisation_id)");
			}
			return organisationId;
		}
		if (account.organisationId() == null) {
			throw new NotPermittedException("only members of an organisation create listings");
		}
		if (organisationId != null && organisationId.longValue() != account.organisationId()) {
			throw new NotPermittedException(
					"you act for organisation " + account.organisationId() + ", not " + organisationId);
		}
		return account.organisationId();
	}

	private VersionConflictException conflict(Listing current, int version) {
		int now = load(current.id()).map(Listing::version).orElse(current.version());
		return new VersionConflictException("listing " + current.id() + " is at version " + now + ", not " + version
				+ "; read it again and repeat the change", now);
	}

	private Listing changed(long id, String action, Long accountId) {
		Listing listing = load(id).orElseThrow();
		this.jdbc.sql("""
				INSERT INTO exchange_listing_history (listing_id, version, action, status, account_id, at, snapshot)
				VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)""")
			.params(id, listing.version(), action, listing.status().code(), accountId, OffsetDateTime.now(this.clock),
					JSON.writeValueAsString(listing))
			.update();
		this.changeListeners.forEach((listener) -> listener.accept(listing));
		return listing;
	}

	private record Valid(String language, String title, String description, String region, LocalDate validUntil) {

	}

	private Valid validate(ListingInput input, String defaultRegion, LocalDate defaultValidity, LocalDate today) {
		String title = (input.title() != null) ? input.title().strip() : "";
		if (title.isEmpty()) {
			throw new InvalidInputException("title", "title is required");
		}
		if (title.length() > ListingInput.MAX_TITLE) {
			throw new InvalidInputException("title",
					"title is " + title.length() + " characters long; the limit is " + ListingInput.MAX_TITLE);
		}
		String description = (input.description() != null) ? input.description().strip() : "";
		if (description.length() > ListingInput.MAX_DESCRIPTION) {
			throw new InvalidInputException("description",
					"description is " + String.format("%,d", description.length()) + " characters long; the limit is "
							+ String.format("%,d", ListingInput.MAX_DESCRIPTION));
		}
		if (title.indexOf('\0') >= 0 || description.indexOf('\0') >= 0) {
			throw new InvalidInputException("description", "text must not contain NUL characters");
		}
		String language = input.language();
		if (language == null || language.isBlank()) {
			language = Languages.detect(title + "\n" + description);
			if (!List.of("zh", "en", "de").contains(language)) {
				language = "en";
			}
		}
		else if (!List.of("zh", "en", "de").contains(language)) {
			throw new InvalidInputException("language", "language must be zh, en or de, not \"" + language + "\"");
		}
		if (input.industries().isEmpty()) {
			throw new InvalidInputException("industries", "name at least one industry of the taxonomy");
		}
		if (input.industries().size() > 5) {
			throw new InvalidInputException("industries", "name at most five industries");
		}
		this.industries.firstUnknown(input.industries()).ifPresent((code) -> {
			throw new InvalidInputException("industries", "unknown industry \"" + code + "\"; see /api/v1/industries");
		});
		String region = (input.regionCode() != null) ? input.regionCode() : defaultRegion;
		if (this.gazetteer.region(region).isEmpty()) {
			throw new InvalidInputException("region_code", "unknown region code \"" + region + "\"");
		}
		for (String term : input.terms()) {
			if (!ListingInput.TERMS.contains(term)) {
				throw new InvalidInputException("terms",
						"unknown term \"" + term + "\"; known: " + String.join(", ", ListingInput.TERMS));
			}
		}
		if (input.trl() != null) {
			if (input.factor() != Factor.TECHNOLOGY) {
				throw new InvalidInputException("trl", "a readiness level (trl) belongs to technology listings only");
			}
			if (input.trl() < 1 || input.trl() > 9) {
				throw new InvalidInputException("trl", "trl must be between 1 and 9, not " + input.trl());
			}
		}
		BigDecimal min = input.budgetMinCny();
		BigDecimal max = input.budgetMaxCny();
		if ((min != null && min.signum() < 0) || (max != null && max.signum() < 0)) {
			throw new InvalidInputException("budget_min_cny", "budgets are 0 yuan or more");
		}
		if (min != null && max != null && min.compareTo(max) > 0) {
			throw new InvalidInputException("budget_max_cny", "budget_max_cny must not be below budget_min_cny");
		}
		LocalDate validUntil = (input.validUntil() != null) ? input.validUntil() : defaultValidity;
		if (input.validUntil() != null && validUntil.isBefore(today)) {
			throw new InvalidInputException("valid_until", "valid_until " + validUntil + " is in the past");
		}
		if (validUntil.isAfter(today.plusYears(3))) {
			throw new InvalidInputException("valid_until", "a listing is valid for at most three years");
		}
		return new Valid(language, title, description, region, validUntil);
	}

	static Listing listing(ResultSet rs, int row) throws SQLException {
		int trl = rs.getInt("trl");
		Integer readiness = rs.wasNull() ? null : trl;
		return new Listing(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
				ListingKind.of(rs.getString("kind")), Factor.of(rs.getString("factor")), rs.getString("language"),
				rs.getString("title"), rs.getString("description"), SqlArrays.strings(rs.getArray("industries")),
				rs.getString("region_code"), SqlArrays.strings(rs.getArray("terms")), readiness,
				rs.getBigDecimal("budget_min_cny"), rs.getBigDecimal("budget_max_cny"),
				rs.getObject("valid_until", LocalDate.class), ListingStatus.of(rs.getString("status")),
				rs.getInt("version"), rs.getBoolean("demo"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
