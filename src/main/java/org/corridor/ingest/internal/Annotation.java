package org.corridor.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import org.corridor.geo.Gazetteer;
import org.corridor.geo.Grouping;
import org.corridor.geo.Region;
import org.corridor.ingest.Extraction.Actor;
import org.corridor.ingest.Extraction.EventFact;
import org.corridor.ingest.Extraction.FigureFact;
import org.corridor.ingest.Extraction.OrganisationFact;
import org.corridor.ingest.Extraction.Span;
import org.corridor.ingest.Extraction.TargetFact;
import org.corridor.ingest.internal.Dates.TimeExpression;

/**
 * One document as the annotators see it, in the shape of CoreNLP's {@code Annotation}:
 * the text and, layer by layer, what each {@link Annotator} has added — sentences, the
 * places and groupings named, organisations, the document's focus, times, quantities,
 * events, and the targets and figures. A layer is read only after the annotator that
 * provides it has run ({@link #require}); per-sentence layers are arrays indexed like
 * {@link #sentences()}. Offsets are char offsets of the text unless a span says
 * otherwise.
 */
public final class Annotation {

	/** What an annotator adds to the document. */
	public enum Layer {

		/** Sentences, their language and paragraphs; the document's language. */
		SENTENCES,
		/** Divisions and groupings named, with their spans. */
		PLACES,
		/** Organisation names; which place names lie inside one. */
		ORGANISATIONS,
		/**
		 * The region and grouping the document is about; the names a quantity may be of.
		 */
		FOCUS,
		/** Days, years, periods and deadlines of each sentence. */
		TIMES,
		/** The quantities of each sentence. */
		QUANTITIES,
		/** Cooperation events, one per occasion. */
		EVENTS,
		/** Targets and figures. */
		FACTS

	}

	/**
	 * A region or grouping named at a char offset of the text, as a quantity's subject.
	 */
	public record Named(int start, int end, Actor actor) {

	}

	private final Gazetteer gazetteer;

	private final String text;

	private final CodePoints offsets;

	private final LocalDate published;

	private final IntConsumer checkpoint;

	private final Set<Layer> done = EnumSet.noneOf(Layer.class);

	List<Sentence> sentences;

	String language;

	final Map<String, List<Span>> regionMentions = new java.util.LinkedHashMap<>();

	final Map<String, List<Span>> groupingMentions = new java.util.LinkedHashMap<>();

	/** The {start, end} char offsets of each place named, in text order; codes alike. */
	final List<int[]> placeSpans = new ArrayList<>();

	final List<String> placeRefs = new ArrayList<>();

	/** The index of the first place span of each sentence. */
	int[] firstPlace;

	final List<Organisations.Mention> organisations = new ArrayList<>();

	List<OrganisationFact> organisationFacts;

	boolean[] inOrganisation;

	/** The organisations named in each sentence, as event actors. */
	List<List<Actor>> organisationsIn;

	String mainRegion;

	String mainGrouping;

	List<Named> subjects;

	List<List<TimeExpression>> times;

	/** The day a sentence names after its dateline, before "the next day" is resolved. */
	TimeExpression[] ownDay;

	/** The day of each sentence, "the next day" resolved; null where it names none. */
	TimeExpression[] day;

	/** The last day named up to and including each sentence. */
	TimeExpression[] lastDay;

	List<List<Quantity>> quantities;

	/** The event types each sentence reports. */
	List<List<String>> eventTypes;

	/** The host of the document's events as known after each sentence's events. */
	String[] hostAfter;

	final List<EventFact> events = new ArrayList<>();

	final List<TargetFact> targets = new ArrayList<>();

	final List<FigureFact> figures = new ArrayList<>();

	/**
	 * A document to annotate.
	 * @param checkpoint called with a char offset as annotators go from sentence to
	 * sentence; it throws to give the document up (time budget, caller gone)
	 */
	public Annotation(Gazetteer gazetteer, String text, LocalDate published, IntConsumer checkpoint) {
		this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
		this.text = Objects.requireNonNull(text, "text");
		this.offsets = CodePoints.of(text);
		this.published = published;
		this.checkpoint = checkpoint;
	}

