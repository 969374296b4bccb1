package org.corridor.bench;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.corridor.CorridorApplication;
import org.corridor.exchange.ConceptThesaurus;
import org.corridor.exchange.Match;
import org.corridor.exchange.MatchIndex;
import org.corridor.exchange.Matches;
import org.corridor.exchange.internal.ExchangeInternals;
import org.corridor.store.Store;
import org.corridor.store.StoreSettings;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole match, end to end: {@link Matches#match} of the exchange (listing from
 * PostgreSQL, thesaurus, index candidates, ranking by text, concepts, chain, proximity,
 * groupings and cooperation history, top listings loaded from PostgreSQL) against N
 * synthetic listings in an embedded PostgreSQL, indexed on disk; in the same run, for the
 * same needs, the matching query alone and the plain BM25 query on the same index.
 * <p>
 * Steps: a fresh embedded store and index in a temporary directory; the application
 * without a web server; {@value SyntheticListings#ORGANISATIONS} organisations and N
 * published listings from {@link SyntheticListings} (seed 42, the listings of
 * {@link MatchIndexBenchmark}) copied in with PostgreSQL {@code COPY} in one transaction;
 * 2,000 cooperation events between the listings' cities in the last three years; the
 * index rebuilt through the exchange's own rebuild path (read every published listing,
 * find its concepts, write the index in one commit); then QUERIES random stored needs as
 * a warm-up pass and QUERIES other needs as the timed pass. For each need the three
 * measurements run one after another, the order rotated from need to need. Usage:
 * {@code bench/match-e2e N [QUERIES] [JVM options...]}.
 */
public final class MatchEndToEndBenchmark {

	private static final int EVENTS = 2_000;

	private static final int LIMIT = 10;

