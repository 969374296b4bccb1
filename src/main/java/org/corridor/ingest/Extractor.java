package org.corridor.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.corridor.ingest.internal.CodePoints;
import org.corridor.ingest.internal.Dates;
import org.corridor.ingest.internal.Dates.TimeExpression;
import org.corridor.ingest.internal.Decoder;
import org.corridor.ingest.internal.Events;
import org.corridor.ingest.internal.IndicatorCues;
import org.corridor.support.Languages;
import org.corridor.ingest.internal.Organisations;
import org.corridor.ingest.internal.Quantities;
import org.corridor.ingest.internal.Quantity;
import org.corridor.ingest.internal.Sentence;
import org.corridor.ingest.internal.Sentences;

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

	/** A preposition of place right before a place name: the event happened there. */
	private static final Pattern LOCATION_CUE = Pattern.compile("(?:\\bin|\\bnach|\\bto|到|赴|在)\\s*$");

	/**
	 * Words one of which a sentence must contain (in lower case) before
	 * {@link #TARGET_CUE} is tried: each alternative of the pattern holds one of them.
	 */
	private static final List<String> TARGET_WORDS = List.of("bis", "by", "到", "年前", "ziel", "target", "aim", "goal",
			"streb", "目标", "力争", "soll");

	private static final Pattern CONDITIONAL = Pattern
		.compile("(?i)\\b(müsste|müssten|would need|would have to|würde)\\b");

	/**
	 * Words one of which a sentence must contain before {@link #CONDITIONAL} is tried.
	 */
	private static final List<String> CONDITIONAL_WORDS = List.of("müsste", "would", "würde");

	private final Gazetteer gazetteer;

	private final RegionResolver resolver;

	private final long maxBytes;

	public Extractor(Gazetteer gazetteer, long maxBytes) {
		this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
		this.resolver = new RegionResolver(gazetteer);
		this.maxBytes = maxBytes;
	}

	public Extractor(Gazetteer gazetteer) {
		this(gazetteer, Decoder.DEFAULT_LIMIT);
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
		String text = Decoder.decode(bytes, fileName, this.maxBytes);
		CodePoints offsets = CodePoints.of(text);
		LocalDate date = (published != null) ? published : firstDate(text);
		List<Sentence> sentences = Sentences.split(text);
		String language = Languages.detect(text);
		Resolution resolution = this.resolver.resolve(text);
		Map<String, List<Span>> regionMentions = new LinkedHashMap<>();
		Map<String, List<Span>> groupingMentions = new LinkedHashMap<>();
		List<int[]> placeSpans = new ArrayList<>();
		List<String> placeRefs = new ArrayList<>();
		for (Resolution.Mention mention : resolution.mentions()) {
			Resolution.Candidate best = mention.best();
			Span span = new Span(mention.start(), mention.end(), mention.text());
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
			if (!sentence.glossary()) {
				organisations.addAll(Organisations.find(sentence));
			}
		}
		boolean[] inOrganisation = insideOrganisations(placeSpans, organisations);
		String mainRegion = mainRegion(placeSpans, placeRefs, sentences, inOrganisation);
		List<EventFact> events = new ArrayList<>();
		List<TargetFact> targets = new ArrayList<>();
		List<FigureFact> figures = new ArrayList<>();
		String lastPeriod = null;
		int lastParagraph = -1;
		int firstPlace = 0;
		for (Sentence sentence : sentences) {
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
			String period = times.stream()
				.filter((t) -> t.kind().equals("period") || t.kind().equals("year"))
				.map(TimeExpression::value)
				.findFirst()
				.orElse(null);
			String eventType = Events.type(sentence);
			if (eventType != null) {
				EventFact event = event(eventType, sentence, times, regionsHere, mainRegion, offsets);
				if (events.stream().noneMatch((e) -> sameEvent(e, event))) {
					events.add(event);
				}
			}
			List<Quantity> quantities = Quantities.find(text, sentence);
			if (!quantities.isEmpty()) {
				String deadline = times.stream()
					.filter((t) -> t.kind().equals("deadline"))
					.map(TimeExpression::value)
					.findFirst()
					.orElse(null);
				int conditional = firstConditional(sentence);
				boolean targetSentence = conditional < 0 && containsAny(sentence.lower(), TARGET_WORDS)
						&& TARGET_CUE.matcher(sentence.text()).find();
				for (Quantity quantity : quantities) {
					String indicator = IndicatorCues.indicator(sentence, quantity.unit());
					if (indicator == null || (conditional >= 0 && sentence.start() + conditional < quantity.start())) {
						continue;
					}
					String subjectCode = regionsHere.isEmpty() ? mainRegion : regionsHere.get(0);
					Actor subject = (subjectCode != null) ? regionActor(subjectCode) : null;
					Span evidence = span(offsets, sentence.start(), sentence.end());
					if (targetSentence && deadline != null) {
						targets.add(new TargetFact(subject, indicator, quantity.value(), quantity.unit(),
								quantity.text(), Integer.valueOf(deadline), evidence));
					}
					else if (!targetSentence) {
						String figurePeriod = (period != null) ? period : lastPeriod;
						if (figurePeriod != null) {
							figures.add(new FigureFact(subject, indicator, quantity.value(), quantity.unit(),
									figurePeriod, evidence));
						}
					}
				}
			}
			if (period != null) {
				lastPeriod = period;
			}
		}
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

	private EventFact event(String type, Sentence sentence, List<TimeExpression> times, List<String> regionsHere,
			String mainRegion, CodePoints offsets) {
		TimeExpression when = times.stream().filter((t) -> t.kind().equals("date")).findFirst().orElse(null);
		String location = null;
		Matcher in = LOCATION_CUE.matcher("");
		for (String code : regionsHere) {
			int at = sentence.text().indexOf(this.gazetteer.region(code).orElseThrow().nameEn());
			if (at > 0 && in.reset(sentence.text().substring(Math.max(0, at - 6), at)).find()) {
				location = code;
				break;
			}
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
		Place place = (location != null) ? new Place(location, this.gazetteer.region(location).orElseThrow().nameEn())
				: null;
		return new EventFact(type, (when != null) ? when.value() : null, (when != null) ? when.text() : null, actors,
				place, span(offsets, sentence.start(), sentence.end()));
	}

	/**
	 * Whether two event facts report the same event: same type and location, the later
	 * one without a date of its own, and no actor the earlier one lacks.
	 */
	private static boolean sameEvent(EventFact earlier, EventFact later) {
		return earlier.type().equals(later.type()) && Objects.equals(earlier.location(), later.location())
				&& (later.date() == null || later.date().equals(earlier.date()))
				&& earlier.actors().containsAll(later.actors());
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
		return new ArrayList<>(byName.values());
	}

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
