package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.ingest.Extraction.Actor;
import org.corridor.ingest.Extraction.FigureFact;
import org.corridor.ingest.Extraction.Span;
import org.corridor.ingest.Extraction.TargetFact;
import org.corridor.ingest.internal.Annotation.Layer;
import org.corridor.ingest.internal.Annotation.Named;
import org.corridor.ingest.internal.Dates.TimeExpression;

/**
 * Targets and figures: for each quantity, what it measures (an indicator of the
 * vocabulary, {@link IndicatorCues}; else {@code other} named by {@link FreeIndicators}
 * or {@link CountedWords}), whose it is (a place or grouping of its clause, the grouping
 * the document is about, a described city, the occasion of the sentence), when (the
 * governing year, period or deadline; the occasion's year), and whether it is a goal (a
 * deadline, a future year with a target word, words of plan) or a figure. A quantity
 * after a conditional ("müsste", "would need") states nothing; one stated twice is one
 * fact.
 */
public final class FactAnnotator implements Annotator {

	private static final Pattern TARGET_CUE = Pattern.compile(
			"(?i)(\\bbis\\s+(?:zum Jahr\\s+|Ende\\s+)?\\d{4}|\\bby\\s+(?:the end of\\s+)?\\d{4}|到\\d{4}年|\\d{4}年前|\\bziel|\\btarget|\\baim|\\bgoal|strebt|anstreben|目标|力争|soll(?:en)?\\b.{0,80}\\b(?:steigen|erreichen|vorhanden|wachsen))");

	/**
	 * Words one of which a sentence must contain (in lower case) before
	 * {@link #TARGET_CUE} is tried: each alternative of the pattern holds one of them.
	 */
	private static final List<String> TARGET_WORDS = List.of("bis", "by", "到", "年前", "ziel", "target", "aim", "goal",
			"streb", "目标", "力争", "soll");

	private static final Pattern CONDITIONAL = Pattern
		.compile("(?i)\\b(müsste|müssten|would need|would have to|würde)\\b|(年均需|需年均|需要年均|年均须|需增长|须增长|需要增长)");

	/**
	 * Words one of which a sentence must contain before {@link #CONDITIONAL} is tried.
	 */
	private static final List<String> CONDITIONAL_WORDS = List.of("müsste", "would", "würde", "需", "须");

	/**
	 * Words of plan or expectation in a quantity's clause before it: 计划, 预计, 将, 拟, 力争,
	 * "will", "planned", "expected", "soll", "geplant" — a quantity stated for the future
	 * is a target even when no year is named.
	 */
	private static final Pattern PLANNED = Pattern.compile(
			"(?i)(计划|計劃|预计|預計|拟|擬|力争|將|将|目标|目標|\\bwill\\b|\\bplanned\\b|\\bplans? to\\b|\\bexpected to\\b|\\baims? to\\b|\\bis to\\b|\\bsoll(?:en)?\\b|\\bgeplant|\\bwerden\\b.*\\b(?:investiert|gebaut|errichtet)|\\bvoraussichtlich\\b)");

	/**
	 * What a quantity of an occasion's sentence counts when it is about the occasion
	 * itself: the projects signed, their investment, the participants (GUIDELINES.md:
	 * subject "event").
	 */
	private static final Pattern OCCASION_FIGURE = Pattern.compile(
			"(?i)(project|investment|signed|agreement|participant|guest|representative|delegate|deal|contract|项目|項目|投资|投資|签约|簽約|嘉宾|代表)");

	/** The subject of a quantity about an occasion of the document. */
	private static final Actor OCCASION = new Actor("event", "event", "the occasion");

	/**
	 * Words before a place that make it a partner, not the subject ("together with
	 * Shanghai").
	 */
	private static final Pattern PARTNER_CUE = Pattern
		.compile("(?:\\bmit|\\bwith|\\bthan|\\bals|与|同|和|跟)\\s*(?:der|dem|den|the)?\\s*(?:stadt|city)?\\s*$");