	private MatchEndToEndBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[0]);
		int queries = (args.length > 1) ? Integer.parseInt(args[1]) : 300;
		Path directory = Files.createTempDirectory("corridor-match-e2e");
		try (Store store = Store.open(new StoreSettings(null, null, null, directory.resolve("postgres")));
				ConfigurableApplicationContext context = context(store, directory.resolve("index"))) {
			run(context, n, queries);
		}
		finally {
			try (var files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	private static void run(ConfigurableApplicationContext context, int n, int queries)
			throws SQLException, IOException {
		DataSource dataSource = context.getBean(DataSource.class);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		ExchangeInternals internals = new ExchangeInternals(context);
		Matches matches = context.getBean(Matches.class);
		MatchIndex index = context.getBean(MatchIndex.class);

		long loadStarted = System.nanoTime();
		load(dataSource, n);
		jdbc.sql("ANALYZE").update();
		double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((p) -> p.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long indexStarted = System.nanoTime();
		long indexed = internals.rebuildIndex();
		double indexSeconds = (System.nanoTime() - indexStarted) / 1e9;
		long peak = heapPools.stream().mapToLong((p) -> p.getPeakUsage().getUsed()).sum();
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		if (indexed != n) {
			throw new IllegalStateException("the index holds " + indexed + " listings, not " + n);
		}

		List<Long> needs = jdbc
			.sql("SELECT id FROM exchange_listing WHERE kind = 'need' ORDER BY md5(id::text) LIMIT ?")
			.param(2 * queries)
			.query(Long.class)
			.list();
		long[] match = new long[queries];
		long[] candidates = new long[queries];
		long[] bm25 = new long[queries];
		long found = 0;
		Match sample = null;
		long[] gcBefore = new long[2];
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		for (int pass = 0; pass < 2; pass++) {
			if (pass == 1) {
				gcBefore = gc();
			}
			for (int q = 0; q < queries; q++) {
				long need = needs.get(pass * queries + q);
				MatchIndex.Request request = internals.request(need);
				List<Match> result = null;
				for (int step = 0; step < 3; step++) {
					int which = (q + step) % 3;
					long t0 = System.nanoTime();
					if (which == 0) {
						result = matches.match(need, null, LIMIT);
					}
					else if (which == 1) {
						index.candidates(request);
					}
					else {
						index.textOnly(request);
					}
					long elapsed = System.nanoTime() - t0;
					(which == 0 ? match : (which == 1) ? candidates : bm25)[q] = elapsed;
				}
				found += (pass == 1) ? result.size() : 0;
				if (sample == null && !result.isEmpty()) {
					sample = result.get(0);
				}
			}
		}
		long[] gcAfter = gc();
		Arrays.sort(match);
		Arrays.sort(candidates);
		Arrays.sort(bm25);
		System.out.printf(Locale.ROOT,
				"listings %,d: load %.1f s (%,.0f listings/s with COPY); indexing %,.0f listings/s (%.1f s, rebuild from the store); "
						+ "heap after indexing %d MB (peak during rebuild <= %d MB, max %d MB)%n"
						+ "match end to end p50 %.2f ms p99 %.2f ms (mean %.1f matches of %d); matching query alone p50 %.2f ms p99 %.2f ms; "
						+ "plain BM25 p50 %.2f ms p99 %.2f ms; ratio end to end / BM25 p50 %.2f p99 %.2f%n"
						+ "p95: match %.2f ms, matching query %.2f ms, BM25 %.2f ms; timed pass: %d collections, %d ms in GC; "
						+ "load average %.2f on %d processors%n",
				n, loadSeconds, n / loadSeconds, n / indexSeconds, indexSeconds, heap >> 20, peak >> 20,
				Runtime.getRuntime().maxMemory() >> 20, ms(match, 0.5), ms(match, 0.99), (double) found / queries,
				LIMIT, ms(candidates, 0.5), ms(candidates, 0.99), ms(bm25, 0.5), ms(bm25, 0.99),
				ms(match, 0.5) / ms(bm25, 0.5), ms(match, 0.99) / ms(bm25, 0.99), ms(match, 0.95), ms(candidates, 0.95),
				ms(bm25, 0.95), gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], load,
				Runtime.getRuntime().availableProcessors());
		if (sample != null) {
			System.out.println("sample match: listing " + sample.listing().id() + " score " + sample.score() + " "
					+ sample.reasons().stream().map((r) -> r.part() + "=" + r.value()).toList());
		}
	}

	/** Collections and milliseconds in them so far, over all collectors. */
	private static long[] gc() {
		long count = 0;
		long time = 0;
		for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, bean.getCollectionCount());
			time += Math.max(0, bean.getCollectionTime());
		}
		return new long[] { count, time };
	}

	/** The application without a web server on the store, with the index on disk. */
	private static ConfigurableApplicationContext context(Store store, Path index) {
		SpringApplication application = CorridorApplication.application();
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setRegisterShutdownHook(false);
		return application.run("--spring.datasource.url=" + store.url(), "--spring.datasource.username=" + store.user(),
				"--spring.datasource.password=" + ((store.password() != null) ? store.password() : ""),
				"--corridor.exchange.index-directory=" + index.toAbsolutePath(), "--logging.level.root=WARN",
				"--spring.main.banner-mode=off", "--corridor.demo-corpus=false", "--corridor.demo-exchange=false");
	}

	/**
	 * Organisations, listings (ids 1..n, the generator's order) and cooperation events,
	 * with {@code COPY} in one transaction.
	 */
	private static void load(DataSource dataSource, int n) throws SQLException, IOException {
		String now = OffsetDateTime.now().toString();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder rows = new StringBuilder();
			for (int o = 1; o <= SyntheticListings.ORGANISATIONS; o++) {
				rows.append(o)
					.append("\tSynthetic organisation ")
					.append(o)
					.append("\tenterprise\t")
					.append(SyntheticListings.REGIONS.get(o % SyntheticListings.REGIONS.size()))
					.append("\t{")
					.append(SyntheticListings.INDUSTRIES.get(o % SyntheticListings.INDUSTRIES.size()))
					.append("}\tzh\t")
					.append(now)
					.append('\n');
			}
			copy.copyIn(
					"COPY actor_organisation (id, name, type, region_code, industries, language, created_at) FROM STDIN",
					new StringReader(rows.toString()));
			SyntheticListings synthetic = new SyntheticListings(ConceptThesaurus.bundled(), 42, LocalDate.now());
			int batch = 50_000;
			for (int from = 0; from < n; from += batch) {
				rows.setLength(0);
				for (int i = from; i < Math.min(n, from + batch); i++) {
					SyntheticListings.Listing listing = synthetic.next();
					rows.append(i + 1)
						.append('\t')
						.append(listing.organisationId())
						.append('\t')
						.append(listing.kind().code())
						.append("\ttechnology\t")
						.append(listing.language())
						.append('\t')
						.append(escape(listing.title()))
						.append('\t')
						.append(escape(listing.description()))
						.append("\t{")
						.append(listing.industry())
						.append("}\t")
						.append(listing.regionCode())
						.append('\t')
						.append(listing.validUntil())
						.append("\tpublished\t")
						.append(now)
						.append('\t')
						.append(now)
						.append('\n');
				}
				copy.copyIn(
						"COPY exchange_listing (id, organisation_id, kind, factor, language, title, description, "
								+ "industries, region_code, valid_until, status, created_at, updated_at) FROM STDIN",
						new StringReader(rows.toString()));
			}
			try (var statement = connection.createStatement()) {
				statement.execute("SELECT setval(pg_get_serial_sequence('actor_organisation', 'id'), "
						+ SyntheticListings.ORGANISATIONS + ")");
				statement.execute("SELECT setval(pg_get_serial_sequence('exchange_listing', 'id'), " + n + ")");
			}
			cooperation(connection, now);
			connection.commit();
		}
	}

	/**
	 * Cooperation events between two random cities of the listings, on random days of the
	 * last three years: what the history part of the ranking counts.
	 */
	private static void cooperation(Connection connection, String now) throws SQLException {
		Random random = new Random(7);
		LocalDate today = LocalDate.now();
		try (PreparedStatement event = connection.prepareStatement(
				"""
						INSERT INTO cooperation_event (id, type, occurred_on, title, origin, origin_ref, review_status, created_at)
						VALUES (?, 'agreement', ?, ?, 'manual', ?, 'confirmed', ?::timestamptz)""");
				PreparedStatement party = connection.prepareStatement("""
						INSERT INTO cooperation_party (event_id, kind, ref, name, region_code)
						VALUES (?, 'region', ?, ?, ?)""")) {
			List<String> regions = new ArrayList<>(SyntheticListings.REGIONS);
			for (int e = 1; e <= EVENTS; e++) {
				event.setLong(1, e);
				event.setObject(2, today.minusDays(random.nextInt(3 * 365)));
				event.setString(3, "Synthetic agreement " + e);
				event.setString(4, "bench-" + e);
				event.setString(5, now);
				event.addBatch();
				int a = random.nextInt(regions.size());
				int b = (a + 1 + random.nextInt(regions.size() - 1)) % regions.size();
				for (int r : new int[] { a, b }) {
					party.setLong(1, e);
					party.setString(2, regions.get(r));
					party.setString(3, regions.get(r));
					party.setString(4, regions.get(r));
					party.addBatch();
				}
			}
			event.executeBatch();
			party.executeBatch();
			try (var statement = connection.createStatement()) {
				statement.execute("SELECT setval(pg_get_serial_sequence('cooperation_event', 'id'), " + EVENTS + ")");
			}
		}
	}

	/** A value in PostgreSQL's COPY text format. */
	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static double ms(long[] sorted, double q) {
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
	}

}
