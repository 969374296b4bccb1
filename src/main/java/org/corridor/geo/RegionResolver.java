package org.corridor.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.corridor.geo.Resolution.Candidate;
import org.corridor.geo.Resolution.GroupingRef;
import org.corridor.geo.Resolution.Mention;
import org.corridor.geo.Resolution.PlaceRef;
import org.corridor.geo.internal.NameAutomaton;
import org.corridor.geo.internal.NameAutomaton.Entry;
import org.corridor.geo.internal.NameAutomaton.Match;
import org.corridor.geo.internal.NameKey;

/**
 * Turns text — one name, or names inside sentences — into ranked divisions and groupings.
 * <p>
 * Names are found by {@link NameAutomaton} (a trie over every name of every division and
 * grouping: cost proportional to text length, not to the number of names). A name that
 * stands for several divisions is ranked by
 * <ol>
 * <li><b>context</b>, from the names in the same text that stand for one division only: a
 * mentioned parent or ancestor (+2: 普陀 with 舟山 is 330903), a mentioned part (+1), a
 * mentioned sibling under the same parent (+1: Suzhou with Bengbu and Huaibei is 宿州
 * 341300), another division of the same province (+0.5), a mentioned grouping it belongs
 * to (+0.5);</li>
 * <li><b>prior</b>: level (province +0.3, prefecture +0.2), administrative rank of the
 * division or, halved, of its parent (municipality +0.3, sub-provincial +0.2, provincial
 * capital +0.15), and population relative to the largest candidate (up to +0.1).</li>
 * </ol>
 * A mention is reported {@code ambiguous} when several candidates remain and context does
 * not set the first apart: "Suzhou" alone ranks 苏州 320500 before 宿州 341300 and says so.
 */
public final class RegionResolver {

	/** Longest text accepted, in characters. */
	public static final int MAX_TEXT_LENGTH = 1_000_000;

