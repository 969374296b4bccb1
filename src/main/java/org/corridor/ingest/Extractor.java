package org.corridor.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.geo.Gazetteer;
import org.corridor.geo.Grouping;
import org.corridor.geo.Region;
import org.corridor.geo.RegionResolver;
import org.corridor.geo.Resolution;
import org.corridor.ingest.Extraction.Actor;
import org.corridor.ingest.Extraction.EventFact;
import org.corridor.ingest.Extraction.FigureFact;
import org.corridor.ingest.Extraction.GroupingFact;
import org.corridor.ingest.Extraction.OrganisationFact;
import org.corridor.ingest.Extraction.Place;
import org.corridor.ingest.Extraction.RegionFact;
import org.corridor.ingest.Extraction.Source;
import org.corridor.ingest.Extraction.Span;
import org.corridor.ingest.Extraction.TargetFact;
import org.corridor.ingest.internal.Clauses;
import org.corridor.ingest.internal.CountedWords;
import org.corridor.ingest.internal.CodePoints;
import org.corridor.ingest.internal.Dates;
import org.corridor.ingest.internal.Dates.TimeExpression;
import org.corridor.ingest.internal.Decoder;
import org.corridor.ingest.internal.Events;
import org.corridor.ingest.internal.FreeIndicators;
import org.corridor.ingest.internal.IndicatorCues;
import org.corridor.support.Languages;
import org.corridor.ingest.internal.Organisations;
import org.corridor.ingest.internal.Quantities;
import org.corridor.ingest.internal.Quantity;
import org.corridor.ingest.internal.Sentence;
import org.corridor.ingest.internal.Sentences;
import org.corridor.ingest.internal.Simplified;

/**
 * The extraction pipeline, assembled in one place: decode → language → sentences →
 * gazetteer mentions (through {@link RegionResolver}) → organisations → quantities and
 * dates → events → targets and figures. Pure: no store, no Spring; safe to share between
 * threads.
 */
public final class Extractor {

	private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

	private static final Pattern TARGET_CUE = Pattern.compile(
			"(?i)(\\bbis\\s+(?:zum Jahr\\s+|Ende\\s+)?\\d{4}|\\bby\\s+(?:the end of\\s+)?\\d{4}|到\\d{4}年|\\d{4}年前|\\bziel|\\btarget|\\baim|\\bgoal|strebt|anstreben|目标|力争|soll(?:en)?\\b.{0,80}\\b(?:steigen|erreichen|vorhanden|wachsen))");

