package org.corridor.ingest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.corridor.actor.Industries;
import org.corridor.actor.Industry;
import org.corridor.actor.Organisation;
import org.corridor.geo.Grouping;
import org.corridor.geo.Groupings;
import org.corridor.geo.Membership;
import org.corridor.geo.Region;
import org.corridor.geo.Regions;
import org.corridor.ingest.Brief;
import org.corridor.ingest.Brief.Citation;
import org.corridor.ingest.Brief.GlossaryEntry;
import org.corridor.ingest.Brief.KeyPoint;
import org.corridor.ingest.Brief.Section;
import org.corridor.ingest.Extraction;
import org.corridor.ingest.Extraction.Actor;
import org.corridor.ingest.Extraction.EventFact;
import org.corridor.ingest.Extraction.FigureFact;
import org.corridor.ingest.Extraction.GroupingFact;
import org.corridor.ingest.Extraction.OrganisationFact;
import org.corridor.ingest.Extraction.RegionFact;
import org.corridor.ingest.Extraction.Span;
import org.corridor.ingest.Extraction.TargetFact;
import org.corridor.support.LocalisedAmounts;

/**
 * Writes the {@link Brief} of a stored document from its extraction, its text and
 * Corridor's knowledge (regions, groupings, organisations, industries). Key points are
 * statements built from facts, never free text:
 * <ul>
 * <li>agreements and goals — visits, agreements, conferences, project signings, policies
 * and the targets;</li>
 * <li>infrastructure — sentences with transport cue words (rail, roads, ports, bridges,
 * airports, logistics; in zh, en and de) and the places they name;</li>
 * <li>innovation and industry — platform launches, the organisations named by type, the
 * industries of Corridor's taxonomy named, and sentences about research and development,
 * innovation centres, incubators, pilot platforms;</li>
 * <li>figures — the reported figures with normalised values.</li>
 * </ul>
 * Sentences of an appended glossary are never used. The glossary describes each place,
 * grouping and organisation from the store only: a place by level, parent chain and the
 * groupings it belongs to today with their since-dates; a grouping by kind and members
 * today; an organisation by type and region when registered, otherwise by the type its
 * name shows, saying that Corridor does not know it.
 */
public final class BriefWriter {

	private static final int MAX_CUE_POINTS = 6;

	private static final int MAX_CITATIONS_PER_POINT = 6;

	private static final Set<String> AGREEMENT_EVENTS = Set.of("visit", "agreement", "conference", "project_signing",
			"policy", "other");

	private static final Pattern BELT_AND_ROAD = Pattern.compile("(?i)belt\\s*(and|&)\\s*road|一带一路");

	/** Transport cue words per category, in zh, en and de. */
	private static final Map<String, Pattern> INFRASTRUCTURE = infrastructureCues();

	private static final Pattern RESEARCH = Pattern.compile("(?i)\\br&d\\b|research and development|\\bf&e\\b"
			+ "|forschung und entwicklung|forschungs- und entwicklung|研发|innovation cent(?:er|re)|innovationszentr"
			+ "|创新中心|incubator|inkubator|孵化|pilot platform|pilotplattform|中试|proof-of-concept|konzeptprüf"
			+ "|概念验证|laborator|实验室|research cent(?:er|re)|forschungszentr|研究院");

	private final Regions regions;

	private final Groupings groupings;

	private final org.corridor.actor.Organisations organisations;

	private final Industries industries;

	public BriefWriter(Regions regions, Groupings groupings, org.corridor.actor.Organisations organisations,
			Industries industries) {
		this.regions = Objects.requireNonNull(regions, "regions");
		this.groupings = Objects.requireNonNull(groupings, "groupings");
		this.organisations = Objects.requireNonNull(organisations, "organisations");
		this.industries = Objects.requireNonNull(industries, "industries");
	}

	private static Map<String, Pattern> infrastructureCues() {
		Map<String, Pattern> cues = new LinkedHashMap<>();
		cues.put("rail", Pattern.compile(
				"(?i)\\brail|railway|\\btrains?\\b|\\bmetro\\b|subway|eisenbahn|(?<!auto)bahn(?!brech)|schiene|铁路|高铁|轨道交通|地铁|城际"));
		cues.put("road", Pattern
			.compile("(?i)\\broads?\\b|highway|motorway|expressway|autobahn|straße|strasse|schnellstraße|公路|道路|高速路"));
		cues.put("port", Pattern.compile("(?i)\\bports?\\b|harbou?r|seaport|(?<!flug)hafen|港口|港区|码头|航运"));
		cues.put("bridge", Pattern.compile("(?i)\\bbridges?\\b|brücke|大桥|桥梁|跨海"));
		cues.put("airport", Pattern.compile("(?i)airport|flughafen|机场|空港"));
		cues.put("logistics", Pattern.compile("(?i)logistic|logistik|物流"));
		cues.put("transport", Pattern.compile("(?i)transport|verkehr|交通|通勤"));
		cues.put("infrastructure", Pattern.compile("(?i)infrastru|基础设施"));
		return cues;
	}

