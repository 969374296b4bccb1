package org.corridor.cooperation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.corridor.cooperation.CooperationEvent;
import org.corridor.cooperation.CooperationRecord;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.Region;
import org.corridor.ingest.DocumentIngested;
import org.corridor.ingest.DocumentsReplayed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the events read from ingested documents into the cooperation record, so the
 * network and the region timelines show them.
 * <p>
 * Each event read from a document with at least one region among its parties becomes one
 * {@link CooperationEvent}: origin {@code ingest}, origin reference the id of its event
 * fact, review status {@code extracted}, title the evidence sentence (shortened to
 * {@value #TITLE_LENGTH} characters), parties its actor regions and organisations and its
 * place. An organisation counts as a party only when its region is known.
 * <p>
 * <b>Date:</b> the day the text gives for the event; when it gives none, the document's
 * publication date (given at ingest, or else the first full date in its text), as the day
 * by which the event had happened. An event with neither is left out of the record (it
 * stays among the document's facts).
 * <p>
 * A new document's events are recorded while it is stored, in the same transaction: a
 * failed ingest records nothing. At start the stored documents are replayed
 * ({@link DocumentsReplayed}), so documents stored before this reader existed join the
 * record; the record keeps one event per origin reference, so a replay adds only what is
 * missing.
 */
@Component
class ExtractedEvents {

	/** The longest title, in characters, before it is shortened with an ellipsis. */
	static final int TITLE_LENGTH = 160;

	private static final Logger log = LoggerFactory.getLogger(ExtractedEvents.class);

	private static final Set<String> TYPES = Set.of("visit", "agreement", "conference", "project_signing",
			"platform_launch", "policy");

	private final CooperationRecord record;

	private final Gazetteer gazetteer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ExtractedEvents(CooperationRecord record, Gazetteer gazetteer, JdbcClient jdbc, TransactionTemplate transactions) {
		this.record = record;
		this.gazetteer = gazetteer;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Records the events of a newly stored document, in the transaction that stores it;
	 * first among the listeners, so later ones find them recorded.
	 */
	@EventListener
	@Order(0)
	void ingested(DocumentIngested document) {
		for (DocumentIngested.Event event : document.events()) {
			CooperationEvent entry = entry(document, event);
			if (entry != null) {
				this.record.record(entry);
			}
		}
	}

	@EventListener
	void replayed(DocumentsReplayed replayed) {
		catchUp(replayed.documents());
	}

	/**
	 * Records the events of stored documents that the record lacks.
	 * @return how many were added
	 */
	int catchUp(List<DocumentIngested> stored) {
		Set<String> recorded = new HashSet<>(
				this.jdbc.sql("SELECT origin_ref FROM cooperation_event WHERE origin = 'ingest'")
					.query(String.class)
					.list());
		int added = 0;
		for (DocumentIngested document : stored) {
			List<CooperationEvent> missing = new ArrayList<>();
			for (DocumentIngested.Event event : document.events()) {
				CooperationEvent entry = entry(document, event);
				if (entry != null && !recorded.contains(entry.originRef())) {
					missing.add(entry);
				}
			}
			if (!missing.isEmpty()) {
				this.transactions.executeWithoutResult((status) -> missing.forEach(this.record::record));
				added += missing.size();
			}
		}
		if (added > 0) {
			log.info("Added {} events read from stored documents to the cooperation record", added);
		}
		return added;
	}

	/** The record entry of an event, or null when it has no region or no date. */
	CooperationEvent entry(DocumentIngested document, DocumentIngested.Event event) {
		LocalDate date = (event.date() != null) ? event.date() : document.published();
		List<CooperationEvent.Party> parties = new ArrayList<>();
		for (DocumentIngested.Party party : event.parties()) {
			Region region = (party.regionCode() != null) ? this.gazetteer.region(party.regionCode()).orElse(null)
					: null;
			if (region == null) {
				continue;
			}
			String name = "region".equals(party.kind()) ? region.nameEn() : party.name();
			if (parties.stream().noneMatch((p) -> p.kind().equals(party.kind()) && p.ref().equals(party.ref()))) {
				parties.add(new CooperationEvent.Party(party.kind(), party.ref(), name, region.code()));
			}
		}
		if (date == null || parties.stream().noneMatch((p) -> "region".equals(p.kind()))) {
			return null;
		}
		String type = TYPES.contains(event.type()) ? event.type() : "other";
		return new CooperationEvent(0, type, date, title(event.evidence()),
				"Read from document " + document.documentId()
						+ ((document.title() != null) ? " \"" + document.title() + "\"" : "")
						+ ((event.date() == null) ? "; dated by the document's publication date" : ""),
				"ingest", Long.toString(event.factId()), "extracted", parties);
	}

	/** The evidence on one line, shortened at a code-point boundary. */
	static String title(String evidence) {
		String line = evidence.replaceAll("\\s+", " ").strip();
		if (line.isEmpty()) {
			return "(event without text)";
		}
		if (line.codePointCount(0, line.length()) <= TITLE_LENGTH) {
			return line;
		}
		return line.substring(0, line.offsetByCodePoints(0, TITLE_LENGTH - 1)).strip() + "…";
	}

}
