package org.corridor.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.corridor.exchange.ConceptThesaurus;
import org.corridor.exchange.Factor;
import org.corridor.exchange.ListingKind;
import org.corridor.exchange.MatchIndex;

/**
 * Synthetic listings for the match benchmarks, generated from the thesaurus: 2–5 concepts
 * each, labels in the listing's language (zh 40 %, en 35 %, de 25 %), six filler words
 * after each label, one of {@value #ORGANISATIONS} organisations, offer or need, a random
 * region and industry, valid for 1–700 days. The same seed gives the same listings.
 */
final class SyntheticListings {

	/** How many organisations own the listings (ids 1 to this). */
	static final int ORGANISATIONS = 50_000;

	/** Regions of the listings: the corridor's cities plus Chengdu and Chongqing. */
	static final List<String> REGIONS = List.of("310117", "330100", "330200", "320500", "320581", "340100", "330400",
			"320100", "510100", "500000", "330600", "320200");

	static final List<String> INDUSTRIES = List.of("batteries", "new_energy_vehicles", "integrated_circuits",
			"intelligent_equipment", "new_materials", "biomedicine", "artificial_intelligence", "digital_economy");

	private static final String[] FILLER_EN = "we offer seek partner project capacity development production team year support cooperation experience industrial scale quality"
		.split(" ");

	private static final String[] FILLER_DE = "wir suchen bieten Partner Projekt Kapazität Entwicklung Fertigung Team Jahr Unterstützung Kooperation Erfahrung industriell Qualität"
		.split(" ");

	private static final String[] FILLER_ZH = "我们 寻求 提供 合作 项目 产能 研发 生产 团队 年度 支持 经验 产业化 质量 企业".split(" ");

	private final ConceptThesaurus thesaurus;

	private final List<ConceptThesaurus.Concept> concepts;

	private final Random random;

	private final LocalDate today;

	SyntheticListings(ConceptThesaurus thesaurus, long seed, LocalDate today) {
		this.thesaurus = Objects.requireNonNull(thesaurus, "thesaurus");
		this.concepts = new ArrayList<>(thesaurus.concepts());
		this.random = new Random(seed);
		this.today = Objects.requireNonNull(today, "today");
	}

	/**
	 * One generated listing.
	 *
	 * @param title the first concept label
	 * @param description the rest of the text
	 * @param concepts the concepts whose labels the text carries
	 */
	record Listing(String language, String title, String description, Set<String> concepts, long organisationId,
			ListingKind kind, String industry, String regionCode, LocalDate validUntil) {

		/** Title and description as the index benchmark indexes them. */
		String text() {
			return this.title + " " + this.description;
		}

		MatchIndex.Entry entry(long id) {
			return new MatchIndex.Entry(id, 1, this.organisationId, this.kind, Factor.TECHNOLOGY, this.language, text(),
					List.of(this.industry), this.regionCode, this.concepts, this.validUntil);
		}

	}

	/** The next listing. */
	Listing next() {
		String language = language();
		Set<String> ids = new LinkedHashSet<>();
		StringBuilder text = new StringBuilder();
		String title = null;
		String[] filler = language.equals("zh") ? FILLER_ZH : language.equals("de") ? FILLER_DE : FILLER_EN;
		int k = 2 + this.random.nextInt(4);
		for (int c = 0; c < k; c++) {
			ConceptThesaurus.Concept concept = this.concepts.get(this.random.nextInt(this.concepts.size()));
			ids.add(concept.id());
			List<String> labels = concept.labels(language);
			String label = labels.get(this.random.nextInt(labels.size()));
			if (title == null) {
				title = label;
			}
			text.append(label).append(' ');
			for (int w = 0; w < 6; w++) {
				text.append(filler[this.random.nextInt(filler.length)]).append(language.equals("zh") ? "" : " ");
			}
		}
		long organisation = 1 + this.random.nextInt(ORGANISATIONS);
		ListingKind kind = this.random.nextBoolean() ? ListingKind.OFFER : ListingKind.NEED;
		String industry = INDUSTRIES.get(this.random.nextInt(INDUSTRIES.size()));
		String region = REGIONS.get(this.random.nextInt(REGIONS.size()));
		LocalDate validUntil = this.today.plusDays(1 + this.random.nextInt(700));
		return new Listing(language, title, text.substring(title.length() + 1), ids, organisation, kind, industry,
				region, validUntil);
	}

	/**
	 * The index request of a new generated need (organisation 1 excluded): its own text,
	 * the thesaurus labels of its concepts in the other two languages, its concepts and
	 * industry, the top 200 offers.
	 */
	MatchIndex.Request request() {
		Listing need = next();
		Map<String, String> translations = new LinkedHashMap<>();
		for (String language : List.of("zh", "en", "de")) {
			if (!language.equals(need.language())) {
				StringBuilder words = new StringBuilder();
				need.concepts()
					.forEach((c) -> this.thesaurus.concept(c)
						.ifPresent((x) -> x.labels(language).forEach((l) -> words.append(l).append(' '))));
				translations.put(language, words.toString());
			}
		}
		return new MatchIndex.Request(ListingKind.OFFER, 1, need.language(), need.text(), translations, need.concepts(),
				Set.of(need.industry()), this.today, 200);
	}

	private String language() {
		double r = this.random.nextDouble();
		return (r < 0.4) ? "zh" : (r < 0.75) ? "en" : "de";
	}

}