	public String text() {
		return this.text;
	}

	public CodePoints offsets() {
		return this.offsets;
	}

	/** The publication date (given, or the first full date of the text), or null. */
	public LocalDate published() {
		return this.published;
	}

	Gazetteer gazetteer() {
		return this.gazetteer;
	}

	/** Fails unless an annotator has added the layer. */
	void require(Layer layer) {
		if (!this.done.contains(layer)) {
			throw new IllegalStateException("layer " + layer + " is read before an annotator provides it");
		}
	}

	void provided(Set<Layer> layers) {
		this.done.addAll(layers);
	}

	boolean has(Layer layer) {
		return this.done.contains(layer);
	}

	/** Called per sentence by the annotators that walk the sentences. */
	void checkpoint(int offset) {
		if (this.checkpoint != null) {
			this.checkpoint.accept(offset);
		}
	}

	public List<Sentence> sentences() {
		require(Layer.SENTENCES);
		return this.sentences;
	}

	public String language() {
		require(Layer.SENTENCES);
		return this.language;
	}

	public Map<String, List<Span>> regionMentions() {
		require(Layer.PLACES);
		return this.regionMentions;
	}

	public Map<String, List<Span>> groupingMentions() {
		require(Layer.PLACES);
		return this.groupingMentions;
	}

	public List<OrganisationFact> organisationFacts() {
		require(Layer.ORGANISATIONS);
		return this.organisationFacts;
	}

	public List<Organisations.Mention> organisationMentions() {
		require(Layer.ORGANISATIONS);
		return this.organisations;
	}

	public List<List<TimeExpression>> times() {
		require(Layer.TIMES);
		return this.times;
	}

	public List<List<Quantity>> quantities() {
		require(Layer.QUANTITIES);
		return this.quantities;
	}

	public List<EventFact> events() {
		require(Layer.EVENTS);
		return this.events;
	}

	public List<TargetFact> targets() {
		require(Layer.FACTS);
		return this.targets;
	}

	public List<FigureFact> figures() {
		require(Layer.FACTS);
		return this.figures;
	}

	/** The division's administrative level (1 province, 2 prefecture, 3 county), or 0. */
	int level(String code) {
		return this.gazetteer.region(code).map((r) -> r.level().number()).orElse(0);
	}

	Actor regionActor(String code) {
		return new Actor("region", code, this.gazetteer.region(code).map(Region::nameEn).orElse(code));
	}

	Actor groupingActor(String id) {
		return new Actor("grouping", id, this.gazetteer.grouping(id).map(Grouping::nameEn).orElse(id));
	}

	/**
	 * The regions named in sentence {@code s} outside organisation names, prefecture
	 * level and above first; the cost is the number of places in the sentence.
	 */
	List<String> regionsIn(int s) {
		Sentence sentence = this.sentences.get(s);
		List<String> here = new ArrayList<>();
		List<String> counties = new ArrayList<>();
		for (int k = this.firstPlace[s]; k < this.placeSpans.size()
				&& this.placeSpans.get(k)[0] < sentence.end(); k++) {
			if (this.placeSpans.get(k)[1] <= sentence.end() && !this.inOrganisation[k]) {
				String code = this.placeRefs.get(k);
				List<String> list = (level(code) <= 2) ? here : counties;
				if (!list.contains(code)) {
					list.add(code);
				}
			}
		}
		here.addAll(counties);
		return here;
	}

	/** The first mention in sentence {@code s} of each place named in it, by code. */
	Map<String, int[]> placesIn(int s) {
		Sentence sentence = this.sentences.get(s);
		Map<String, int[]> here = new HashMap<>();
		for (int k = this.firstPlace[s]; k < this.placeSpans.size()
				&& this.placeSpans.get(k)[0] < sentence.end(); k++) {
			if (this.placeSpans.get(k)[1] <= sentence.end()) {
				here.putIfAbsent(this.placeRefs.get(k), this.placeSpans.get(k));
			}
		}
		return here;
	}

	/** A span of char offsets as code-point offsets. */
	Span span(int start, int end) {
		return new Span(this.offsets.codePoint(start), this.offsets.codePoint(end), this.text.substring(start, end));
	}

}