	/** Words that refer to the grouping a document is about, not to one member. */
	private static final Pattern GROUPING_REFERENCE = Pattern.compile(
			"(?i)(\\bthe (?:corridor|cluster|circle|axis|nine cities|member cities|twin cities)|\\b(?:des|der|im|dem) (?:korridors?|wirtschaftskreis(?:es)?|clusters?|achse)|\\bneun städte|\\bdoppelstadt|\\bzusammen\\b|\\binsgesamt\\b|\\bgesamten\\b|\\bcombined\\b|\\bas a whole\\b|走廊|九城|经济圈|都市圈|双城|合计)");

	/**
	 * A city or district described instead of named: by its province ("die
	 * Jiangsu-Stadt", "the Sichuan city's"), as the host, or as "this city" (该市, 该区).
	 */
	private static final Pattern DESCRIBED = Pattern.compile(
			"(?i)(?<province>^[-\\s]?(?:stadt|city)\\b)|(?<host>\\b(?:the host city|die gastgeberstadt|der gastgeberstadt|东道主城市)|主办城市)|(?<this>该市|\\bthe city\\b|\\bdie stadt\\b)|(?<district>该区|本区|\\bthe (?:host )?district\\b|\\b(?:des|der|dem|den) distrikts?\\b)");

	@Override
	public Set<Layer> requires() {
		return EnumSet.of(Layer.SENTENCES, Layer.PLACES, Layer.ORGANISATIONS, Layer.FOCUS, Layer.TIMES,
				Layer.QUANTITIES, Layer.EVENTS);
	}

	@Override
	public Set<Layer> provides() {
		return EnumSet.of(Layer.FACTS);
	}

