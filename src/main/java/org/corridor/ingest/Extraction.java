package org.corridor.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The extraction of one document, in the shape of the {@code corridor.extraction/1} JSON
 * of DESIGN.md (field names become snake_case on output). Offsets are code-point offsets
 * into the decoded text.
 */
public record Extraction(String schema, Source source, List<RegionFact> regions, List<GroupingFact> groupings,
		List<OrganisationFact> organisations, List<EventFact> events, List<TargetFact> targets,
		List<FigureFact> figures) {

	public static final String SCHEMA = "corridor.extraction/1";

	/** Where the document came from. */
	public record Source(String file, String sha256, String language, String published, String title) {

	}

	/** A span of the text. */
	public record Span(int start, int end, String text) {

	}

	/** A division named in the document. */
	public record RegionFact(String code, String nameEn, String nameZh, int level, List<Span> mentions) {

	}

	/** A grouping named in the document. */
	public record GroupingFact(String id, String nameEn, List<Span> mentions) {

	}

	/** An organisation named in the document. */
	public record OrganisationFact(String name, String type, String regionCode, List<Span> mentions) {

	}

	/** Who took part in an event, or whose target or figure it is. */
	public record Actor(String kind, String ref, String name) {

	}

	/** A place. */
	public record Place(String code, String nameEn) {

	}

	/**
	 * A cooperation event. Its actors are the places and the organisations the text names
	 * for it (kind {@code region}, {@code grouping} or {@code organisation}, whose ref is
	 * its name); {@code count} and {@code value} (in yuan) are those a project signing
	 * states ("52 projects with a total investment of 136.58 billion yuan"), written only
	 * when present.
	 */
	public record EventFact(String type, String date, String dateText, List<Actor> actors, Place location,
			Span evidence, @JsonInclude(JsonInclude.Include.NON_NULL) Double count,
			@JsonInclude(JsonInclude.Include.NON_NULL) Double value) {

		public EventFact(String type, String date, String dateText, List<Actor> actors, Place location, Span evidence) {
			this(type, date, dateText, actors, location, evidence, null, null);
		}

		/**
		 * The same event with another day, actors, location or evidence, keeping its
		 * figures.
		 */
		public EventFact with(String date, String dateText, List<Actor> actors, Place location, Span evidence,
				EventFact other) {
			return new EventFact(this.type, date, dateText, actors, location, evidence,
					(this.count != null) ? this.count : (other != null) ? other.count : null,
					(this.value != null) ? this.value : (other != null) ? other.value : null);
		}

	}

	/**
	 * A quantified target. {@code indicator} is a code of the controlled vocabulary, or
	 * {@code other} with the words the text names it by in {@code indicatorText} (only
	 * then written to JSON, as {@code indicator_text}; an {@code other} quantity whose
	 * text does not say what it measures has none). {@code qualifier} ({@code more_than},
	 * {@code about}, {@code nearly}, {@code at_least}, {@code at_most}), {@code value2}
	 * and {@code unit2} (a conversion stated with it, or the upper end of a range) are
	 * written only when present.
	 */
	public record TargetFact(Actor subject, String indicator, double value, String unit, String valueText,
			Integer deadline, Span evidence, @JsonInclude(JsonInclude.Include.NON_NULL) String indicatorText,
			@JsonInclude(JsonInclude.Include.NON_NULL) String qualifier,
			@JsonInclude(JsonInclude.Include.NON_NULL) Double value2,
			@JsonInclude(JsonInclude.Include.NON_NULL) String unit2) {

		/** A target of an indicator of the controlled vocabulary. */
		public TargetFact(Actor subject, String indicator, double value, String unit, String valueText,
				Integer deadline, Span evidence) {
			this(subject, indicator, value, unit, valueText, deadline, evidence, null, null, null, null);
		}

		public TargetFact(Actor subject, String indicator, double value, String unit, String valueText,
				Integer deadline, Span evidence, String indicatorText) {
			this(subject, indicator, value, unit, valueText, deadline, evidence, indicatorText, null, null, null);
		}

	}

	/**
	 * A reported figure; {@code indicator}, {@code indicatorText}, {@code qualifier},
	 * {@code value2} and {@code unit2} as for targets.
	 */
	public record FigureFact(Actor subject, String indicator, double value, String unit, String period, Span evidence,
			@JsonInclude(JsonInclude.Include.NON_NULL) String indicatorText,
			@JsonInclude(JsonInclude.Include.NON_NULL) String qualifier,
			@JsonInclude(JsonInclude.Include.NON_NULL) Double value2,
			@JsonInclude(JsonInclude.Include.NON_NULL) String unit2) {

		/** A figure of an indicator of the controlled vocabulary. */
		public FigureFact(Actor subject, String indicator, double value, String unit, String period, Span evidence) {
			this(subject, indicator, value, unit, period, evidence, null, null, null, null);
		}

		public FigureFact(Actor subject, String indicator, double value, String unit, String period, Span evidence,
				String indicatorText) {
			this(subject, indicator, value, unit, period, evidence, indicatorText, null, null, null);
		}

	}

}
