package org.corridor.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.corridor.TestStore;
import org.corridor.exchange.Listing;
import org.corridor.exchange.ListingImports;
import org.corridor.exchange.Match;
import org.corridor.exchange.MatchIndex;
import org.corridor.store.Store;
import org.corridor.store.StoreSettings;
import org.corridor.support.CsvTable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance of the ranking on the labelled set of {@code exchange/relevance/} (40 needs,
 * 169 offers, graded judgments written independently of the ranking), in a store of its
 * own: nDCG@10 and recall@10 of the full ranking, compared with plain BM25 on the
 * listing's own text (the baseline). The figures are printed for docs/EVALUATION.md; the
 * floors guard against regressions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "corridor.demo-exchange=false", "corridor.demo-corpus=false" })
@ContextConfiguration(initializers = MatchRelevanceEvaluationTests.OwnStore.class)
class MatchRelevanceEvaluationTests {

	@Autowired
	ListingImports imports;

	@Autowired
	ExchangeMatches matches;

	@Autowired
	MatchIndex index;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcListings listings;

	@Test
	void rankingBeatsPlainBm25AndKeepsItsFloor() throws IOException {
		String csv = resource("exchange/relevance/listings.csv");
		CsvTable table = CsvTable.parse(csv, "listings.csv");
		StringBuilder organisations = new StringBuilder("key,name,type,region_code,industries,language\n");
		Set<String> seen = new LinkedHashSet<>();
		int orgColumn = table.column("organisation", "test");
		int regionColumn = table.column("region_code", "test");
		for (int row = 0; row < table.rowCount(); row++) {
			String key = table.text(row, orgColumn);
			if (seen.add(key)) {
				organisations.append(key)
					.append(',')
					.append(key)
					.append(",enterprise,")
					.append(table.text(row, regionColumn))
					.append(",,en\n");
			}
		}
		this.imports.importCsv(organisations.toString(), csv, "relevance.csv", false);
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("SELECT demo_key, id FROM exchange_listing WHERE demo_key LIKE 'relevance.csv#%'").query((rs) -> {
			ids.put(rs.getString(1).substring("relevance.csv#".length()), rs.getLong(2));
		});
		Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
		CsvTable judgments = CsvTable.parse(resource("exchange/relevance/judgments.csv"), "judgments.csv");
		for (int row = 0; row < judgments.rowCount(); row++) {
			judged.computeIfAbsent(judgments.text(row, 0), (k) -> new HashMap<>())
				.put(judgments.text(row, 1), Integer.parseInt(judgments.text(row, 2)));
		}
		Map<Long, String> keys = new HashMap<>();
		ids.forEach((k, v) -> keys.put(v, k));
		double ndcg = 0;
		double recall = 0;
		double baseNdcg = 0;
		double baseRecall = 0;
		for (Map.Entry<String, Map<String, Integer>> need : judged.entrySet()) {
			long id = ids.get(need.getKey());
			List<String> ranked = new ArrayList<>();
			for (Match match : this.matches.match(id, null, 10)) {
				ranked.add(keys.get(match.listing().id()));
			}
			Listing listing = this.listings.load(id).orElseThrow();
			String text = listing.title() + "\n" + listing.description();
			MatchIndex.Request request = this.matches.request(listing, text, Set.of(), LocalDate.now(), 10);
			List<String> baseline = new ArrayList<>();
			for (MatchIndex.Hit hit : this.index.textOnly(request)) {
				baseline.add(keys.get(hit.id()));
			}
			ndcg += ndcg(ranked, need.getValue());
			recall += recall(ranked, need.getValue());
			baseNdcg += ndcg(baseline, need.getValue());
			baseRecall += recall(baseline, need.getValue());
		}
		int n = judged.size();
		System.out.printf(Locale.ROOT,
				"relevance: %d needs; ranking nDCG@10 %.3f recall@10 %.3f; BM25 baseline nDCG@10 %.3f recall@10 %.3f%n",
				n, ndcg / n, recall / n, baseNdcg / n, baseRecall / n);
		assertThat(n).isGreaterThanOrEqualTo(30);
		assertThat(ndcg / n).isGreaterThan(baseNdcg / n);
		assertThat(ndcg / n).isGreaterThanOrEqualTo(FLOOR_NDCG);
		assertThat(recall / n).isGreaterThanOrEqualTo(FLOOR_RECALL);
	}

	static final double FLOOR_NDCG = 0.70;

	static final double FLOOR_RECALL = 0.80;

	/** nDCG@10 with gains 2^grade − 1 and the ideal ordering of all judged offers. */
	static double ndcg(List<String> ranked, Map<String, Integer> grades) {
		double dcg = 0;
		for (int i = 0; i < Math.min(10, ranked.size()); i++) {
			int grade = grades.getOrDefault(ranked.get(i), 0);
			dcg += (Math.pow(2, grade) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		List<Integer> ideal = new ArrayList<>(grades.values());
		ideal.sort((a, b) -> b - a);
		double idcg = 0;
		for (int i = 0; i < Math.min(10, ideal.size()); i++) {
			idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return (idcg > 0) ? dcg / idcg : 0;
	}

	/** The share of offers of grade 2 or 3 found in the top ten. */
	static double recall(List<String> ranked, Map<String, Integer> grades) {
		long relevant = grades.values().stream().filter((g) -> g >= 2).count();
		long found = ranked.stream().limit(10).filter((k) -> grades.getOrDefault(k, 0) >= 2).count();
		return (relevant > 0) ? (double) found / relevant : 0;
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = MatchRelevanceEvaluationTests.class.getClassLoader().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A store of the evaluation's own, so other tests' listings do not compete. */
	static final class OwnStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		private static Store store;

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			synchronized (OwnStore.class) {
				if (store == null) {
					store = Store.open(new StoreSettings(null, null, null, TestStore.freshDirectory("relevance")));
					Runtime.getRuntime().addShutdownHook(new Thread(store::close, "relevance-store-shutdown"));
				}
			}
			TestPropertyValues
				.of("spring.datasource.url=" + store.url(), "spring.datasource.username=" + store.user(),
						"spring.datasource.password=" + store.password())
				.applyTo(context);
		}

	}

}