	/** A key point before its sentences are numbered. */
	private record Draft(String text, Set<Integer> sentences, List<String> facts) {

	}

	/**
	 * The brief of a document.
	 * @param documentId the document
	 * @param title its title
	 * @param text its stored text
	 * @param extractionJson its stored extraction
	 * @param language zh, en or de
	 * @param labels the words of that language
	 * @param today the day "members today" refers to
	 */
	public Brief write(long documentId, String title, String text, String extractionJson, String language,
			BriefLabels labels, LocalDate today) {
		DocumentText doc = DocumentText.of(text, extractionJson);
		Words words = new Words(language, labels);
		Extraction extraction = doc.extraction();
		Map<String, List<Draft>> themes = new LinkedHashMap<>();
		Brief.THEMES.forEach((t) -> themes.put(t, new ArrayList<>()));
		List<EventFact> events = nonNull(extraction.events());
		for (int i = 0; i < events.size(); i++) {
			EventFact e = events.get(i);
			String theme = AGREEMENT_EVENTS.contains(e.type()) ? "agreements_goals" : "innovation_industry";
			themes.get(theme).add(draft(eventText(e, words), doc.sentenceOf(e.evidence()), "e-" + i));
		}
		List<TargetFact> targets = nonNull(extraction.targets());
		for (int i = 0; i < targets.size(); i++) {
			TargetFact t = targets.get(i);
			String value = LocalisedAmounts.format(t.value(), t.unit(), Locale.forLanguageTag(language));
			String text1 = (t.deadline() != null)
					? labels.get("brief.point.target", subject(t.subject(), words),
							words.indicator(t.indicator(), t.indicatorText()), value, String.valueOf(t.deadline()))
					: labels.get("brief.point.target.open", subject(t.subject(), words),
							words.indicator(t.indicator(), t.indicatorText()), value);
			themes.get("agreements_goals").add(draft(text1, doc.sentenceOf(t.evidence()), "t-" + i));
		}
		infrastructure(doc, words, themes.get("infrastructure"));
		innovation(doc, words, themes.get("innovation_industry"));
		List<FigureFact> figures = nonNull(extraction.figures());
		for (int i = 0; i < figures.size(); i++) {
			FigureFact f = figures.get(i);
			String value = LocalisedAmounts.format(f.value(), f.unit(), Locale.forLanguageTag(language));
			String text1 = (f.period() != null)
					? labels.get("brief.point.figure", subject(f.subject(), words),
							words.indicator(f.indicator(), f.indicatorText()), value, f.period())
					: labels.get("brief.point.figure.open", subject(f.subject(), words),
							words.indicator(f.indicator(), f.indicatorText()), value);
			themes.get("figures").add(draft(text1, doc.sentenceOf(f.evidence()), "f-" + i));
		}
		TreeSet<Integer> cited = new TreeSet<>();
		themes.values().forEach((drafts) -> drafts.forEach((d) -> cited.addAll(d.sentences())));
		Map<Integer, Integer> numbers = new HashMap<>();
		List<Citation> citations = new ArrayList<>();
		for (int sentence : cited) {
			Sentence s = doc.sentences().get(sentence);
			int number = citations.size() + 1;
			numbers.put(sentence, number);
			citations.add(new Citation(number, sentence, doc.codePoint(s.start()), doc.codePoint(s.end()), s.text()));
		}
		List<Section> sections = new ArrayList<>();
		themes.forEach((theme, drafts) -> {
			if (!drafts.isEmpty()) {
				List<KeyPoint> points = drafts.stream()
					.map((d) -> new KeyPoint(words.capitalised(d.text()),
							d.sentences().stream().map(numbers::get).sorted().toList(), d.facts()))
					.toList();
				sections.add(new Section(theme, labels.get("brief.theme." + theme), points));
			}
		});
		return new Brief(documentId, language, title, sections, citations, glossary(extraction, words, today));
	}

	private static Draft draft(String text, int sentence, String fact) {
		Set<Integer> sentences = new TreeSet<>();
		if (sentence >= 0) {
			sentences.add(sentence);
		}
		return new Draft(text, sentences, (fact != null) ? List.of(fact) : List.of());
	}

