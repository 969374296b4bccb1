package org.corridor.ingest.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corridor.geo.Gazetteer;
import org.corridor.ingest.DocumentIngested;
import org.corridor.ingest.Documents;
import org.corridor.ingest.Extraction;
import org.corridor.ingest.Extractor;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Documents} in PostgreSQL: one transaction per document, keyed by SHA-256. A new
 * document's {@link DocumentIngested} is published inside that transaction, after its
 * facts are stored.
 */
@Repository
class JdbcDocuments implements Documents {

	private static final Set<String> SUPPORTED = Set.of("zh", "en", "de");

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Extractor extractor;

	private final Gazetteer gazetteer;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	JdbcDocuments(JdbcClient jdbc, TransactionTemplate transactions, Gazetteer gazetteer, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.extractor = new Extractor(gazetteer);
		this.gazetteer = gazetteer;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public Ingested ingest(byte[] bytes, String fileName, LocalDate published, Long enteredBy) {
		Extractor.Read read = this.extractor.read(bytes, fileName, published);
		Extraction extraction = read.extraction();
		String text = read.text();
		String sha = extraction.source().sha256();
		boolean supported = SUPPORTED.contains(extraction.source().language());
		Extraction stored = supported ? extraction : new Extraction(extraction.schema(), extraction.source(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of());
		return this.transactions.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(sha).query().singleRow();
			Long existing = this.jdbc.sql("SELECT id FROM ingest_document WHERE sha256 = ?")
				.param(sha)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (existing != null) {
				return new Ingested(existing, false, extraction.source().language(), supported, stored.regions().size(),
						stored.events().size(), stored.targets().size(), stored.figures().size());
			}
			long id = this.jdbc
				.sql("""
						INSERT INTO ingest_document (sha256, file_name, language, supported, published, title, text, extraction, ingested_at,
						    entered_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?) RETURNING id
						""")
				.params(sha, fileName, extraction.source().language(), supported,
						(extraction.source().published() != null) ? Date.valueOf(extraction.source().published())
								: null,
						extraction.source().title(), text, JSON.writeValueAsString(stored),
						OffsetDateTime.now(this.clock), enteredBy)
				.query(Long.class)
				.single();
			for (Extraction.RegionFact r : stored.regions()) {
				r.mentions().forEach((m) -> mention(id, "region", r.code(), m));
			}
			for (Extraction.GroupingFact g : stored.groupings()) {
				g.mentions().forEach((m) -> mention(id, "grouping", g.id(), m));
			}
			for (Extraction.OrganisationFact o : stored.organisations()) {
				o.mentions().forEach((m) -> mention(id, "organisation", o.name(), m));
			}
			Map<String, String> organisationRegions = organisationRegions(stored.organisations());
			List<DocumentIngested.Event> found = new ArrayList<>();
			for (Extraction.EventFact e : stored.events()) {
				String region = (e.location() != null) ? e.location().code()
						: e.actors()
							.stream()
							.filter((a) -> "region".equals(a.kind()))
							.map(Extraction.Actor::ref)
							.findFirst()
							.orElse(null);
				long factId = fact(id, "event", e.type(), region, e.date(), null, null, null, e, e.evidence());
				found.add(event(factId, e, organisationRegions));
			}
			List<DocumentIngested.Quantity> quantities = new ArrayList<>();
			for (Extraction.TargetFact t : stored.targets()) {
				long factId = fact(id, "target", t.indicator(), (t.subject() != null) ? t.subject().ref() : null, null,
						(t.deadline() != null) ? String.valueOf(t.deadline()) : null, t.value(), t.unit(), t,
						t.evidence());
				if (ofRegion(t.subject()) && t.deadline() != null && !t.indicator().equals("other")) {
					quantities.add(new DocumentIngested.Quantity(factId, "target", t.subject().ref(), t.indicator(),
							t.value(), t.unit(), String.valueOf(t.deadline()), t.evidence().text()));
				}
			}
			for (Extraction.FigureFact f : stored.figures()) {
				long factId = fact(id, "figure", f.indicator(), (f.subject() != null) ? f.subject().ref() : null, null,
						f.period(), f.value(), f.unit(), f, f.evidence());
				if (ofRegion(f.subject()) && f.period() != null && !f.indicator().equals("other")) {
					quantities.add(new DocumentIngested.Quantity(factId, "figure", f.subject().ref(), f.indicator(),
							f.value(), f.unit(), f.period(), f.evidence().text()));
				}
			}
			this.events.publishEvent(new DocumentIngested(id, extraction.source().title(),
					(extraction.source().published() != null) ? LocalDate.parse(extraction.source().published()) : null,
					found, quantities));
			return new Ingested(id, true, extraction.source().language(), supported, stored.regions().size(),
					stored.events().size(), stored.targets().size(), stored.figures().size());
		});
	}