	/**
	 * The most common Chinese surnames in pinyin, for telling "Wang Cheng" (a person)
	 * from Wangcheng (a district).
	 */
	private static final Set<String> COMMON_SURNAMES = Set.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang",
			"Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang",
			"Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan",
			"Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Yao", "Shen", "Zhong", "Cui",
			"Tan", "Fan", "Liao", "Shi", "Jin", "Jia", "Xia", "Fu", "Fang", "Zou", "Xiong", "Bai", "Meng", "Qin", "Qiu",
			"Hou", "Yin", "Xue", "Yan", "Duan", "Lei", "Long", "Tao", "Mao", "Hao", "Gu", "Gong", "Shao", "Wan", "Qian",
			"Kong", "Wen", "Xing", "Xi", "Ni", "Niu", "Mo", "Yi", "Ou", "Bao", "Chang", "Pang", "Qi", "Lai");

	private static final String REGION = "region";

	private static final String GROUPING = "grouping";

	private final Gazetteer gazetteer;

	private final NameAutomaton automaton = new NameAutomaton();

	public RegionResolver(Gazetteer gazetteer) {
		this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
		for (Region region : gazetteer.regions()) {
			for (RegionName name : gazetteer.names(region.code())) {
				this.automaton.add(Entry.of(REGION, region.code(), name.name(), name.lang(), name.kind()));
			}
		}
		for (Grouping grouping : gazetteer.groupings()) {
			for (RegionName name : gazetteer.groupingNames(grouping.id())) {
				this.automaton.add(Entry.of(GROUPING, grouping.id(), name.name(), name.lang(), name.kind()));
			}
		}
		gazetteer.notPlaces().forEach(this.automaton::block);
	}

	/**
	 * Resolves the names in a text. A text that is exactly one name (in any case, with or
	 * without tone marks, spaces or hyphens: "ning bo", "Níngbō") is one mention;
	 * otherwise the names are found as in running text.
	 * @throws IllegalArgumentException if the text is longer than
	 * {@link #MAX_TEXT_LENGTH}
	 */
	public Resolution resolve(String text) {
		Objects.requireNonNull(text, "text");
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new IllegalArgumentException(
					"text is " + text.length() + " characters long; at most " + MAX_TEXT_LENGTH + " are resolved");
		}
		int[] cps = NameAutomaton.codePoints(text);
		List<Match> matches = findNames(text, cps);
		if (matches.isEmpty()) {
			return new Resolution(text, List.of(), text.isBlank() ? List.of() : suggest(text));
		}
		return new Resolution(text, rank(cps, matches), List.of());
	}

	private List<Match> findNames(String text, int[] cps) {
		String stripped = text.strip();
		if (stripped.isEmpty()) {
			return List.of();
		}
		List<Entry> whole = this.automaton.lookup(stripped);
		char last = stripped.charAt(stripped.length() - 1);
		if (whole.isEmpty() && stripped.length() > 4 && (last == 's' || last == 'S')) {
			whole = this.automaton.lookup(stripped.substring(0, stripped.length() - 1));
		}
		if (!whole.isEmpty()) {
			int start = text.codePointCount(0, text.indexOf(stripped));
			return List.of(new Match(start, start + stripped.codePointCount(0, stripped.length()), whole));
		}
		List<Match> found = this.automaton.scan(cps).stream().filter((m) -> !isPersonName(cps, m)).toList();
		Set<String> named = new HashSet<>();
		boolean[] bare = new boolean[found.size()];
		for (int k = 0; k < found.size(); k++) {
			bare[k] = bareCountyShortForm(found.get(k));
			if (!bare[k]) {
				found.get(k).entries().forEach((e) -> named.add(e.ref()));
			}
		}
		List<Match> kept = new ArrayList<>();
		for (int k = 0; k < found.size(); k++) {
			if (!bare[k] || standsAsName(cps, found.get(k), named)) {
				kept.add(found.get(k));
			}
		}
		return kept;
	}

	/**
	 * Whether a match is only the two-character short form of county-level divisions (合作
	 * for 合作市, 新平 for 新平彝族傣族自治县, 双城 for 双城区). Such short forms are also ordinary words or
	 * parts of words (合作 "cooperation", 创新平台, 双城经济圈).
	 */
	private boolean bareCountyShortForm(Match match) {
		if (match.end() - match.start() != 2) {
			return false;
		}
		for (Entry entry : match.entries()) {
			boolean county = entry.kind().equals(REGION)
					&& this.gazetteer.region(entry.ref()).map((r) -> r.level() == Level.COUNTY).orElse(false);
			if (!county || !entry.form().equals("short")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a bare county short form stands as a place name: the text names the same
	 * division in another way (昆山市 … 昆山), or names its prefecture or province and the
	 * short form is not followed by another Chinese character (重庆 … 渝中、江北).
	 */
	private boolean standsAsName(int[] cps, Match match, Set<String> named) {
		boolean alone = match.end() >= cps.length || !isHan(cps[match.end()]);
		for (Entry entry : match.entries()) {
			if (named.contains(entry.ref())) {
				return true;
			}
			boolean ancestorNamed = this.gazetteer.ancestors(entry.ref())
				.stream()
				.anyMatch((a) -> named.contains(a.code()));
			if (ancestorNamed && alone) {
				return true;
			}
		}
		return false;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/**
	 * Whether a match is the given name of a person: a pinyin place name right after a
	 * common Chinese surname ("Wang Cheng" is not 望城, "Xi Jinping" not 金平). Exonyms,
	 * Chinese script and grouping names are never read as person names.
	 */
	private static boolean isPersonName(int[] cps, Match match) {
		boolean pinyinOnly = match.entries()
			.stream()
			.allMatch((e) -> e.kind().equals(REGION) && (e.lang().equals("pinyin")));
		if (!pinyinOnly) {
			return false;
		}
		int end = match.start();
		if (end < 2 || cps[end - 1] != ' ') {
			return false;
		}
		int start = end - 1;
		while (start > 0 && Character.isLetter(cps[start - 1])) {
			start--;
		}
		if (start > 0 && !Character.isWhitespace(cps[start - 1]) && "(\"„“«".indexOf(cps[start - 1]) < 0) {
			return false;
		}
		return COMMON_SURNAMES.contains(new String(cps, start, end - 1 - start));
	}

	/**
	 * The candidates of a name scored against the divisions and groupings decided so far
	 * (sets that only grow, so their sizes tell whether a score is still current): a name
	 * repeated throughout a document is scored again only when the context has changed.
	 */
	private record Ranked(int regions, int groupings, List<Scored> scored) {

	}

	private List<Mention> rank(int[] cps, List<Match> matches) {
		List<List<Entry>> targets = new ArrayList<>();
		for (Match match : matches) {
			targets.add(distinctTargets(match.entries()));
		}
		Set<String> decidedRegions = new HashSet<>();
		Set<String> decidedGroupings = new HashSet<>();
		for (List<Entry> list : targets) {
			if (list.size() == 1) {
				decide(list.get(0), decidedRegions, decidedGroupings);
			}
		}
		List<Mention> mentions = new ArrayList<>();
		Map<String, Ranked> known = new HashMap<>();
		for (int i = 0; i < matches.size(); i++) {
			Match match = matches.get(i);
			String mentionText = new String(cps, match.start(), match.end() - match.start());
			List<Entry> list = targets.get(i);
			String key = list.stream()
				.map((e) -> e.kind() + ":" + e.ref() + ":" + e.name() + ":" + e.form() + ":" + e.lang())
				.collect(Collectors.joining(","));
			Ranked ranked = known.get(key);
			if (ranked == null || ranked.regions() != decidedRegions.size()
					|| ranked.groupings() != decidedGroupings.size()) {
				List<Scored> fresh = new ArrayList<>();
				for (Entry entry : list) {
					Set<String> otherRegions = decidedRegions;
					if (list.size() == 1 && decidedRegions.contains(entry.ref())) {
						otherRegions = new HashSet<>(decidedRegions);
						otherRegions.remove(entry.ref());
					}
					fresh.add(score(entry, list, otherRegions, decidedGroupings));
				}
				fresh.sort(Comparator.comparingDouble(Scored::total).reversed().thenComparing((s) -> s.entry().ref()));
				ranked = new Ranked(decidedRegions.size(), decidedGroupings.size(), fresh);
				known.put(key, ranked);
			}
			List<Scored> scored = ranked.scored();
			boolean byContext = scored.size() > 1 && scored.get(0).context() > scored.get(1).context();
			boolean ambiguous = scored.size() > 1 && !byContext;
			if (byContext) {
				decide(scored.get(0).entry(), decidedRegions, decidedGroupings);
			}
			String reason = (scored.size() == 1) ? "the only " + describeKind(scored.get(0).entry()) + " with this name"
					: byContext ? "context: " + String.join("; ", scored.get(0).contextReasons())
							: "nothing in the text tells the " + scored.size()
									+ " candidates apart; ranked by level, administrative rank and population";
			mentions.add(new Mention(match.start(), match.end(), mentionText, ambiguous, reason,
					scored.stream().map(this::candidate).toList()));
		}
		return mentions;
	}

	private static String describeKind(Entry entry) {
		return entry.kind().equals(REGION) ? "division" : "grouping";
	}

	private static List<Entry> distinctTargets(List<Entry> entries) {
		Map<String, Entry> byTarget = new LinkedHashMap<>();
		for (Entry entry : entries) {
			byTarget.putIfAbsent(entry.kind() + ":" + entry.ref(), entry);
		}
		return List.copyOf(byTarget.values());
	}

	private void decide(Entry entry, Set<String> regions, Set<String> groupings) {
		if (entry.kind().equals(REGION)) {
			regions.add(entry.ref());
		}
		else {
			groupings.add(entry.ref());
		}
	}

	private record Scored(Entry entry, double prior, double context, List<String> priorReasons,
			List<String> contextReasons) {

		double total() {
			return this.prior + this.context;
		}

	}

	private Scored score(Entry entry, List<Entry> all, Set<String> contextRegions, Set<String> contextGroupings) {
		List<String> priorReasons = new ArrayList<>();
		List<String> contextReasons = new ArrayList<>();
		if (entry.kind().equals(GROUPING)) {
			double context = 0;
			for (String code : contextRegions) {
				boolean member = this.gazetteer.membershipsOf(code)
					.stream()
					.anyMatch((m) -> m.groupingId().equals(entry.ref()));
				if (member) {
					context = 0.5;
					contextReasons.add("its member " + name(code) + " is mentioned");
					break;
				}
			}
			priorReasons.add("grouping");
			return new Scored(entry, 0.5, context, priorReasons, contextReasons);
		}
		String code = entry.ref();
		Region region = this.gazetteer.region(code).orElseThrow();
		double prior = switch (region.level()) {
			case PROVINCE -> 0.3;
			case PREFECTURE -> 0.2;
			case COUNTY -> 0.0;
		};
		priorReasons.add(levelWord(region.level()) + " level");
		String rank = this.gazetteer.rank(code).orElse(null);
		if (rank != null) {
			prior += rankWeight(rank);
			priorReasons.add(rank.replace('_', '-'));
		}
		else if (region.parentCode() != null) {
			String parentRank = this.gazetteer.rank(region.parentCode()).orElse(null);
			if (parentRank != null) {
				prior += rankWeight(parentRank) / 2;
				priorReasons.add("part of a " + parentRank.replace('_', '-') + " " + name(region.parentCode()));
			}
		}
		long maxPopulation = all.stream()
			.map((e) -> this.gazetteer.population(e.ref()))
			.filter(OptionalLong::isPresent)
			.mapToLong(OptionalLong::getAsLong)
			.max()
			.orElse(0);
		OptionalLong population = this.gazetteer.population(code);
		if (population.isPresent() && maxPopulation > 0) {
			prior += 0.1 * population.getAsLong() / maxPopulation;
			priorReasons
				.add(String.format(Locale.ROOT, "population %.1f million (2020 census)", population.getAsLong() / 1e6));
		}
		double context = 0;
		List<Region> ancestors = this.gazetteer.ancestors(code);
		for (Region ancestor : ancestors) {
			if (contextRegions.contains(ancestor.code())) {
				context += 2;
				contextReasons.add("its parent " + ancestor.nameEn() + " " + ancestor.code() + " is mentioned");
				break;
			}
		}
		for (String other : contextRegions) {
			if (this.gazetteer.ancestors(other).stream().anyMatch((a) -> a.code().equals(code))) {
				context += 1;
				contextReasons.add("its part " + name(other) + " is mentioned");
				break;
			}
		}
		List<String> siblings = contextRegions.stream()
			.filter((other) -> !other.equals(code) && region.parentCode() != null
					&& Objects.equals(this.gazetteer.region(other).orElseThrow().parentCode(), region.parentCode()))
			.sorted()
			.map(this::name)
			.toList();
		boolean sibling = !siblings.isEmpty();
		if (sibling) {
			context += 1;
			contextReasons.add("its neighbours under the same parent " + name(region.parentCode()) + " are mentioned: "
					+ String.join(", ", siblings));
		}
		if (!sibling && context == 0) {
			String province = province(code);
			for (String other : contextRegions) {
				if (!other.equals(code) && province.equals(province(other))) {
					context += 0.5;
					contextReasons.add(name(other) + " in the same province " + name(province) + " is mentioned");
					break;
				}
			}
		}
		for (Membership membership : this.gazetteer.membershipsOf(code)) {
			if (contextGroupings.contains(membership.groupingId())) {
				context += 0.5;
				contextReasons.add("member of the mentioned "
						+ this.gazetteer.grouping(membership.groupingId()).orElseThrow().nameEn());
				break;
			}
		}
		return new Scored(entry, prior, context, priorReasons, contextReasons);
	}

	private static double rankWeight(String rank) {
		return switch (rank) {
			case "municipality", "special_administrative_region" -> 0.3;
			case "sub_provincial" -> 0.2;
			case "provincial_capital" -> 0.15;
			default -> 0;
		};
	}

	private static String levelWord(Level level) {
		return switch (level) {
			case PROVINCE -> "province";
			case PREFECTURE -> "prefecture";
			case COUNTY -> "county";
		};
	}

	private String province(String code) {
		List<Region> ancestors = this.gazetteer.ancestors(code);
		return ancestors.isEmpty() ? code : ancestors.get(ancestors.size() - 1).code();
	}

	private String name(String code) {
		return this.gazetteer.region(code).map((r) -> r.nameEn() + " " + r.code()).orElse(code);
	}

	private Candidate candidate(Scored scored) {
		Entry entry = scored.entry();
		List<String> reasons = new ArrayList<>();
		reasons.add("matches the " + entry.form() + " name \"" + entry.name() + "\" (" + entry.lang() + ")");
		reasons.addAll(scored.contextReasons());
		reasons.addAll(scored.priorReasons());
		double score = Math.round(scored.total() * 1000) / 1000.0;
		if (entry.kind().equals(GROUPING)) {
			Grouping grouping = this.gazetteer.grouping(entry.ref()).orElseThrow();
			return new Candidate(GROUPING, null, grouping.id(), grouping.nameZh(), grouping.nameEn(), null, List.of(),
					List.of(), entry.name(), entry.lang(), entry.form(), score, reasons);
		}
		Region region = this.gazetteer.region(entry.ref()).orElseThrow();
		return new Candidate(REGION, region.code(), null, region.nameZh(), region.nameEn(), region.level().number(),
				this.gazetteer.ancestors(region.code()).stream().map(PlaceRef::of).toList(), groupingsOf(region.code()),
				entry.name(), entry.lang(), entry.form(), score, reasons);
	}

	/**
	 * The groupings a division belongs to, directly or through a parent, with their
	 * dates.
	 */
	public List<GroupingRef> groupingsOf(String code) {
		return this.gazetteer.membershipsOf(code).stream().map((m) -> {
			Grouping grouping = this.gazetteer.grouping(m.groupingId()).orElseThrow();
			return new GroupingRef(grouping.id(), grouping.nameEn(), grouping.kind().id(), m.validFrom(), m.validTo(),
					m.role(), m.code().equals(code) ? null : m.code());
		}).toList();
	}

	/**
	 * Up to five names whose keys are within a small edit distance of the text's key.
	 */
	private List<String> suggest(String text) {
		String key = NameKey.of(text.strip());
		if (key.length() < 2 || key.length() > 60) {
			return List.of();
		}
		int limit = key.length() <= 4 ? 1 : 2;
		record Near(String key, int distance) {
		}
		List<Near> near = new ArrayList<>();
		for (String candidate : this.automaton.keys()) {
			if (Math.abs(candidate.length() - key.length()) <= limit) {
				int distance = editDistance(key, candidate, limit);
				if (distance <= limit) {
					near.add(new Near(candidate, distance));
				}
			}
		}
		near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::key));
		return near.stream()
			.limit(5)
			.map((n) -> this.automaton.lookup(n.key()).get(0))
			.map((e) -> e.name() + " (" + e.ref() + ")")
			.distinct()
			.toList();
	}

	/**
	 * Levenshtein distance, stopping early once every cell of a row exceeds
	 * {@code limit}.
	 */
	static int editDistance(String a, String b, int limit) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > limit) {
				return rowMin;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
