package org.corridor.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Published when a new document has been stored, inside the transaction that stores it: a
 * listener that writes to the store joins that transaction, and a listener that fails
 * makes the whole ingest fail and leaves nothing behind. Carries the cooperation events
 * and the targets and figures of regions read from the document, each with the id of its
 * stored fact.
 *
 * @param documentId the stored document's id
 * @param title the document's title, or null
 * @param published the document's publication date, or null when unknown
 * @param events the events read from it, in the order of the text
 * @param quantities the targets and figures whose subject is a region
 */
public record DocumentIngested(long documentId, String title, LocalDate published, List<Event> events,
		List<Quantity> quantities) {

	public DocumentIngested {
		events = List.copyOf(events);
		quantities = List.copyOf(quantities);
	}

	/** A document with events only. */
	public DocumentIngested(long documentId, String title, LocalDate published, List<Event> events) {
		this(documentId, title, published, events, List.of());
	}

	/**
	 * A target or figure of a region, normalised as the extraction gives it.
	 *
	 * @param factId the id of the stored fact
	 * @param kind target or figure
	 * @param regionCode the region it is about
	 * @param indicator the indicator (the controlled vocabulary)
	 * @param value the value in base units
	 * @param unit CNY, percent, persons or count
	 * @param period the figure's period (2024, 2025-Q1..Q3) or the target's deadline year
	 * @param evidence the sentence it was read from
	 */
	public record Quantity(long factId, String kind, String regionCode, String indicator, double value, String unit,
			String period, String evidence) {

		public Quantity {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(regionCode, "regionCode");
			Objects.requireNonNull(indicator, "indicator");
			Objects.requireNonNull(unit, "unit");
			Objects.requireNonNull(period, "period");
			Objects.requireNonNull(evidence, "evidence");
		}

	}

	/**
	 * One event read from the document.
	 *
	 * @param factId the id of the stored event fact (unique over all documents)
	 * @param type visit, agreement, conference, project_signing, platform_launch or
	 * policy
	 * @param date the day the text gives for it, or null when it gives none
	 * @param parties the actors and then the place, without repeats
	 * @param evidence the sentence it was read from
	 */
	public record Event(long factId, String type, LocalDate date, List<Party> parties, String evidence) {

		public Event {
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(evidence, "evidence");
			parties = List.copyOf(parties);
		}

	}

	/**
	 * Who took part, or where it happened.
	 *
	 * @param kind region or organisation
	 * @param ref the region code, or the organisation's name as read
	 * @param name a display name
	 * @param regionCode the region it is in (the region itself for a region), or null
	 * when unknown
	 * @param location whether this is the place of the event rather than an actor
	 */
	public record Party(String kind, String ref, String name, String regionCode, boolean location) {

	}

}
