package org.corridor.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.corridor.exchange.ConceptThesaurus;
import org.corridor.exchange.Factor;
import org.corridor.exchange.ListingKind;
import org.corridor.exchange.MatchIndex;
import org.corridor.exchange.internal.LuceneMatchIndex;

/**
 * Synthetic listings at scale: indexing throughput, then the latency of the matching
 * query (candidates with text scores, concepts and industries: what a match asks of the
 * index) against the plain BM25 query on the listing's own text, on the same index, for
 * the same needs. Listings are generated from the thesaurus: 2–5 concepts each, labels in
 * the listing's language (zh 40 %, en 35 %, de 25 %), filler words, a random region and
 * industry. Usage: {@code bench/match N [QUERIES]}.
 */
public final class MatchIndexBenchmark {

	private static final String[] FILLER_EN = "we offer seek partner project capacity development production team year support cooperation experience industrial scale quality"
		.split(" ");

	private static final String[] FILLER_DE = "wir suchen bieten Partner Projekt Kapazität Entwicklung Fertigung Team Jahr Unterstützung Kooperation Erfahrung industriell Qualität"
		.split(" ");

	private static final String[] FILLER_ZH = "我们 寻求 提供 合作 项目 产能 研发 生产 团队 年度 支持 经验 产业化 质量 企业".split(" ");

	private static final String[] REGIONS = { "310117", "330100", "330200", "320500", "320581", "340100", "330400",
			"320100", "510100", "500000", "330600", "320200" };

	private static final String[] INDUSTRIES = { "batteries", "new_energy_vehicles", "integrated_circuits",
			"intelligent_equipment", "new_materials", "biomedicine", "artificial_intelligence", "digital_economy" };

	private MatchIndexBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[0]);
		int queries = (args.length > 1) ? Integer.parseInt(args[1]) : 300;
		ConceptThesaurus thesaurus = ConceptThesaurus.bundled();
		List<ConceptThesaurus.Concept> concepts = new ArrayList<>(thesaurus.concepts());
		Random random = new Random(42);
		Path directory = Files.createTempDirectory("corridor-match-bench");
		LocalDate today = LocalDate.now();
		try (LuceneMatchIndex index = LuceneMatchIndex.on(directory)) {
			long started = System.nanoTime();
			int batch = 10_000;
			for (int from = 0; from < n; from += batch) {
				List<MatchIndex.Entry> entries = new ArrayList<>(batch);
				for (int i = from; i < Math.min(n, from + batch); i++) {
					entries.add(entry(i + 1, random, concepts, today));
				}
				index.put(entries);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			System.gc();
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			long[] full = new long[queries];
			long[] bm25 = new long[queries];
			for (int warm = 0; warm < 2; warm++) {
				for (int q = 0; q < queries; q++) {
					MatchIndex.Request request = request(random, concepts, thesaurus, today);
					long t0 = System.nanoTime();
					index.candidates(request);
					long t1 = System.nanoTime();
					index.textOnly(request);
					long t2 = System.nanoTime();
					full[q] = t1 - t0;
					bm25[q] = t2 - t1;
				}
			}
			Arrays.sort(full);
			Arrays.sort(bm25);
			System.out.printf(Locale.ROOT,
					"listings %,d: indexing %.0f listings/s (%.1f s); heap after indexing %d MB; matching query p50 %.2f ms p99 %.2f ms; plain BM25 p50 %.2f ms p99 %.2f ms; ratio p50 %.2f%n",
					n, n / seconds, seconds, heap / (1024 * 1024), ms(full, 0.5), ms(full, 0.99), ms(bm25, 0.5),
					ms(bm25, 0.99), ms(full, 0.5) / ms(bm25, 0.5));
		}
		finally {
			try (var files = Files.walk(directory)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	private static double ms(long[] sorted, double q) {
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
	}

	private static String language(Random random) {
		double r = random.nextDouble();
		return (r < 0.4) ? "zh" : (r < 0.75) ? "en" : "de";
	}

	private static MatchIndex.Entry entry(long id, Random random, List<ConceptThesaurus.Concept> concepts,
			LocalDate today) {
		String language = language(random);
		Set<String> ids = new LinkedHashSet<>();
		StringBuilder text = new StringBuilder();
		String[] filler = language.equals("zh") ? FILLER_ZH : language.equals("de") ? FILLER_DE : FILLER_EN;
		int k = 2 + random.nextInt(4);
		for (int c = 0; c < k; c++) {
			ConceptThesaurus.Concept concept = concepts.get(random.nextInt(concepts.size()));
			ids.add(concept.id());
			List<String> labels = concept.labels(language);
			text.append(labels.get(random.nextInt(labels.size()))).append(' ');
			for (int w = 0; w < 6; w++) {
				text.append(filler[random.nextInt(filler.length)]).append(language.equals("zh") ? "" : " ");
			}
		}
		return new MatchIndex.Entry(id, 1, 1 + random.nextInt(50_000),
				random.nextBoolean() ? ListingKind.OFFER : ListingKind.NEED, Factor.TECHNOLOGY, language,
				text.toString(), List.of(INDUSTRIES[random.nextInt(INDUSTRIES.length)]),
				REGIONS[random.nextInt(REGIONS.length)], ids, today.plusDays(1 + random.nextInt(700)));
	}

	private static MatchIndex.Request request(Random random, List<ConceptThesaurus.Concept> concepts,
			ConceptThesaurus thesaurus, LocalDate today) {
		MatchIndex.Entry need = entry(0, random, concepts, today);
		Map<String, String> translations = new LinkedHashMap<>();
		for (String language : List.of("zh", "en", "de")) {
			if (!language.equals(need.language())) {
				StringBuilder words = new StringBuilder();
				need.concepts()
					.forEach((c) -> thesaurus.concept(c)
						.ifPresent((x) -> x.labels(language).forEach((l) -> words.append(l).append(' '))));
				translations.put(language, words.toString());
			}
		}
		return new MatchIndex.Request(ListingKind.OFFER, 1, need.language(), need.text(), translations, need.concepts(),
				Set.copyOf(need.industries()), today, 200);
	}

}