	private static <T> List<T> nonNull(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private String eventText(EventFact e, Words words) {
		StringBuilder text = new StringBuilder(words.labels.get("event." + e.type()));
		if (e.date() != null) {
			text.append(words.zh() ? "，" : ", ").append(words.date(e.date()));
		}
		List<String> actors = nonNull(e.actors()).stream().map((a) -> subject(a, words)).distinct().toList();
		if (!actors.isEmpty()) {
			text.append(words.colon()).append(String.join(words.list(), actors));
		}
		if (e.location() != null && e.location().code() != null) {
			text.append(words.zh() ? "，" : " ").append(words.labels.get("brief.in", words.region(e.location().code())));
		}
		return text.toString();
	}

	private String subject(Actor actor, Words words) {
		if (actor == null) {
			return "";
		}
		if ("region".equals(actor.kind()) && actor.ref() != null) {
			return words.region(actor.ref());
		}
		if ("grouping".equals(actor.kind()) && actor.ref() != null) {
			return words.grouping(actor.ref()).orElse(actor.name());
		}
		return actor.name();
	}

	/** One key point per sentence naming transport infrastructure. */
	private void infrastructure(DocumentText doc, Words words, List<Draft> points) {
		List<Sentence> sentences = doc.sentences();
		for (int k = 0; k < sentences.size() && points.size() < MAX_CUE_POINTS; k++) {
			Sentence s = sentences.get(k);
			if (s.glossary()) {
				continue;
			}
			String text = BELT_AND_ROAD.matcher(s.text()).replaceAll(" ");
			List<String> categories = new ArrayList<>();
			INFRASTRUCTURE.forEach((category, cue) -> {
				if (cue.matcher(text).find()) {
					categories.add(words.labels.get("brief.infrastructure." + category));
				}
			});
			if (categories.isEmpty()) {
				continue;
			}
			List<String> places = regionsIn(doc, s, words);
			String what = String.join(words.list(), categories);
			String line = places.isEmpty() ? words.labels.get("brief.point.infrastructure.only", what)
					: words.labels.get("brief.point.infrastructure", what, String.join(words.list(), places));
			points.add(draft(line, k, null));
		}
	}

	/** Organisations by type, industries of the taxonomy, research and development. */
	private void innovation(DocumentText doc, Words words, List<Draft> points) {
		Map<String, List<String>> byType = new LinkedHashMap<>();
		Map<String, Set<Integer>> typeSentences = new LinkedHashMap<>();
		for (OrganisationFact o : nonNull(doc.extraction().organisations())) {
			int sentence = firstSentence(doc, o.mentions());
			if (sentence < 0) {
				continue;
			}
			String type = (o.type() != null) ? o.type() : "other";
			byType.computeIfAbsent(type, (t) -> new ArrayList<>()).add(o.name());
			Set<Integer> cited = typeSentences.computeIfAbsent(type, (t) -> new TreeSet<>());
			if (cited.size() < MAX_CITATIONS_PER_POINT) {
				cited.add(sentence);
			}
		}
		byType
			.forEach(
					(type, names) -> points.add(
							new Draft(
									words.labels.get("brief.point.organisations",
											words.labels.get("brief.types." + type), String.join(words.list(), names)),
									typeSentences.get(type), List.of())));
		Map<String, Integer> industriesNamed = new LinkedHashMap<>();
		List<Sentence> sentences = doc.sentences();
		for (int k = 0; k < sentences.size(); k++) {
			Sentence s = sentences.get(k);
			if (s.glossary()) {
				continue;
			}
			String lower = s.text().toLowerCase(Locale.ROOT);
			Map<String, String> matched = new LinkedHashMap<>();
			for (Industry industry : this.industries.all()) {
				for (String name : List.of(industry.nameZh(), industry.nameEn(), industry.nameDe())) {
					String key = (name != null) ? name.toLowerCase(Locale.ROOT) : "";
					if (key.length() >= 2 && lower.contains(key)) {
						matched.merge(industry.code(), key, (a, b) -> (a.length() >= b.length()) ? a : b);
					}
				}
			}
			for (Map.Entry<String, String> m : matched.entrySet()) {
				boolean insideLonger = matched.values()
					.stream()
					.anyMatch((other) -> other.length() > m.getValue().length() && other.contains(m.getValue()));
				if (!insideLonger) {
					industriesNamed.putIfAbsent(m.getKey(), k);
				}
			}
		}
		if (!industriesNamed.isEmpty()) {
			List<String> names = industriesNamed.keySet()
				.stream()
				.map((code) -> this.industries.find(code).orElseThrow().name(words.language))
				.toList();
			Set<Integer> cited = new TreeSet<>(
					industriesNamed.values().stream().limit(MAX_CITATIONS_PER_POINT).toList());
			points.add(new Draft(words.labels.get("brief.point.industries", String.join(words.list(), names)), cited,
					List.of()));
		}
		Set<Integer> research = new TreeSet<>();
		Set<String> places = new LinkedHashSet<>();
		for (int k = 0; k < sentences.size() && research.size() < MAX_CITATIONS_PER_POINT; k++) {
			Sentence s = sentences.get(k);
			if (!s.glossary() && RESEARCH.matcher(s.text()).find()) {
				research.add(k);
				places.addAll(regionsIn(doc, s, words));
			}
		}
		if (!research.isEmpty()) {
			String line = places.isEmpty() ? words.labels.get("brief.point.research.only")
					: words.labels.get("brief.point.research", String.join(words.list(), places));
			points.add(new Draft(line, research, List.of()));
		}
	}

	private static int firstSentence(DocumentText doc, List<Span> mentions) {
		for (Span m : nonNull(mentions)) {
			int sentence = doc.sentenceAt(doc.charIndex(m.start()));
			if (sentence >= 0 && !doc.glossary(sentence)) {
				return sentence;
			}
		}
		return -1;
	}

	/** The places a sentence names, in the reader's language, in order of their codes. */
	private static List<String> regionsIn(DocumentText doc, Sentence s, Words words) {
		Set<String> names = new LinkedHashSet<>();
		for (RegionFact r : nonNull(doc.extraction().regions())) {
			for (Span m : nonNull(r.mentions())) {
				int at = doc.charIndex(m.start());
				if (at >= s.start() && at < s.end()) {
					names.add(words.region(r.code()));
				}
			}
		}
		return new ArrayList<>(names);
	}

	private List<GlossaryEntry> glossary(Extraction extraction, Words words, LocalDate today) {
		List<GlossaryEntry> entries = new ArrayList<>();
		for (RegionFact r : nonNull(extraction.regions())) {
			entries.add(regionEntry(r, words, today));
		}
		for (GroupingFact g : nonNull(extraction.groupings())) {
			entries.add(groupingEntry(g, words, today));
		}
		for (OrganisationFact o : nonNull(extraction.organisations())) {
			entries.add(organisationEntry(o, words));
		}
		return entries;
	}

	private GlossaryEntry regionEntry(RegionFact fact, Words words, LocalDate today) {
		String mentioned = nonNull(fact.mentions()).isEmpty() ? null : fact.mentions().get(0).text();
		Optional<Region> found = words.regionOf(fact.code());
		if (found.isEmpty()) {
			return new GlossaryEntry("region", fact.code(), fact.nameEn(), mentioned, null,
					words.labels.get("brief.glossary.unknown"), false);
		}
		Region region = found.get();
		String level = words.labels.get("brief.level." + region.level().number());
		List<String> chain = new ArrayList<>(this.regions.ancestors(region.code()).stream().map(words::name).toList());
		if (words.zh()) {
			java.util.Collections.reverse(chain);
		}
		String description = chain.isEmpty() ? words.labels.get("brief.glossary.region.top", level)
				: words.labels.get("brief.glossary.region", level, String.join(words.zh() ? "" : ", ", chain));
		Map<String, String> memberOf = new LinkedHashMap<>();
		for (Membership m : this.groupings.membershipsOf(region.code())) {
			if (!m.activeOn(today) || memberOf.containsKey(m.groupingId()) && !m.code().equals(region.code())) {
				continue;
			}
			Optional<String> name = words.grouping(m.groupingId());
			if (name.isEmpty()) {
				continue;
			}
			StringBuilder item = new StringBuilder(name.get());
			List<String> notes = new ArrayList<>();
			if (m.validFrom() != null) {
				notes.add(words.labels.get("brief.since", words.since(m.validFrom(), m.fromPrecision())));
			}
			if (!m.code().equals(region.code())) {
				notes.add(words.labels.get("brief.via", words.region(m.code())));
			}
			if (!notes.isEmpty()) {
				item.append(words.zh() ? "（" : " (")
					.append(String.join(words.list(), notes))
					.append(words.zh() ? "）" : ")");
			}
			memberOf.put(m.groupingId(), item.toString());
		}
		if (!memberOf.isEmpty()) {
			description = description + (words.zh() ? "；" : "; ")
					+ words.labels.get("brief.glossary.member", String.join(words.list(), memberOf.values()));
		}
		return new GlossaryEntry("region", region.code(), words.name(region), mentioned,
				Integer.toString(region.level().number()), description, true);
	}

	private GlossaryEntry groupingEntry(GroupingFact fact, Words words, LocalDate today) {
		String mentioned = nonNull(fact.mentions()).isEmpty() ? null : fact.mentions().get(0).text();
		Optional<Grouping> found = this.groupings.find(fact.id());
		if (found.isEmpty()) {
			return new GlossaryEntry("grouping", fact.id(), fact.nameEn(), mentioned, null,
					words.labels.get("brief.glossary.unknown"), false);
		}
		Grouping grouping = found.get();
		long members = this.groupings.memberships(grouping.id())
			.stream()
			.filter((m) -> m.activeOn(today))
			.map(Membership::code)
			.distinct()
			.count();
		String kind = words.labels.get("kind." + grouping.kind().id());
		return new GlossaryEntry("grouping", grouping.id(), words.groupingName(grouping), mentioned,
				grouping.kind().id(), words.labels.get("brief.glossary.grouping", kind, members), true);
	}

	private GlossaryEntry organisationEntry(OrganisationFact fact, Words words) {
		String mentioned = nonNull(fact.mentions()).isEmpty() ? fact.name() : fact.mentions().get(0).text();
		Optional<Organisation> found = this.organisations.findByName(fact.name());
		if (found.isPresent()) {
			Organisation o = found.get();
			String type = words.labels.get("brief.type." + o.type().code());
			return new GlossaryEntry("organisation", Long.toString(o.id()), o.name(), mentioned, o.type().code(),
					words.labels.get("brief.glossary.organisation", type, words.region(o.regionCode())), true);
		}
		String description = (fact.type() != null)
				? words.labels.get("brief.glossary.organisation.unregistered",
						words.labels.get("brief.type." + fact.type()))
				: words.labels.get("brief.glossary.organisation.unknown");
		return new GlossaryEntry("organisation", null, fact.name(), mentioned, fact.type(), description, false);
	}

	/**
	 * Names, dates and punctuation in the reader's language, looked up once per brief.
	 */
	private final class Words {

		private final String language;

		private final BriefLabels labels;

		private final Map<String, Optional<Region>> regionCache = new HashMap<>();

		private final Map<String, Optional<Grouping>> groupingCache = new HashMap<>();

		Words(String language, BriefLabels labels) {
			this.language = language;
			this.labels = labels;
		}

		boolean zh() {
			return this.language.equals("zh");
		}

		/** A key point begins with a capital in English and German ("Visit, …"). */
		String capitalised(String text) {
			if (zh() || text.isEmpty()) {
				return text;
			}
			return text.substring(0, 1).toUpperCase(Locale.forLanguageTag(this.language)) + text.substring(1);
		}

		String list() {
			return zh() ? "、" : ", ";
		}

		String colon() {
			return zh() ? "：" : ": ";
		}

		Optional<Region> regionOf(String code) {
			return this.regionCache.computeIfAbsent(code, BriefWriter.this.regions::find);
		}

		String region(String code) {
			return regionOf(code).map(this::name).orElse(code);
		}

		String name(Region region) {
			return zh() ? region.nameZh() : region.nameEn();
		}

		Optional<String> grouping(String id) {
			return this.groupingCache.computeIfAbsent(id, BriefWriter.this.groupings::find).map(this::groupingName);
		}

		String groupingName(Grouping g) {
			return switch (this.language) {
				case "zh" -> (g.nameZh() != null) ? g.nameZh() : g.nameEn();
				case "de" -> (g.nameDe() != null) ? g.nameDe() : g.nameEn();
				default -> g.nameEn();
			};
		}

		/**
		 * An indicator's name: its label, or the text's own words for one outside the
		 * vocabulary.
		 */
		String indicator(String indicator, String text) {
			return (text != null) ? text : this.labels.get("indicator." + indicator);
		}

		String date(String iso) {
			try {
				return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
					.withLocale("en".equals(this.language) ? Locale.UK : Locale.forLanguageTag(this.language))
					.format(LocalDate.parse(iso));
			}
			catch (DateTimeParseException ex) {
				return iso;
			}
		}

		String since(LocalDate day, String precision) {
			if ("year".equals(precision)) {
				return Integer.toString(day.getYear());
			}
			if ("month".equals(precision)) {
				return zh() ? day.getYear() + "年" + day.getMonthValue() + "月"
						: String.format(Locale.ROOT, "%d-%02d", day.getYear(), day.getMonthValue());
			}
			return date(day.toString());
		}

	}

}
