package org.corridor.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.corridor.account.Account;
import org.corridor.actor.Industries;
import org.corridor.actor.Industry;
import org.corridor.analytics.GravityModel;
import org.corridor.cooperation.CooperationRecord;
import org.corridor.exchange.ConceptThesaurus;
import org.corridor.exchange.Listing;
import org.corridor.exchange.ListingKind;
import org.corridor.exchange.Match;
import org.corridor.exchange.MatchIndex;
import org.corridor.exchange.Matches;
import org.corridor.exchange.RankingWeights;
import org.corridor.exchange.UnknownException;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.GeoPoint;
import org.corridor.geo.Grouping;
import org.corridor.geo.Membership;
import org.corridor.geo.Region;
import org.corridor.support.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Ranks the other side of a listing. Candidates come from the {@link MatchIndex}; each is
 * scored by six parts in [0, 1], weighted by {@link RankingWeights}:
 * <ul>
 * <li>text: the BM25 score of the listing's text (own language, plus the thesaurus labels
 * of its concepts in the other two) divided by the best such score among the candidates;
 * <li>concepts: Σ idf(c) over shared concepts / Σ idf(c) over the listing's concepts, idf
 * = ln(1 + N / (1 + df));
 * <li>chain: 1 when a concept of the offer feeds a concept of the need, 0.6 when an
 * industry of the offer supplies one of the need's, 0.5 when the need's concept feeds the
 * offer's (the other direction), 0.4 for a shared industry;
 * <li>proximity: exp(−d / 400 km) of the great-circle distance between the regions;
 * <li>grouping: 1 − 0.5^n for n groupings (corridors, clusters) both belong to today;
 * <li>history: 1 − exp(−n / 2) for n events of the cooperation record between the two
 * cities in the last three years.
 * </ul>
 * Cost: one index query of at most {@value #CANDIDATES} candidates, then linear in them.
 */
@Service
class ExchangeMatches implements Matches {

	static final int CANDIDATES = 200;

	private static final double PROXIMITY_KM = 400;

	private final JdbcListings listings;

	private final MatchIndex index;

	private final ConceptThesaurus thesaurus;

	private final Industries industries;

	private final Gazetteer gazetteer;

	private final CooperationRecord record;

	private final RankingWeights weights;

	private final Clock clock;

	private final Map<String, Set<String>> groupingsOf = new ConcurrentHashMap<>();

	private volatile History history;

	ExchangeMatches(JdbcListings listings, MatchIndex index, ConceptThesaurus thesaurus, Industries industries,
			Gazetteer gazetteer, CooperationRecord record, RankingWeights weights, Clock clock) {
		this.listings = listings;
		this.index = index;
		this.thesaurus = thesaurus;
		this.industries = industries;
		this.gazetteer = gazetteer;
		this.record = record;
		this.weights = weights;
		this.clock = clock;
	}

	@Override
	public List<Match> match(long listingId, Account viewer, int limit) {
		if (limit < 1 || limit > 100) {
			throw new InvalidInputException("limit", "limit must be between 1 and 100, not " + limit);
		}
		Listing listing = this.listings.find(listingId, viewer)
			.orElseThrow(() -> new UnknownException("listing", listingId));
		LocalDate today = LocalDate.now(this.clock);
		String text = listing.title() + "\n" + listing.description();
		Set<String> concepts = this.thesaurus.find(text);
		List<MatchIndex.Hit> hits = this.index.candidates(request(listing, text, concepts, today, CANDIDATES));
		double bestText = hits.stream().mapToDouble(MatchIndex.Hit::textScore).max().orElse(0);
		long size = Math.max(1, this.index.size());
		Map<String, Double> idf = new LinkedHashMap<>();
		for (String concept : concepts) {
			idf.put(concept, Math.log(1 + (double) size / (1 + this.index.conceptFrequency(concept))));
		}
		History cooperation = history(today);
		List<Scored> scored = new ArrayList<>();
		for (MatchIndex.Hit hit : hits) {
			if (hit.id() == listing.id() || hit.organisationId() == listing.organisationId()) {
				continue;
			}
			List<Match.Reason> reasons = new ArrayList<>();
			reasons.add(textReason(hit, bestText));
			reasons.add(conceptReason(idf, hit));
			reasons.add(chainReason(listing, concepts, hit));
			reasons.addAll(placeReasons(listing.regionCode(), hit.regionCode(), cooperation));
			double score = reasons.stream().mapToDouble(Match.Reason::contribution).sum();
			scored.add(new Scored(hit.id(), score, reasons));
		}
		scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::id));
		List<Scored> top = scored.subList(0, Math.min(scored.size(), limit * 2));
		Map<Long, Listing> found = new HashMap<>();
		this.listings.load(top.stream().map(Scored::id).toList()).forEach((l) -> found.put(l.id(), l));
		List<Match> matches = new ArrayList<>();
		for (Scored s : top) {
			Listing other = found.get(s.id());
			if (other != null && other.matchableOn(today) && matches.size() < limit) {
				matches.add(new Match(other, round(s.score()), s.reasons()));
			}
		}
		return matches;
	}

	/** The index request for a listing: the other kind, its text, concepts and chain. */
	MatchIndex.Request request(Listing listing, String text, Set<String> concepts, LocalDate day, int limit) {
		Map<String, String> translations = new LinkedHashMap<>();
		for (String language : LuceneMatchIndex.LANGUAGES) {
			if (language.equals(listing.language())) {
				continue;
			}
			StringBuilder words = new StringBuilder();
			for (String id : concepts) {
				this.thesaurus.concept(id)
					.ifPresent((c) -> c.labels(language).forEach((label) -> words.append(label).append(' ')));
			}
			if (!words.isEmpty()) {
				translations.put(language, words.toString());
			}
		}
		Set<String> favoured = new LinkedHashSet<>(listing.industries());
		for (String industry : listing.industries()) {
			favoured.addAll((listing.kind() == ListingKind.NEED) ? this.industries.upstreamOf(industry)
					: this.industries.downstreamOf(industry));
		}
		ListingKind wanted = (listing.kind() == ListingKind.NEED) ? ListingKind.OFFER : ListingKind.NEED;
		return new MatchIndex.Request(wanted, listing.organisationId(), listing.language(), text, translations,
				concepts, favoured, day, limit);
	}

	private Match.Reason textReason(MatchIndex.Hit hit, double best) {
		double value = (best > 0) ? hit.textScore() / best : 0;
		if (value <= 0) {
			return new Match.Reason("text", 0, this.weights.text(), "no_common_words", "no words in common");
		}
		return new Match.Reason("text", round(value), this.weights.text(), "text_relevance",
				Map.of("share", round(value)),
				String.format(Locale.ROOT, "text relevance %.2f of the best text match", value));
	}

	/**
	 * The concept part, from the listing's concepts with their idf (computed once per
	 * match, not per candidate).
	 */
	private Match.Reason conceptReason(Map<String, Double> idf, MatchIndex.Hit hit) {
		double all = 0;
		double shared = 0;
		List<String> ids = new ArrayList<>();
		for (Map.Entry<String, Double> concept : idf.entrySet()) {
			all += concept.getValue();
			if (hit.concepts().contains(concept.getKey())) {
				shared += concept.getValue();
				ids.add(concept.getKey());
			}
		}
		double value = (all > 0) ? shared / all : 0;
		if (ids.isEmpty()) {
			return new Match.Reason("concepts", round(value), this.weights.concepts(), "no_shared_concepts",
					"no shared concepts");
		}
		return new Match.Reason("concepts", round(value), this.weights.concepts(), "shared_concepts",
				Map.of("concepts", List.copyOf(ids)),
				"shared concepts: " + String.join(", ", ids.stream().map(this::label).toList()));
	}

	private Match.Reason chainReason(Listing listing, Set<String> concepts, MatchIndex.Hit hit) {
		boolean need = listing.kind() == ListingKind.NEED;
		Set<String> offerConcepts = need ? hit.concepts() : concepts;
		Set<String> needConcepts = need ? concepts : hit.concepts();
		List<String> offerIndustries = need ? hit.industries() : listing.industries();
		List<String> needIndustries = need ? listing.industries() : hit.industries();
		for (String o : offerConcepts) {
			for (String n : needConcepts) {
				if (!o.equals(n) && this.thesaurus.feeds(o, n)) {
					return new Match.Reason("chain", 1.0, this.weights.chain(), "upstream_fit",
							arguments("offered", o, "needed", n),
							"upstream fit: " + label(o) + " (offered) feeds " + label(n) + " (needed)");
				}
			}
		}
		for (String o : offerIndustries) {
			for (String n : needIndustries) {
				if (this.industries.supplies(o, n)) {
					return new Match.Reason("chain", 0.6, this.weights.chain(), "industry_chain",
							arguments("upstream", o, "downstream", n),
							"industry chain: " + industry(o) + " supplies " + industry(n));
				}
			}
		}
		for (String o : offerConcepts) {
			for (String n : needConcepts) {
				if (!o.equals(n) && this.thesaurus.feeds(n, o)) {
					return new Match.Reason("chain", 0.5, this.weights.chain(), "downstream_fit",
							arguments("offered", o, "needed", n),
							"downstream fit: " + label(n) + " (needed) feeds " + label(o) + " (offered)");
				}
			}
		}
		for (String o : offerIndustries) {
			if (needIndustries.contains(o)) {
				return new Match.Reason("chain", 0.4, this.weights.chain(), "same_industry", Map.of("industry", o),
						"same industry: " + industry(o));
			}
		}
		return new Match.Reason("chain", 0, this.weights.chain(), "no_chain_link", "no industry-chain link");
	}

	private List<Match.Reason> placeReasons(String a, String b, History cooperation) {
		List<Match.Reason> reasons = new ArrayList<>();
		GeoPoint p = point(a);
		GeoPoint q = point(b);
		if (p != null && q != null) {
			double km = GravityModel.distanceKm(p.lat(), p.lon(), q.lat(), q.lon());
			double value = Math.exp(-km / PROXIMITY_KM);
			double hours = 0.5 + km / 200;
			Map<String, Object> arguments = arguments("from", a, "to", b);
			arguments.put("km", Math.round(km));
			arguments.put("rail_hours", Math.round(hours * 10) / 10.0);
			reasons.add(
					new Match.Reason("proximity", round(value), this.weights.proximity(), "distance", arguments,
							String.format(Locale.ROOT,
									"%s – %s: %.0f km great circle, roughly %.1f h by high-speed rail "
											+ "(estimate: 0.5 h + distance at 200 km/h)",
									name(a), name(b), km, hours)));
		}
		else {
			reasons.add(new Match.Reason("proximity", 0, this.weights.proximity(), "no_coordinates",
					"no coordinates for the regions"));
		}
		Set<String> shared = new LinkedHashSet<>(groupings(a));
		shared.retainAll(groupings(b));
		double grouping = 1 - Math.pow(0.5, shared.size());
		List<String> names = shared.stream()
			.map((id) -> this.gazetteer.grouping(id).map(Grouping::nameEn).orElse(id))
			.toList();
		reasons.add(names.isEmpty()
				? new Match.Reason("grouping", 0, this.weights.grouping(), "no_grouping", "no grouping in common")
				: new Match.Reason("grouping", round(grouping), this.weights.grouping(), "same_grouping",
						Map.of("groupings", List.copyOf(shared)), "both in " + String.join(", ", names)));
		String cityA = city(a);
		String cityB = city(b);
		if (cityA.equals(cityB)) {
			reasons.add(new Match.Reason("history", 0, this.weights.history(), "same_city", "same city"));
			return reasons;
		}
		int events = cooperation.between(cityA, cityB);
		double value = 1 - Math.exp(-events / 2.0);
		Map<String, Object> arguments = new LinkedHashMap<>();
		arguments.put("events", events);
		arguments.putAll(arguments("from", cityA, "to", cityB));
		arguments.put("since", cooperation.since().toString());
		reasons.add(new Match.Reason("history", round(value), this.weights.history(), "history", arguments,
				events + " recorded cooperation event" + ((events == 1) ? "" : "s") + " between " + name(cityA)
						+ " and " + name(cityB) + " since " + cooperation.since()));
		return reasons;
	}

	/** Two named arguments, in order. */
	private static Map<String, Object> arguments(String first, Object a, String second, Object b) {
		Map<String, Object> arguments = new LinkedHashMap<>();
		arguments.put(first, a);
		arguments.put(second, b);
		return arguments;
	}

	private String label(String concept) {
		return this.thesaurus.concept(concept).map((c) -> c.label("en")).orElse(concept);
	}

	private String industry(String code) {
		return this.industries.find(code).map(Industry::nameEn).orElse(code);
	}

	private String name(String code) {
		return this.gazetteer.region(code).map(Region::nameEn).orElse(code);
	}

	private GeoPoint point(String code) {
		String at = code;
		while (at != null) {
			Region region = this.gazetteer.region(at).orElse(null);
			if (region == null) {
				return null;
			}
			if (region.point() != null) {
				return region.point();
			}
			at = region.parentCode();
		}
		return null;
	}

	/** The groupings a region belongs to today, itself or through a parent. */
	private Set<String> groupings(String code) {
		return this.groupingsOf.computeIfAbsent(code, (c) -> {
			LocalDate today = LocalDate.now(this.clock);
			Set<String> chain = new LinkedHashSet<>();
			chain.add(c);
			this.gazetteer.ancestors(c).forEach((r) -> chain.add(r.code()));
			Set<String> ids = new LinkedHashSet<>();
			for (Membership m : this.gazetteer.memberships()) {
				if (chain.contains(m.code()) && m.activeOn(today)) {
					ids.add(m.groupingId());
				}
			}
			return ids;
		});
	}

	/** The prefecture-level city of a code (a municipality for its districts). */
	static String city(String code) {
		String province = code.substring(0, 2);
		if (List.of("11", "12", "31", "50").contains(province)) {
			return province + "0000";
		}
		return code.endsWith("0000") ? code : code.substring(0, 4) + "00";
	}

	private History history(LocalDate today) {
		History current = this.history;
		if (current == null || current.isStale(today)) {
			LocalDate since = today.minusYears(3);
			Map<String, Integer> counts = new HashMap<>();
			for (List<String> parties : this.record.partyRegions(since, today)) {
				Set<String> cities = new LinkedHashSet<>();
				parties.forEach((p) -> cities.add(city(p)));
				List<String> list = new ArrayList<>(cities);
				for (int i = 0; i < list.size(); i++) {
					for (int j = i + 1; j < list.size(); j++) {
						counts.merge(History.key(list.get(i), list.get(j)), 1, Integer::sum);
					}
				}
			}
			current = new History(since, counts, System.nanoTime());
			this.history = current;
		}
		return current;
	}

	/** Forgets the cached cooperation counts (after an agreement). */
	void forgetHistory() {
		this.history = null;
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	private record Scored(long id, double score, List<Match.Reason> reasons) {

	}

	/** Event counts between pairs of cities, kept for 30 seconds. */
	private record History(LocalDate since, Map<String, Integer> counts, long loadedAt) {

		static String key(String a, String b) {
			return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
		}

		int between(String a, String b) {
			return this.counts.getOrDefault(key(a, b), 0);
		}

		boolean isStale(LocalDate today) {
			return System.nanoTime() - this.loadedAt > 30_000_000_000L || !this.since.equals(today.minusYears(3));
		}

	}

}
