package org.corridor.ingest;

import java.util.List;

/**
 * A document laid out for reading: paragraphs of numbered sentences, each cut into
 * segments of plain text and highlighted mentions (places, groupings, organisations,
 * dates and values of facts), and the facts with the sentence each comes from. Segments
 * carry the text as written; the page escapes it.
 *
 * @param paragraphs the text in paragraphs
 * @param facts events, targets and figures, in that order
 */
public record Reading(List<Paragraph> paragraphs, List<Fact> facts) {

	public Reading {
		paragraphs = List.copyOf(paragraphs);
		facts = List.copyOf(facts);
	}

	/**
	 * A paragraph.
	 *
	 * @param glossary whether it belongs to a glossary appended to the document, from
	 * which no facts are drawn
	 * @param sentences its sentences
	 */
	public record Paragraph(boolean glossary, List<Line> sentences) {

		public Paragraph {
			sentences = List.copyOf(sentences);
		}

	}

	/**
	 * A sentence.
	 *
	 * @param number its index in the document
	 * @param segments its text in segments
	 * @param after the text between it and the next sentence of the paragraph
	 * @param facts ids of the facts it is evidence of
	 */
	public record Line(int number, List<Segment> segments, String after, List<String> facts) {

		public Line {
			segments = List.copyOf(segments);
			facts = List.copyOf(facts);
		}

	}

	/**
	 * A piece of a sentence.
	 *
	 * @param text the text as written
	 * @param kind {@code null} for plain text; region, grouping, organisation, date or
	 * value
	 * @param ref the region code, grouping id or organisation name; {@code null} for
	 * plain text
	 * @param title what it resolved to, for a tooltip ("Ningbo · 330200 · prefecture")
	 * @param facts ids of the facts it belongs to
	 */
	public record Segment(String text, String kind, String ref, String title, List<String> facts) {

		public Segment {
			facts = List.copyOf(facts);
		}

		public boolean marked() {
			return this.kind != null;
		}

	}

	/**
	 * A fact drawn from the document.
	 *
	 * @param id {@code e-<i>}, {@code t-<i>} or {@code f-<i>}
	 * @param kind event, target or figure
	 * @param type event type or indicator
	 * @param subject names of the actors of an event, or the subject of a target or
	 * figure
	 * @param location where an event took place, or {@code null}
	 * @param date an event's date (ISO), a target's deadline year, a figure's period
	 * @param value normalised value of a target or figure
	 * @param unit its unit
	 * @param sentence the index of the sentence it comes from, -1 if none
	 */
	public record Fact(String id, String kind, String type, List<String> subject, String location, String date,
			Double value, String unit, int sentence) {

		public Fact {
			subject = List.copyOf(subject);
		}

		/** The date as a day, when it is one ({@code null} for a year or a month). */
		public java.time.LocalDate day() {
			try {
				return (this.date != null && this.date.length() == 10) ? java.time.LocalDate.parse(this.date) : null;
			}
			catch (java.time.format.DateTimeParseException ex) {
				return null;
			}
		}

	}

}