	@Override
	public void annotate(Annotation document) {
		String text = document.text();
		java.time.LocalDate date = document.published();
		List<Named> subjects = document.subjects;
		Set<String> stated = new HashSet<>();
		String lastPeriod = null;
		int lastParagraph = -1;
		for (int s = 0; s < document.sentences.size(); s++) {
			Sentence sentence = document.sentences.get(s);
			if (sentence.paragraph() != lastParagraph) {
				lastPeriod = null;
				lastParagraph = sentence.paragraph();
			}
			if (sentence.glossary()) {
				continue;
			}
			document.checkpoint(sentence.start());
			List<TimeExpression> times = document.times.get(s);
			List<Quantity> quantities = document.quantities.get(s);
			List<String> typesHere = document.eventTypes.get(s);
			boolean occasionHere = typesHere.contains("project_signing") || typesHere.contains("conference")
					|| typesHere.contains("agreement");
			String host = document.hostAfter[s];
			TimeExpression day = document.day[s];
			TimeExpression lastDay = document.lastDay[s];
			if (!quantities.isEmpty()) {
				List<String> regionsHere = document.regionsIn(s);
				int conditional = firstConditional(sentence);
				boolean targetSentence = conditional < 0 && containsAny(sentence.lower(), TARGET_WORDS)
						&& TARGET_CUE.matcher(sentence.text()).find();
				Clauses clauses = Clauses.of(sentence);
				Actor previousSubject = null;
				for (Quantity quantity : quantities) {
					int[] clause = clauses.around(quantity.start());
					String indicator = IndicatorCues.indicator(sentence, quantity, clause, false);
					String indicatorText = null;
					if (indicator == null) {
						indicatorText = FreeIndicators.find(text, clause[0], quantity.start(),
								named(subjects, clause[0], quantity.start()).stream()
									.map((n) -> new int[] { n.start(), n.end() })
									.toList());
						if (indicatorText == null && quantity.counted() == null) {
							indicator = IndicatorCues.indicator(sentence, quantity, clause, true);
						}
						if (indicator == null) {
							if (indicatorText == null) {
								indicatorText = CountedWords.name(sentence, quantity, clause[0]);
							}
							if (indicatorText != null || !quantity.unit().equals("count")) {
								indicator = "other";
							}
						}
					}
					if (indicator == null || (conditional >= 0 && sentence.start() + conditional < quantity.start())) {
						continue;
					}
					boolean ofOccasion = occasionHere && indicator.equals("other") && indicatorText != null
							&& OCCASION_FIGURE.matcher(indicatorText).find();
					Actor subject = ofOccasion ? OCCASION
							: subject(document, subjects, sentence, clause, quantity, previousSubject, regionsHere,
									document.mainRegion, document.mainGrouping, document.regionMentions, host);
					previousSubject = ofOccasion ? previousSubject : subject;
					String key = indicator + "|" + indicatorText + "|" + quantity.value() + "|" + quantity.unit();
					if (!stated.add(key)) {
						continue;
					}
					Span evidence = document.span(sentence.start(), sentence.end());
					TimeExpression time = governingTime(times, clause, quantity);
					if (time == null) {
						if (targetSentence || planned(sentence, clause, quantity)) {
							document.targets.add(new TargetFact(subject, indicator, quantity.value(), quantity.unit(),
									quantity.text(), null, evidence, indicatorText, quantity.qualifier(),
									quantity.value2(), quantity.unit2()));
						}
						else {
							String period = lastPeriod;
							TimeExpression occasionDay = (day != null) ? day : lastDay;
							if (period == null && (occasionHere || ofOccasion) && occasionDay != null) {
								period = occasionDay.value().substring(0, 4);
							}
							document.figures.add(new FigureFact(subject, indicator, quantity.value(), quantity.unit(),
									period, evidence, indicatorText, quantity.qualifier(), quantity.value2(),
									quantity.unit2()));
						}
					}
					else if (time.kind().equals("deadline") || time.kind().equals("year")
							&& futureGoal(time, date, TARGET_CUE.matcher(text).region(clause[0], clause[1]).find(),
									planned(sentence, clause, quantity))) {
						document.targets.add(new TargetFact(subject, indicator, quantity.value(), quantity.unit(),
								quantity.text(), Integer.valueOf(time.value().substring(0, 4)), evidence, indicatorText,
								quantity.qualifier(), quantity.value2(), quantity.unit2()));
					}
					else {
						document.figures.add(new FigureFact(subject, indicator, quantity.value(), quantity.unit(),
								time.value(), evidence, indicatorText, quantity.qualifier(), quantity.value2(),
								quantity.unit2()));
					}
				}
			}
			for (TimeExpression time : times) {
				if (time.kind().equals("period") || time.kind().equals("year")) {
					lastPeriod = time.value();
					break;
				}
			}
		}
	}

	/**
	 * Whether a quantity of a year is a goal: a year after publication with a target word
	 * or words of plan in its clause, or the year of publication itself when the clause
	 * says it is planned ("2026年…年度计划投资3120亿元").
	 */
	private static boolean futureGoal(TimeExpression year, java.time.LocalDate published, boolean targetWord,
			boolean planned) {
		int y = Integer.parseInt(year.value());
		if (published == null) {
			return targetWord;
		}
		return y > published.getYear() && (targetWord || planned) || y == published.getYear() && planned;
	}

	private static boolean planned(Sentence sentence, int[] clause, Quantity quantity) {
		int from = Math.max(clause[0], sentence.start()) - sentence.start();
		int to = Math.min(clause[1], sentence.end()) - sentence.start();
		return from < to && PLANNED.matcher(sentence.text()).region(from, to).find();
	}

	/**
	 * Where the first conditional ("müsste", "would need") of a sentence begins, as a
	 * char offset into the sentence, or -1.
	 */
	private static int firstConditional(Sentence sentence) {
		if (!containsAny(sentence.lower(), CONDITIONAL_WORDS)) {
			return -1;
		}
		Matcher conditional = CONDITIONAL.matcher(sentence.text());
		return conditional.find() ? conditional.start() : -1;
	}