	@Override
	public List<DocumentIngested> replay() {
		Map<Long, DocumentIngested> documents = new LinkedHashMap<>();
		Map<Long, List<DocumentIngested.Event>> read = new HashMap<>();
		this.jdbc.sql("""
				SELECT d.id AS document_id, d.title, d.published, d.extraction -> 'organisations' AS organisations,
				    f.id AS fact_id, f.fact
				FROM ingest_fact f JOIN ingest_document d ON d.id = f.document_id
				WHERE f.kind = 'event' AND f.review_status <> 'rejected'
				ORDER BY d.id, f.id""").query((rs) -> {
			long documentId = rs.getLong("document_id");
			if (!documents.containsKey(documentId)) {
				Date published = rs.getDate("published");
				List<DocumentIngested.Event> events = new ArrayList<>();
				read.put(documentId, events);
				documents.put(documentId, new DocumentIngested(documentId, rs.getString("title"),
						(published != null) ? published.toLocalDate() : null, events));
			}
			String organisations = rs.getString("organisations");
			Map<String, String> organisationRegions = (organisations != null)
					? organisationRegions(List.of(JSON.readValue(organisations, Extraction.OrganisationFact[].class)))
					: Map.of();
			read.get(documentId)
				.add(event(rs.getLong("fact_id"), JSON.readValue(rs.getString("fact"), Extraction.EventFact.class),
						organisationRegions));
		});
		Map<Long, List<DocumentIngested.Quantity>> quantities = new HashMap<>();
		this.jdbc.sql("""
				SELECT f.document_id, d.title, d.published, f.id, f.kind, f.region_code, f.type, f.value, f.unit,
				    f.period, f.evidence_text
				FROM ingest_fact f JOIN ingest_document d ON d.id = f.document_id
				WHERE f.kind IN ('target', 'figure') AND f.review_status <> 'rejected' AND f.region_code IS NOT NULL
				  AND f.value IS NOT NULL AND f.unit IS NOT NULL AND f.period IS NOT NULL
				ORDER BY f.document_id, f.id""").query((rs) -> {
			long documentId = rs.getLong("document_id");
			if (!documents.containsKey(documentId)) {
				Date published = rs.getDate("published");
				read.put(documentId, new ArrayList<>());
				documents.put(documentId, new DocumentIngested(documentId, rs.getString("title"),
						(published != null) ? published.toLocalDate() : null, List.of()));
			}
			quantities.computeIfAbsent(documentId, (k) -> new ArrayList<>())
				.add(new DocumentIngested.Quantity(rs.getLong("id"), rs.getString("kind"), rs.getString("region_code"),
						rs.getString("type"), rs.getDouble("value"), rs.getString("unit"), rs.getString("period"),
						rs.getString("evidence_text")));
		});
		return documents.values()
			.stream()
			.map((d) -> new DocumentIngested(d.documentId(), d.title(), d.published(), read.get(d.documentId()),
					quantities.getOrDefault(d.documentId(), List.of())))
			.toList();
	}

	private static Map<String, String> organisationRegions(List<Extraction.OrganisationFact> organisations) {
		Map<String, String> regions = new HashMap<>();
		for (Extraction.OrganisationFact o : organisations) {
			if (o.regionCode() != null) {
				regions.put(o.name(), o.regionCode());
			}
		}
		return regions;
	}

	/**
	 * An event fact as published: its actors, then its place, each once.
	 */
	private static boolean ofRegion(Extraction.Actor subject) {
		return subject != null && "region".equals(subject.kind()) && subject.ref() != null
				&& subject.ref().matches("\\d{6}");
	}

	private DocumentIngested.Event event(long factId, Extraction.EventFact fact,
			Map<String, String> organisationRegions) {
		Map<String, DocumentIngested.Party> parties = new LinkedHashMap<>();
		for (Extraction.Actor actor : fact.actors()) {
			String regionCode = "region".equals(actor.kind()) ? actor.ref() : organisationRegions.get(actor.ref());
			parties.putIfAbsent(actor.kind() + ":" + actor.ref(),
					new DocumentIngested.Party(actor.kind(), actor.ref(), actor.name(), known(regionCode), false));
		}
		if (fact.location() != null) {
			parties.putIfAbsent("region:" + fact.location().code(), new DocumentIngested.Party("region",
					fact.location().code(), fact.location().nameEn(), known(fact.location().code()), true));
		}
		LocalDate date = null;
		if (fact.date() != null) {
			try {
				date = LocalDate.parse(fact.date());
			}
			catch (java.time.format.DateTimeParseException ex) {
				date = null;
			}
		}
		return new DocumentIngested.Event(factId, fact.type(), date, List.copyOf(parties.values()),
				fact.evidence().text());
	}