	private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d-])(20\\d{2})-(0[1-9]|1[0-2])(?![\\d-])");

	/**
	 * A place hosting: "Shapingba District of Chongqing hosted …", "Shunde empfing …".
	 */
	private static final Pattern HOSTED = Pattern
		.compile("(?i)(?:[\\s\\p{L}]{0,30}?\\s)?(?:hosted|hosts|empfing|empfängt|richtete|war gastgeber)\\b");

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
	 * What is counted when projects are signed: 项目, projects, Projekte, agreements, 事项.
	 */
	private static final Pattern SIGNED_THINGS = Pattern
		.compile("(?i)(项目|項目|事项|事項|协议|協議|project|projekt|agreement|abkommen|vereinbarung|deal)");

	/** A Chinese place followed by the verb of holding: "在连云港召开", "盐城举行". */
	private static final Pattern CHINESE_HOSTED = Pattern.compile("\\G(?:市|区|县|省)?(?:召开|举行|举办|召開|舉行|舉辦|开幕|開幕|隆重举行)");

	/** A preposition of place right before a place name: the event happened there. */
	private static final Pattern LOCATION_CUE = Pattern.compile("(?:\\bin|\\bnach|\\bto|到|赴|在)\\s*$");

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

	/** Words one of which a sentence must contain before {@link #NEXT_DAY} is tried. */
	private static final List<String> NEXT_DAY_WORDS = List.of("tag", "day", "次日", "第二天", "翌日");

	/** The day after the one named last: "Tags darauf", "the next day", 次日. */
	private static final Pattern NEXT_DAY = Pattern.compile(
			"(?i)\\b(?:tags darauf|am (?:folgenden|nächsten) tag|am tag darauf|the (?:next|following) day|on the second day|am zweiten tag)\\b|次日|第二天|翌日");

	/**
	 * A wire report's dateline ("BENGBU, Anhui, March 18 (Corridor Wire) --", "SUZHOU,
	 * China, 30. April 2024 /PRNewswire/ --"): its date is the day of the report, not of
	 * the event.
	 */
	private static final Pattern DATELINE = Pattern
		.compile("\\p{Lu}{2,}[\\p{Lu} ]*,[^()\\n]{0,40}(?:\\([^)]{1,40}\\)|/[\\p{L} ]{2,30}/)\\s*(?:--|—|–)");

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

	private final Gazetteer gazetteer;

	private final RegionResolver resolver;

	/**
	 * The time one document may take to read unless a caller sets another: a real article
	 * takes about a millisecond and the largest document accepted (a megabyte of text
	 * without sentence ends) a few seconds.
	 */
	public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

	private final long maxBytes;

	private final Duration budget;

	public Extractor(Gazetteer gazetteer, long maxBytes, Duration budget) {
		this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
		this.resolver = new RegionResolver(gazetteer);
		this.maxBytes = maxBytes;
		this.budget = Objects.requireNonNull(budget, "budget");
	}

	public Extractor(Gazetteer gazetteer, long maxBytes) {
		this(gazetteer, maxBytes, DEFAULT_BUDGET);
	}

	public Extractor(Gazetteer gazetteer) {
		this(gazetteer, Decoder.DEFAULT_LIMIT);
	}

	/**
	 * Thrown when a document is not read within its time budget or the reading thread is
	 * interrupted (the caller has gone); nothing of the document is kept.
	 */
	public static final class Abandoned extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		Abandoned(String message) {
			super(message);
		}

	}

	/** The point in time after which the reading of one document is given up. */
	private record Deadline(long nanos, Duration budget) {

		static Deadline after(Duration budget) {
			return new Deadline(System.nanoTime() + budget.toNanos(), budget);
		}

		void check(int offset) {
			if (Thread.currentThread().isInterrupted()) {
				throw new Abandoned("reading was abandoned at character " + offset + " (the caller has gone)");
			}
			if (System.nanoTime() - this.nanos > 0) {
				throw new Abandoned("the document could not be read within the time budget of "
						+ this.budget.toSeconds() + " s (given up at character " + offset + ")");
			}
		}

	}

	/**
	 * Extracts the facts of a document.
	 * @param bytes the file's content
	 * @param fileName its name (the extension selects HTML handling)
	 * @param published the publication date, or null to take the first full date in the
	 * text
	 * @throws IllegalArgumentException naming why the document cannot be read
	 */
	public Extraction extract(byte[] bytes, String fileName, LocalDate published) {
		return read(bytes, fileName, published).extraction();
	}

	/**
	 * A document's decoded text and its extraction.
	 *
	 * @param text the text the offsets refer to
	 * @param extraction the facts
	 */
	public record Read(String text, Extraction extraction) {

	}

	/**
	 * Decodes and extracts a document, keeping the decoded text (for callers that store
	 * it).
	 * @throws IllegalArgumentException naming why the document cannot be read
	 */
	public Read read(byte[] bytes, String fileName, LocalDate published) {
		Deadline deadline = Deadline.after(this.budget);
		String text = Decoder.decode(bytes, fileName, this.maxBytes);
		CodePoints offsets = CodePoints.of(text);
		LocalDate date = (published != null) ? published : firstDate(text);
		List<Sentence> sentences = Sentences.split(text);
		String language = Languages.detect(text);
		Resolution resolution = this.resolver.resolve(Simplified.of(text));
		Map<String, List<Span>> regionMentions = new LinkedHashMap<>();
		Map<String, List<Span>> groupingMentions = new LinkedHashMap<>();
		List<int[]> placeSpans = new ArrayList<>();
		List<String> placeRefs = new ArrayList<>();
		for (Resolution.Mention mention : resolution.mentions()) {
			Resolution.Candidate best = mention.best();
			Span span = new Span(mention.start(), mention.end(),
					text.substring(offsets.charIndex(mention.start()), offsets.charIndex(mention.end())));
			if (best.kind().equals("region")) {
				regionMentions.computeIfAbsent(best.code(), (k) -> new ArrayList<>()).add(span);
				placeSpans.add(new int[] { offsets.charIndex(mention.start()), offsets.charIndex(mention.end()) });
				placeRefs.add(best.code());
			}
			else {
				groupingMentions.computeIfAbsent(best.id(), (k) -> new ArrayList<>()).add(span);
			}
		}
		List<Organisations.Mention> organisations = new ArrayList<>();
		for (Sentence sentence : sentences) {
			deadline.check(sentence.start());
			if (!sentence.glossary()) {
				organisations.addAll(Organisations.find(sentence));
			}
		}
		boolean[] inOrganisation = insideOrganisations(placeSpans, organisations);
		String mainRegion = mainRegion(placeSpans, placeRefs, sentences, inOrganisation);
		String mainGrouping = groupingMentions.entrySet()
			.stream()
			.max(Map.Entry.<String, List<Span>>comparingByValue(java.util.Comparator.comparingInt(List::size))
				.thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
			.map(Map.Entry::getKey)
			.orElse(null);
		List<Named> subjects = subjectMentions(placeSpans, placeRefs, inOrganisation, groupingMentions, offsets);
		List<Found> found = new ArrayList<>();
		String host = null;
		TimeExpression lastDay = null;
		List<TimeExpression> dates = new ArrayList<>();
		List<TargetFact> targets = new ArrayList<>();
		List<FigureFact> figures = new ArrayList<>();
		java.util.Set<String> stated = new java.util.HashSet<>();
		String lastPeriod = null;
		int lastParagraph = -1;
		int firstPlace = 0;
		int firstOrganisation = 0;
		for (Sentence sentence : sentences) {
			deadline.check(sentence.start());
			if (sentence.paragraph() != lastParagraph) {
				lastPeriod = null;
				lastParagraph = sentence.paragraph();
			}
			if (sentence.glossary()) {
				continue;
			}
			while (firstPlace < placeSpans.size() && placeSpans.get(firstPlace)[0] < sentence.start()) {
				firstPlace++;
			}
			List<TimeExpression> times = Dates.find(sentence, date);
			List<String> regionsHere = regionsIn(sentence, firstPlace, placeSpans, placeRefs, inOrganisation);
			int bodyStart = bodyStart(sentence);
			TimeExpression day = times.stream()
				.filter((t) -> t.kind().equals("date") && t.start() >= bodyStart)
				.findFirst()
				.orElse(null);
			List<Quantity> quantities = Quantities.find(text, sentence);
			while (firstOrganisation < organisations.size()
					&& organisations.get(firstOrganisation).start() < sentence.start()) {
				firstOrganisation++;
			}
			List<Actor> organisationsHere = new ArrayList<>();
			for (int k = firstOrganisation; k < organisations.size()
					&& organisations.get(k).end() <= sentence.end(); k++) {
				String name = organisations.get(k).name();
				Actor actor = new Actor("organisation", name, name);
				if (!organisationsHere.contains(actor)) {
					organisationsHere.add(actor);
				}
			}
			List<String> typesHere = Events.types(sentence);
			boolean occasionHere = typesHere.contains("project_signing") || typesHere.contains("conference")
					|| typesHere.contains("agreement");
			for (String eventType : typesHere) {
				EventFact event = event(eventType, sentence, day, regionsHere, mainRegion, offsets,
						placesIn(sentence, firstPlace, placeSpans, placeRefs), host, organisationsHere, quantities);
				boolean ownTime = event.date() != null || times.stream()
					.anyMatch((t) -> !t.kind().equals("date") && !t.kind().equals("deadline")
							&& !insideTitle(sentence, t.start()));
				boolean title = dates.isEmpty() && !sentence.text().strip().matches("(?s).*[.!?。！？]$");
				found.add(new Found(event, dates.size(), ownTime, title));
				if (host == null && event.location() != null) {
					host = event.location().code();
				}
			}
			if (day == null && lastDay != null && containsAny(sentence.lower(), NEXT_DAY_WORDS)) {
				Matcher next = NEXT_DAY.matcher(sentence.text());
				if (next.find()) {
					day = new TimeExpression("date", LocalDate.parse(lastDay.value()).plusDays(1).toString(),
							next.group().strip(), sentence.start() + next.start());
				}
			}
			if (day != null && day.value() != null) {
				lastDay = day;
			}
			dates.add((day != null && day.value() != null) ? day : null);
			if (!quantities.isEmpty()) {
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
					Actor subject = ofOccasion ? OCCASION : subject(subjects, sentence, clause, quantity,
							previousSubject, regionsHere, mainRegion, mainGrouping, regionMentions, host);
					previousSubject = ofOccasion ? previousSubject : subject;
					String key = indicator + "|" + indicatorText + "|" + quantity.value() + "|" + quantity.unit();
					if (!stated.add(key)) {
						continue;
					}
					Span evidence = span(offsets, sentence.start(), sentence.end());
					TimeExpression time = governingTime(times, clause, quantity);
					if (time == null) {
						if (targetSentence || planned(sentence, clause, quantity)) {
							targets.add(new TargetFact(subject, indicator, quantity.value(), quantity.unit(),
									quantity.text(), null, evidence, indicatorText, quantity.qualifier(),
									quantity.value2(), quantity.unit2()));
						}
						else {
							String period = lastPeriod;
							TimeExpression occasionDay = (day != null && day.value() != null) ? day : lastDay;
							if (period == null && (occasionHere || ofOccasion) && occasionDay != null) {
								period = occasionDay.value().substring(0, 4);
							}
							figures.add(new FigureFact(subject, indicator, quantity.value(), quantity.unit(), period,
									evidence, indicatorText, quantity.qualifier(), quantity.value2(),
									quantity.unit2()));
						}
					}
					else if (time.kind().equals("deadline") || time.kind().equals("year")
							&& (date == null || Integer.parseInt(time.value()) > date.getYear())
							&& TARGET_CUE.matcher(text).region(clause[0], clause[1]).find()) {
						targets.add(new TargetFact(subject, indicator, quantity.value(), quantity.unit(),
								quantity.text(), Integer.valueOf(time.value().substring(0, 4)), evidence, indicatorText,
								quantity.qualifier(), quantity.value2(), quantity.unit2()));
					}
					else {
						figures.add(new FigureFact(subject, indicator, quantity.value(), quantity.unit(), time.value(),
								evidence, indicatorText, quantity.qualifier(), quantity.value2(), quantity.unit2()));
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
		List<EventFact> events = occasions(found, dates);
		List<RegionFact> regionFacts = new ArrayList<>();
		regionMentions.forEach((code, spans) -> {
			Region region = this.gazetteer.region(code).orElseThrow();
			regionFacts.add(new RegionFact(code, region.nameEn(), region.nameZh(), region.level().number(), spans));
		});
		List<GroupingFact> groupingFacts = new ArrayList<>();
		groupingMentions.forEach((id, spans) -> {
			Grouping grouping = this.gazetteer.grouping(id).orElseThrow();
			groupingFacts.add(new GroupingFact(id, grouping.nameEn(), spans));
		});
		return new Read(text,
				new Extraction(Extraction.SCHEMA,
						new Source(fileName, sha256(bytes), language, (date != null) ? date.toString() : null,
								title(text)),
						regionFacts, groupingFacts, organisationFacts(organisations, offsets, placeSpans, placeRefs),
						events, targets, figures));
	}

	/**
	 * Words of plan or expectation in a quantity's clause before it: 计划, 预计, 将, 拟, 力争,
	 * "will", "planned", "expected", "soll", "geplant" — a quantity stated for the future
	 * is a target even when no year is named.
	 */
	private static final Pattern PLANNED = Pattern.compile(
			"(?i)(计划|計劃|预计|預計|拟|擬|力争|將|将|目标|目標|\\bwill\\b|\\bplanned\\b|\\bplans? to\\b|\\bexpected to\\b|\\baims? to\\b|\\bis to\\b|\\bsoll(?:en)?\\b|\\bgeplant|\\bwerden\\b.*\\b(?:investiert|gebaut|errichtet)|\\bvoraussichtlich\\b)");

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
	 * The event a sentence reports; {@code when} is the day the sentence names (after its
	 * dateline), or null.
	 */
	private EventFact event(String type, Sentence sentence, TimeExpression when, List<String> regionsHere,
			String mainRegion, CodePoints offsets, Map<String, int[]> placesHere, String documentHost,
			List<Actor> organisationsHere, List<Quantity> quantities) {
		String location = null;
		Matcher in = LOCATION_CUE.matcher("");
		Matcher hosted = HOSTED.matcher("");
		List<String> countiesFirst = new ArrayList<>(regionsHere);
		countiesFirst.sort(java.util.Comparator.comparingInt((String code) -> -level(code)));
		for (String code : countiesFirst) {
			int[] mention = placesHere.get(code);
			if (mention == null) {
				continue;
			}
			int at = mention[0] - sentence.start();
			int after = mention[1] - sentence.start();
			boolean cue = at > 0 && in.reset(sentence.text().substring(Math.max(0, at - 6), at)).find();
			boolean host = hosted
				.reset(sentence.text().substring(after, Math.min(sentence.text().length(), after + 40)))
				.lookingAt()
					|| CHINESE_HOSTED.matcher(sentence.text()).region(after, sentence.text().length()).lookingAt();
			if (cue || host) {
				location = code;
				break;
			}
		}
		if (location == null && regionsHere.isEmpty() && documentHost != null) {
			location = documentHost;
		}
		List<Actor> actors = new ArrayList<>();
		for (String code : regionsHere) {
			if (!code.equals(location) && actors.stream().noneMatch((a) -> a.ref().equals(code))) {
				actors.add(regionActor(code));
			}
		}
		if (actors.isEmpty() && mainRegion != null && !mainRegion.equals(location)) {
			actors.add(regionActor(mainRegion));
		}
		actors.addAll(organisationsHere);
		Place place = (location != null) ? new Place(location, this.gazetteer.region(location).orElseThrow().nameEn())
				: null;
		Double count = null;
		Double value = null;
		if (type.equals("project_signing")) {
			for (Quantity quantity : quantities) {
				if (count == null && quantity.unit().equals("count") && quantity.counted() != null
						&& SIGNED_THINGS.matcher(quantity.counted()).find()) {
					count = quantity.value();
				}
				if (value == null && quantity.unit().equals("CNY")) {
					value = quantity.value();
				}
			}
			if (count == null) {
				for (Quantity quantity : quantities) {
					int at = quantity.start() - sentence.start();
					if (count == null && quantity.unit().equals("count")
							&& SIGNED_THINGS.matcher(sentence.text()).region(Math.max(0, at - 8), at).find()) {
						count = quantity.value();
					}
				}
			}
		}
		return new EventFact(type, (when != null) ? when.value() : null, (when != null) ? when.text() : null, actors,
				place, span(offsets, sentence.start(), sentence.end()), count, value);
	}

	/**
	 * An event found in a sentence: the index of the sentence among those read, and
	 * whether the sentence has a time of its own (a day, or a year, period or deadline
	 * that places it elsewhere in time), and whether it is the document's title.
	 */
	private record Found(EventFact fact, int sentence, boolean ownTime, boolean title) {

	}

	/**
	 * The events of a document, one per occasion. An article usually reports one occasion
	 * over several sentences and dates it once ("Am 14. März besuchte …", then "Während
	 * des Besuchs unterzeichneten …", "会上…", "on the same day"). An event sentence with
	 * no time of its own takes the day of the nearest sentence before it that names one
	 * (or, for a headline or lead, of the first one after it). An event of the same type
	 * and day as an earlier one is the same occasion: a headline and the body, or the
	 * stops of a delegation's tour; they are merged, keeping the evidence of the sentence
	 * that names the day and the actors of both. A delegation sentence on the day of a
	 * conference names its participants and is merged into the conference. A title (the
	 * first line, without final punctuation) names the occasion the body reports: its
	 * event is merged into the body's first event of the same type, whatever the day.
	 */
	private static List<EventFact> occasions(List<Found> found, List<TimeExpression> dates) {
		List<EventFact> events = new ArrayList<>();
		List<Boolean> inherited = new ArrayList<>();
		Map<String, Integer> firstOfType = new HashMap<>();
		Map<String, List<Integer>> byOccasion = new HashMap<>();
		TimeExpression[] dayBefore = new TimeExpression[dates.size()];
		TimeExpression[] dayAfter = new TimeExpression[dates.size()];
		for (int k = 0; k < dates.size(); k++) {
			dayBefore[k] = (dates.get(k) != null) ? dates.get(k) : (k > 0) ? dayBefore[k - 1] : null;
		}
		for (int k = dates.size() - 2; k >= 0; k--) {
			dayAfter[k] = (dates.get(k + 1) != null) ? dates.get(k + 1) : dayAfter[k + 1];
		}
		List<Found> titleLast = new ArrayList<>(found.stream().filter((f) -> !f.title()).toList());
		found.stream().filter(Found::title).forEach(titleLast::add);
		for (Found f : titleLast) {
			EventFact event = f.fact();
			Integer first = firstOfType.get(event.type());
			if (f.title() && !f.ownTime() && first != null) {
				EventFact body = events.get(first);
				List<Actor> actors = new ArrayList<>(body.actors());
				event.actors()
					.stream()
					.filter((a) -> !actors.contains(a)
							&& (body.location() == null || !a.ref().equals(body.location().code())))
					.forEach(actors::add);
				events.set(first,
						body.with(body.date(), body.dateText(), actors, body.location(), body.evidence(), event));
				continue;
			}
			boolean borrowed = false;
			if (!f.ownTime()) {
				TimeExpression day = (dayBefore[f.sentence()] != null) ? dayBefore[f.sentence()]
						: dayAfter[f.sentence()];
				if (day != null) {
					event = event.with(day.value(), day.text(), event.actors(), event.location(), event.evidence(),
							null);
					borrowed = true;
				}
			}
			int same = sameOccasion(event, borrowed, events, byOccasion);
			if (same < 0) {
				byOccasion.computeIfAbsent(occasionKey(event.type(), event), (k) -> new ArrayList<>())
					.add(events.size());
				firstOfType.putIfAbsent(event.type(), events.size());
				events.add(event);
				inherited.add(borrowed);
				continue;
			}
			EventFact earlier = events.get(same);
			List<Actor> actors = new ArrayList<>(earlier.actors());
			boolean keepEarlier = !inherited.get(same) || borrowed;
			for (Actor actor : event.actors()) {
				if (!actors.contains(actor) && (earlier.type().equals("conference") || !keepEarlier
						|| actor.kind().equals("organisation"))) {
					actors.add(actor);
				}
			}
			EventFact base = keepEarlier ? earlier : event;
			Place location = (base.location() != null) ? base.location()
					: keepEarlier ? event.location() : earlier.location();
			if (location != null) {
				actors.removeIf((a) -> a.ref().equals(location.code()));
			}
			events.set(same, earlier.with(base.date(), base.dateText(), actors, location, base.evidence(), event));
			inherited.set(same, inherited.get(same) && borrowed);
		}
		return events;
	}

	/**
	 * The index of the earlier event the given one belongs to, or -1: the same type (or a
	 * conference, for a delegation sentence that borrowed its day) on the same day;
	 * without a day, the same type and location and no actor the earlier one lacks.
	 * Events are looked up by type, day and location, so a long document costs linear
	 * time.
	 */
	private static int sameOccasion(EventFact event, boolean borrowed, List<EventFact> events,
			Map<String, List<Integer>> byOccasion) {
		List<String> types = (borrowed && event.type().equals("visit")) ? List.of("visit", "conference")
				: List.of(event.type());
		for (String type : types) {
			for (int k : byOccasion.getOrDefault(occasionKey(type, event), List.of())) {
				if (event.date() != null || places(events.get(k).actors()).containsAll(places(event.actors()))) {
					return k;
				}
			}
		}
		return -1;
	}

	/** The places and groupings among actors (organisations left out). */
	private static List<Actor> places(List<Actor> actors) {
		return actors.stream().filter((a) -> !a.kind().equals("organisation")).toList();
	}

	/** Type and day of an event; without a day, type and location. */
	private static String occasionKey(String type, EventFact event) {
		return type + "|" + ((event.date() != null) ? event.date()
				: "-|" + ((event.location() != null) ? event.location().code() : "-"));
	}

	/**
	 * Whether a char offset lies inside a quoted title (《…》, „…“, “…”): the year of a
	 * plan's title ("（2026—2028年）") does not date the sentence.
	 */
	private static boolean insideTitle(Sentence sentence, int offset) {
		String before = sentence.text().substring(0, Math.max(0, offset - sentence.start()));
		return before.lastIndexOf('《') > before.lastIndexOf('》') || before.lastIndexOf('„') > before.lastIndexOf('“')
				|| before.lastIndexOf('“') > before.lastIndexOf('”') && before.indexOf('„') < 0;
	}

	/**
	 * Where a sentence begins after its dateline, if it has one (a char offset of the
	 * text).
	 */
	private static int bodyStart(Sentence sentence) {
		Matcher dateline = DATELINE.matcher(sentence.text());
		return sentence.start() + (dateline.lookingAt() ? dateline.end() : 0);
	}

	/** A region or grouping named at a char offset of the text. */
	private record Named(int start, int end, Actor actor) {

	}

	/**
	 * The regions (outside organisation names) and groupings named in the text, in text
	 * order, as possible subjects of targets and figures.
	 */
	private List<Named> subjectMentions(List<int[]> placeSpans, List<String> placeRefs, boolean[] inOrganisation,
			Map<String, List<Span>> groupingMentions, CodePoints offsets) {
		List<Named> named = new ArrayList<>();
		for (int k = 0; k < placeSpans.size(); k++) {
			if (!inOrganisation[k]) {
				named.add(new Named(placeSpans.get(k)[0], placeSpans.get(k)[1], regionActor(placeRefs.get(k))));
			}
		}
		groupingMentions.forEach((id, spans) -> {
			Actor grouping = groupingActor(id);
			for (Span span : spans) {
				named.add(new Named(offsets.charIndex(span.start()), offsets.charIndex(span.end()), grouping));
			}
		});
		named.sort(java.util.Comparator.comparingInt(Named::start));
		return named;
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
	private Actor subject(List<Named> subjects, Sentence sentence, int[] clause, Quantity quantity, Actor previous,
			List<String> regionsHere, String mainRegion, String mainGrouping, Map<String, List<Span>> regionMentions,
			String host) {
		Actor described = described(subjects, sentence, clause, quantity, regionMentions, host);
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
			if (k + 1 < inClause.size() && partOf(inClause.get(k + 1), named)
					&& inClause.get(k + 1).start() - named.end() <= 2) {
				return inClause.get(k + 1).actor();
			}
			return named.actor();
		}
		if (mainGrouping != null && GROUPING_REFERENCE.matcher(sentence.text())
			.region(clause[0] - sentence.start(), Math.min(clause[1], quantity.start()) - sentence.start())
			.find()) {
			return groupingActor(mainGrouping);
		}
		if (!inClause.isEmpty()) {
			return inClause.get(0).actor();
		}
		if (previous != null) {
			return previous;
		}
		String code = regionsHere.isEmpty() ? mainRegion : regionsHere.get(0);
		return (code != null) ? regionActor(code) : null;
	}

	/**
	 * The subject of a quantity when its clause describes a place rather than naming it:
	 * "die Jiangsu-Stadt" / "the Sichuan city" is the prefecture of that province named
	 * most often in the document; "the host city" / "die Gastgeberstadt" is where the
	 * document's first located event took place; 该区 / "the district" / "der Distrikt" is
	 * the host if it is a district, else the district named most often; 该市 / "the city"
	 * is the nearest city named before the sentence. Null otherwise.
	 */
	private Actor described(List<Named> subjects, Sentence sentence, int[] clause, Quantity quantity,
			Map<String, List<Span>> regionMentions, String host) {
		int to = Math.min(clause[1], quantity.start()) - sentence.start();
		int from = Math.max(clause[0] - sentence.start(), to - 200);
		if (to <= from) {
			return null;
		}
		String words = sentence.text().substring(from, to);
		for (Named named : named(subjects, clause[0], quantity.start())) {
			String code = named.actor().ref();
			boolean province = named.actor().kind().equals("region") && level(code) == 1;
			if (province && named.end() < sentence.end()) {
				Matcher after = DESCRIBED
					.matcher(text(sentence, named.end(), Math.min(sentence.end(), named.end() + 6)));
				if (after.lookingAt() && after.group("province") != null) {
					String city = mostNamedIn(code, regionMentions);
					return (city != null) ? regionActor(city) : null;
				}
			}
		}
		Matcher m = DESCRIBED.matcher(words);
		while (m.find()) {
			if (m.group("host") != null && host != null) {
				return regionActor(host);
			}
			if (m.group("district") != null) {
				String district = (host != null && level(host) == 3) ? host : mostNamedOfLevel(3, regionMentions);
				if (district != null) {
					return regionActor(district);
				}
			}
			if (m.group("this") != null) {
				for (int k = firstNamedFrom(subjects, sentence.start()) - 1; k >= 0; k--) {
					Named named = subjects.get(k);
					if (named.actor().kind().equals("region") && level(named.actor().ref()) == 2) {
						return named.actor();
					}
				}
			}
		}
		return null;
	}

	private int level(String code) {
		return this.gazetteer.region(code).map((r) -> r.level().number()).orElse(0);
	}

	/**
	 * The division of a level the document names most often (the first of equals), or
	 * null.
	 */
	private String mostNamedOfLevel(int level, Map<String, List<Span>> regionMentions) {
		return mostNamed(regionMentions, (code) -> level(code) == level);
	}

	/** The prefecture of a province the document names most often, or null. */
	private String mostNamedIn(String province, Map<String, List<Span>> regionMentions) {
		return mostNamed(regionMentions,
				(code) -> level(code) == 2 && province.equals(this.gazetteer.region(code).orElseThrow().parentCode()));
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
	private boolean partOf(Named inner, Named outer) {
		return inner.actor().kind().equals("region") && outer.actor().kind().equals("region")
				&& this.gazetteer.ancestors(inner.actor().ref())
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

	private Actor groupingActor(String id) {
		return new Actor("grouping", id, this.gazetteer.grouping(id).map(Grouping::nameEn).orElse(id));
	}

	private Actor regionActor(String code) {
		return new Actor("region", code, this.gazetteer.region(code).map(Region::nameEn).orElse(code));
	}

	/**
	 * The regions named in a sentence outside organisation names, prefecture level and
	 * above first. Place spans are in text order; {@code first} is the first one that
	 * does not begin before the sentence, so the cost is the number of places in the
	 * sentence.
	 */
	private List<String> regionsIn(Sentence sentence, int first, List<int[]> spans, List<String> refs,
			boolean[] inOrganisation) {
		List<String> here = new ArrayList<>();
		List<String> counties = new ArrayList<>();
		for (int k = first; k < spans.size() && spans.get(k)[0] < sentence.end(); k++) {
			if (spans.get(k)[1] <= sentence.end() && !inOrganisation[k]) {
				String code = refs.get(k);
				int level = this.gazetteer.region(code).orElseThrow().level().number();
				List<String> list = (level <= 2) ? here : counties;
				if (!list.contains(code)) {
					list.add(code);
				}
			}
		}
		here.addAll(counties);
		return here;
	}

	/** The first mention in a sentence of each place named in it, by code. */
	private static Map<String, int[]> placesIn(Sentence sentence, int first, List<int[]> spans, List<String> refs) {
		Map<String, int[]> here = new HashMap<>();
		for (int k = first; k < spans.size() && spans.get(k)[0] < sentence.end(); k++) {
			if (spans.get(k)[1] <= sentence.end()) {
				here.putIfAbsent(refs.get(k), spans.get(k));
			}
		}
		return here;
	}

	/**
	 * For each place span, whether it lies inside an organisation name ("Shanghai" in
	 * "Shanghai Institute of ..."). Both lists are in text order and organisation names
	 * do not overlap, so one merging pass suffices: O(places + organisations).
	 */
	private static boolean[] insideOrganisations(List<int[]> spans, List<Organisations.Mention> organisations) {
		boolean[] inside = new boolean[spans.size()];
		int o = 0;
		for (int k = 0; k < spans.size(); k++) {
			int[] span = spans.get(k);
			while (o < organisations.size() && organisations.get(o).end() < span[1]) {
				o++;
			}
			inside[k] = o < organisations.size() && span[0] >= organisations.get(o).start()
					&& span[1] <= organisations.get(o).end();
		}
		return inside;
	}

	/**
	 * The region the document is about: the prefecture-level or higher region named most
	 * often outside the glossary.
	 */
	private String mainRegion(List<int[]> spans, List<String> refs, List<Sentence> sentences,
			boolean[] inOrganisation) {
		Map<String, Integer> counts = new HashMap<>();
		int glossaryStart = Integer.MAX_VALUE;
		for (int k = sentences.size() - 1; k >= 0 && sentences.get(k).glossary(); k--) {
			glossaryStart = sentences.get(k).start();
		}
		for (int k = 0; k < spans.size(); k++) {
			boolean glossary = spans.get(k)[0] >= glossaryStart;
			if (!glossary && !inOrganisation[k]) {
				counts.merge(refs.get(k), 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/**
	 * One fact per organisation name, in order of first mention: the type of its last
	 * mention and the first region found inside one of its mentions (the last place span
	 * within that mention). Places are looked up by binary search: O((m + p) log p).
	 */
	private static List<OrganisationFact> organisationFacts(List<Organisations.Mention> mentions, CodePoints offsets,
			List<int[]> placeSpans, List<String> placeRefs) {
		Map<String, OrganisationFact> byName = new LinkedHashMap<>();
		for (Organisations.Mention m : mentions) {
			String region = null;
			for (int k = firstStartingAtOrAfter(placeSpans, m.start()); k < placeSpans.size()
					&& placeSpans.get(k)[0] < m.end(); k++) {
				if (placeSpans.get(k)[1] <= m.end()) {
					region = placeRefs.get(k);
				}
			}
			OrganisationFact existing = byName.get(m.name());
			List<Span> spans = (existing != null) ? existing.mentions() : new ArrayList<>();
			spans.add(span(offsets, m.start(), m.end()));
			byName.put(m.name(), new OrganisationFact(m.name(), m.type(),
					(existing != null && existing.regionCode() != null) ? existing.regionCode() : region, spans));
		}
		return shortFormsMerged(new ArrayList<>(byName.values()));
	}

	/**
	 * Organisations named once in full and again by a part of the name ("长三角城市经济协调会",
	 * then "城市经济协调会"; "Anhui Chamber of Commerce Shanghai", then "Chamber of Commerce")
	 * are one: the short form's mentions join the longest name that contains it. Only for
	 * documents with at most {@value #MERGED_NAMES} names, so the pairwise check stays
	 * bounded.
	 */
	private static List<OrganisationFact> shortFormsMerged(List<OrganisationFact> facts) {
		if (facts.size() > MERGED_NAMES) {
			return facts;
		}
		List<OrganisationFact> longestFirst = new ArrayList<>(facts);
		longestFirst.sort(java.util.Comparator.comparingInt((OrganisationFact f) -> -f.name().length()));
		Map<String, OrganisationFact> kept = new LinkedHashMap<>();
		for (OrganisationFact fact : facts) {
			kept.put(fact.name(), fact);
		}
		for (OrganisationFact shorter : longestFirst) {
			for (OrganisationFact longer : longestFirst) {
				if (longer.name().length() <= shorter.name().length()) {
					break;
				}
				if (kept.containsKey(longer.name()) && longer.name().contains(shorter.name())) {
					OrganisationFact target = kept.get(longer.name());
					List<Span> spans = new ArrayList<>(target.mentions());
					spans.addAll(kept.get(shorter.name()).mentions());
					spans.sort(java.util.Comparator.comparingInt(Span::start));
					kept.put(longer.name(),
							new OrganisationFact(target.name(), target.type(), target.regionCode(), spans));
					kept.remove(shorter.name());
					break;
				}
			}
		}
		return new ArrayList<>(kept.values());
	}

	private static final int MERGED_NAMES = 500;

	/** The index of the first span beginning at or after a char offset. */
	private static int firstStartingAtOrAfter(List<int[]> spans, int offset) {
		int low = 0;
		int high = spans.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (spans.get(middle)[0] < offset) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** A span of char offsets as code-point offsets: O(end - start). */
	static Span span(CodePoints offsets, int start, int end) {
		return new Span(offsets.codePoint(start), offsets.codePoint(end), offsets.text().substring(start, end));
	}

	/**
	 * The first valid full ISO date of a text, else the last day of its first ISO month
	 * ("2025-08"), else null.
	 */
	static LocalDate firstDate(String text) {
		LocalDate full = firstFullDate(text);
		if (full != null) {
			return full;
		}
		Matcher month = YEAR_MONTH.matcher(text);
		if (nextAtDash(month, text, 0)) {
			return java.time.YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)))
				.atEndOfMonth();
		}
		return null;
	}

	private static LocalDate firstFullDate(String text) {
		Matcher m = ISO_DATE.matcher(text);
		int from = 0;
		while (nextAtDash(m, text, from)) {
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			catch (java.time.DateTimeException ex) {
				from = m.end();
			}
		}
		return null;
	}

	/**
	 * As {@code matcher.find(from)} for {@link #ISO_DATE} and {@link #YEAR_MONTH}, whose
	 * matches all begin with four digits and a hyphen: the pattern is tried only four
	 * chars before each hyphen, so a long text costs one hyphen search rather than one
	 * pattern attempt per char.
	 */
	private static boolean nextAtDash(Matcher matcher, String text, int from) {
		matcher.useTransparentBounds(true);
		for (int dash = text.indexOf('-', from + 4); dash >= 0; dash = text.indexOf('-', dash + 1)) {
			if (matcher.region(dash - 4, text.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The first line that reads like a title: 4+ words or 6+ Chinese characters, at most
	 * 200 characters.
	 */
	static String title(String text) {
		String[] lines = text.strip().split("\n");
		String firstBody = null;
		for (String line : lines) {
			String s = line.strip();
			if (s.isEmpty() || (words(s) < 4 && hanCount(s) < 6)) {
				continue;
			}
			if (s.length() <= 200) {
				return s;
			}
			firstBody = s;
			break;
		}
		for (String line : lines) {
			String s = line.strip();
			if (s.length() <= 60 && hanCount(s) >= 6) {
				return s;
			}
		}
		if (firstBody == null) {
			return null;
		}
		int end = firstBody.indexOf(". ");
		String sentence = (end > 0) ? firstBody.substring(0, end + 1) : firstBody;
		return (sentence.length() <= 200) ? sentence : sentence.substring(0, 199) + "…";
	}

	/**
	 * The number of words of a stripped line, as {@code line.split("\\s+").length}: one
	 * more than its runs of ASCII white space.
	 */
	private static int words(String line) {
		int words = 1;
		for (int i = 1; i < line.length(); i++) {
			if (asciiSpace(line.charAt(i)) && !asciiSpace(line.charAt(i - 1))) {
				words++;
			}
		}
		return words;
	}

	/** The white space of {@code \\s}. */
	private static boolean asciiSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** The number of Han code points in a line. */
	private static long hanCount(String s) {
		long han = 0;
		for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
			if (Languages.han(s.codePointAt(i))) {
				han++;
			}
		}
		return han;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** UTF-8 bytes of a text, for callers that have text rather than a file. */
	public static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