	private static boolean containsAny(String text, List<String> words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whose target or figure a quantity is, in this order: the first region or grouping
	 * named in its clause that is not the partner of a "with" ("mit", "together with", 与,
	 * 同) — a district right after its city ("Chongqing-Yongchuan", 宁波海曙) is taken for the
	 * city —; the grouping the document is about when the clause refers to it ("the
	 * corridor", "the nine cities", "des Wirtschaftskreises", 走廊, 九城市, 经济圈); the subject
	 * of the quantity before it in the same sentence; the first region of the sentence
	 * (prefecture level and above first); the region the document is about.
	 */
	private static Actor subject(Annotation document, List<Named> subjects, Sentence sentence, int[] clause,
			Quantity quantity, Actor previous, List<String> regionsHere, String mainRegion, String mainGrouping,
			Map<String, List<Span>> regionMentions, String host) {
		Actor described = described(document, subjects, sentence, clause, quantity, regionMentions, host);
		if (described != null) {
			return described;
		}
		List<Named> inClause = new ArrayList<>();
		for (Named named : named(subjects, clause[0], quantity.start())) {
			if (named.end() <= clause[1]) {
				inClause.add(named);
			}
		}
		for (int k = 0; k < inClause.size(); k++) {
			Named named = inClause.get(k);
			String before = sentence.text()
				.substring(Math.max(clause[0], named.start() - 16) - sentence.start(), named.start() - sentence.start())
				.toLowerCase(java.util.Locale.ROOT);
			if (PARTNER_CUE.matcher(before).find()) {
				continue;
			}
			if (k + 1 < inClause.size() && partOf(document, inClause.get(k + 1), named)
					&& inClause.get(k + 1).start() - named.end() <= 2) {
				return inClause.get(k + 1).actor();
			}
			return named.actor();
		}
		if (mainGrouping != null && GROUPING_REFERENCE.matcher(sentence.text())
			.region(clause[0] - sentence.start(), Math.min(clause[1], quantity.start()) - sentence.start())
			.find()) {
			return document.groupingActor(mainGrouping);
		}
		if (!inClause.isEmpty()) {
			return inClause.get(0).actor();
		}
		if (previous != null) {
			return previous;
		}
		String code = regionsHere.isEmpty() ? mainRegion : regionsHere.get(0);
		return (code != null) ? document.regionActor(code) : null;
	}

	/**
	 * The subject of a quantity when its clause describes a place rather than naming it:
	 * "die Jiangsu-Stadt" / "the Sichuan city" is the prefecture of that province named
	 * most often in the document; "the host city" / "die Gastgeberstadt" is where the
	 * document's first located event took place; 该区 / "the district" / "der Distrikt" is
	 * the host if it is a district, else the district named most often; 该市 / "the city"
	 * is the nearest city named before the sentence. Null otherwise.
	 */
	private static Actor described(Annotation document, List<Named> subjects, Sentence sentence, int[] clause,
			Quantity quantity, Map<String, List<Span>> regionMentions, String host) {
		int to = Math.min(clause[1], quantity.start()) - sentence.start();
		int from = Math.max(clause[0] - sentence.start(), to - 200);
		if (to <= from) {
			return null;
		}
		String words = sentence.text().substring(from, to);
		for (Named named : named(subjects, clause[0], quantity.start())) {
			String code = named.actor().ref();
			boolean province = named.actor().kind().equals("region") && document.level(code) == 1;
			if (province && named.end() < sentence.end()) {
				Matcher after = DESCRIBED
					.matcher(text(sentence, named.end(), Math.min(sentence.end(), named.end() + 6)));
				if (after.lookingAt() && after.group("province") != null) {
					String city = mostNamedIn(document, code, regionMentions);
					return (city != null) ? document.regionActor(city) : null;
				}
			}
		}
		Matcher m = DESCRIBED.matcher(words);
		while (m.find()) {
			if (m.group("host") != null && host != null) {
				return document.regionActor(host);
			}
			if (m.group("district") != null) {
				String district = (host != null && document.level(host) == 3) ? host
						: mostNamedOfLevel(document, 3, regionMentions);
				if (district != null) {
					return document.regionActor(district);
				}
			}
			if (m.group("this") != null) {
				for (int k = firstNamedFrom(subjects, sentence.start()) - 1; k >= 0; k--) {
					Named named = subjects.get(k);
					if (named.actor().kind().equals("region") && document.level(named.actor().ref()) == 2) {
						return named.actor();
					}
				}
			}
		}
		return null;
	}

	/**
	 * The division of a level the document names most often (the first of equals), or
	 * null.
	 */
	private static String mostNamedOfLevel(Annotation document, int level, Map<String, List<Span>> regionMentions) {
		return mostNamed(regionMentions, (code) -> document.level(code) == level);
	}

	/** The prefecture of a province the document names most often, or null. */
	private static String mostNamedIn(Annotation document, String province, Map<String, List<Span>> regionMentions) {
		return mostNamed(regionMentions, (code) -> document.level(code) == 2
				&& province.equals(document.gazetteer().region(code).orElseThrow().parentCode()));
	}

	/**
	 * The division the document names most often among those accepted (the first of
	 * equals), or null.
	 */
	private static String mostNamed(Map<String, List<Span>> regionMentions,
			java.util.function.Predicate<String> accepted) {
		String best = null;
		int most = 0;
		for (Map.Entry<String, List<Span>> entry : regionMentions.entrySet()) {
			if (entry.getValue().size() > most && accepted.test(entry.getKey())) {
				best = entry.getKey();
				most = entry.getValue().size();
			}
		}
		return best;
	}

	private static String text(Sentence sentence, int start, int end) {
		return sentence.text().substring(start - sentence.start(), end - sentence.start());
	}

	/**
	 * The places and groupings named from char offset {@code from} up to (not including)
	 * {@code to}, found by binary search in the sorted list: O(log n + k).
	 */
	private static List<Named> named(List<Named> subjects, int from, int to) {
		int first = firstNamedFrom(subjects, from);
		int last = first;
		while (last < subjects.size() && subjects.get(last).start() < to) {
			last++;
		}
		return subjects.subList(first, last);
	}

	/** The index of the first name beginning at or after a char offset. */
	private static int firstNamedFrom(List<Named> subjects, int offset) {
		int low = 0;
		int high = subjects.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (subjects.get(middle).start() < offset) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** Whether a named region lies inside another named region. */
	private static boolean partOf(Annotation document, Named inner, Named outer) {
		return inner.actor().kind().equals("region") && outer.actor().kind().equals("region")
				&& document.gazetteer()
					.ancestors(inner.actor().ref())
					.stream()
					.anyMatch((a) -> a.code().equals(outer.actor().ref()));
	}

	/**
	 * The time a quantity is stated for: the deadline, year or period nearest to it in
	 * its clause, else the nearest one before it in the sentence, else the nearest after
	 * it; null if the sentence has none.
	 */
	private static TimeExpression governingTime(List<TimeExpression> times, int[] clause, Quantity quantity) {
		TimeExpression best = null;
		int bestRank = Integer.MAX_VALUE;
		for (TimeExpression time : times) {
			if (time.kind().equals("date")) {
				continue;
			}
			boolean inClause = time.start() >= clause[0] && time.start() < clause[1];
			boolean before = time.start() < quantity.start();
			int distance = Math.abs(time.start() - quantity.start());
			int rank = (inClause ? 0 : before ? 1 : 2) * 1_000_000 + distance;
			if (rank < bestRank) {
				best = time;
				bestRank = rank;
			}
		}
		return best;
	}

}