	private String known(String regionCode) {
		return (regionCode != null && this.gazetteer.region(regionCode).isPresent()) ? regionCode : null;
	}

	private void mention(long id, String kind, String ref, Extraction.Span span) {
		this.jdbc.sql(
				"INSERT INTO ingest_mention (document_id, kind, ref, name, start_cp, end_cp) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, kind, ref, span.text(), span.start(), span.end())
			.update();
	}

	private long fact(long id, String kind, String type, String region, String date, String period, Double value,
			String unit, Object fact, Extraction.Span evidence) {
		String code = known(region);
		return this.jdbc.sql("""
				INSERT INTO ingest_fact (document_id, kind, type, region_code, event_date, period, value, unit, fact,
				    evidence_start, evidence_end, evidence_text)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?) RETURNING id
				""")
			.params(id, kind, type, code, (date != null) ? Date.valueOf(date) : null, period, value, unit,
					JSON.writeValueAsString(fact), evidence.start(), evidence.end(), evidence.text())
			.query(Long.class)
			.single();
	}

	private static final String SUMMARY = """
			SELECT d.id, d.file_name, d.sha256, d.language, d.supported, d.published, d.title,
			    (SELECT count(*) FROM ingest_fact f WHERE f.document_id = d.id AND f.kind = 'event') AS events,
			    (SELECT count(*) FROM ingest_fact f WHERE f.document_id = d.id AND f.kind = 'target') AS targets,
			    (SELECT count(*) FROM ingest_fact f WHERE f.document_id = d.id AND f.kind = 'figure') AS figures
			FROM ingest_document d
			""";

	@Override
	public List<Summary> list(int page, int size) {
		return this.jdbc.sql(SUMMARY + " ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT ? OFFSET ?")
			.params(size, (long) page * size)
			.query(JdbcDocuments::summary)
			.list();
	}

	@Override
	public List<Summary> search(String text, int limit) {
		return this.jdbc.sql(SUMMARY + " WHERE strpos(lower(coalesce(d.title, '')), lower(?)) > 0"
				+ " OR strpos(lower(d.file_name), lower(?)) > 0 ORDER BY d.published DESC NULLS LAST, d.id DESC LIMIT ?")
			.params(text, text, limit)
			.query(JdbcDocuments::summary)
			.list();
	}

	@Override
	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM ingest_document").query(Long.class).single();
	}

	@Override
	public Optional<Detail> find(long id) {
		return this.jdbc.sql(SUMMARY + " WHERE d.id = ?")
			.param(id)
			.query(JdbcDocuments::summary)
			.optional()
			.map((summary) -> this.jdbc
				.sql("SELECT text, extraction::text AS extraction FROM ingest_document WHERE id = ?")
				.param(id)
				.query((rs, row) -> new Detail(summary, rs.getString("text"), rs.getString("extraction")))
				.single());
	}

	@Override
	public List<Fact> facts(String kind, String regionCode, String type, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT * FROM ingest_fact
				WHERE kind = :kind AND (CAST(:region AS text) IS NULL OR region_code = :region)
				  AND (CAST(:type AS text) IS NULL OR type = :type)
				  AND (CAST(:from AS date) IS NULL OR event_date >= :from)
				  AND (CAST(:to AS date) IS NULL OR event_date <= :to)
				ORDER BY event_date NULLS LAST, id
				""")
			.param("kind", kind)
			.param("region", regionCode)
			.param("type", type)
			.param("from", (from != null) ? Date.valueOf(from) : null)
			.param("to", (to != null) ? Date.valueOf(to) : null)
			.query((rs, row) -> {
				double value = rs.getDouble("value");
				Double v = rs.wasNull() ? null : value;
				Date date = rs.getDate("event_date");
				return new Fact(rs.getLong("id"), rs.getLong("document_id"), rs.getString("kind"), rs.getString("type"),
						rs.getString("region_code"), (date != null) ? date.toLocalDate().toString() : null,
						rs.getString("period"), v, rs.getString("unit"), rs.getString("fact"),
						rs.getInt("evidence_start"), rs.getInt("evidence_end"), rs.getString("evidence_text"),
						rs.getString("review_status"));
			})
			.list();
	}

	private static Summary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Date published = rs.getDate("published");
		return new Summary(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"),
				rs.getString("language"), rs.getBoolean("supported"),
				(published != null) ? published.toLocalDate() : null, rs.getString("title"), rs.getInt("events"),
				rs.getInt("targets"), rs.getInt("figures"));
	}

}
