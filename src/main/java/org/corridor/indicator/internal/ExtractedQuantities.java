package org.corridor.indicator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.corridor.indicator.Observation;
import org.corridor.indicator.Target;
import org.corridor.ingest.DocumentIngested;
import org.corridor.ingest.DocumentsReplayed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures and targets of regions read from documents enter the indicator module as
 * {@code extracted}, never as truth: a figure becomes an observation of origin
 * {@code extracted} (the reference and imported values stay first wherever a value is
 * chosen), a target a target of origin {@code extracted} unless the region already has
 * the same target (indicator, deadline and value) from any origin. Each names its
 * document, fact and sentence as its source, marked machine-read. Runs inside the ingest
 * transaction (a failure leaves nothing), and at start catches up on documents stored
 * before ({@link DocumentsReplayed}).
 */
@Component
class ExtractedQuantities {

	private static final Logger log = LoggerFactory.getLogger(ExtractedQuantities.class);

	private static final Set<String> UNITS = Set.of("CNY", "percent", "persons", "count", "per_10k_residents");

	private static final int EVIDENCE_CHARS = 160;

	private final JdbcIndicators indicators;

	private final TransactionTemplate transactions;

	ExtractedQuantities(JdbcIndicators indicators, TransactionTemplate transactions) {
		this.indicators = indicators;
		this.transactions = transactions;
	}

	@EventListener
	@Order(1)
	void ingested(DocumentIngested document) {
		add(document);
	}

	@EventListener
	void replayed(DocumentsReplayed replayed) {
		catchUp(replayed.documents());
	}

	/**
	 * Adds what stored documents state and the indicator module lacks; observations are
	 * upserted and targets checked, so a second run adds nothing.
	 * @return how many observations and targets were offered
	 */
	int catchUp(List<DocumentIngested> stored) {
		int offered = 0;
		for (DocumentIngested document : stored) {
			if (!document.quantities().isEmpty()) {
				offered += this.transactions.execute((status) -> add(document));
			}
		}
		if (offered > 0) {
			log.debug("Offered {} figures and targets of stored documents to the indicator module", offered);
		}
		return offered;
	}

	private int add(DocumentIngested document) {
		List<Observation> observations = new ArrayList<>();
		int targets = 0;
		for (DocumentIngested.Quantity q : document.quantities()) {
			if (!UNITS.contains(q.unit()) || !q.indicator().matches("[a-z][a-z0-9_]{0,63}")) {
				continue;
			}
			String source = source(document, q);
			if (q.kind().equals("figure") && q.period().matches("\\d{4}(-Q[1-4](\\.\\.Q[1-4])?)?")) {
				int year = Integer.parseInt(q.period().substring(0, 4));
				if (year >= 1949 && year <= 2100) {
					observations.add(new Observation(q.regionCode(), q.indicator(), q.period(), year, q.value(),
							q.unit(), source, null, "extracted"));
				}
			}
			else if (q.kind().equals("target") && q.period().matches("\\d{4}") && !known(q)) {
				this.indicators.add(new Target(0, q.regionCode(), q.indicator(), q.value(), q.unit(),
						Integer.parseInt(q.period()), null, null, shorten(q.evidence()), source), "extracted");
				targets++;
			}
		}
		if (!observations.isEmpty()) {
			this.indicators.add(observations);
		}
		return observations.size() + targets;
	}

	private boolean known(DocumentIngested.Quantity target) {
		return this.indicators.targets(target.regionCode())
			.stream()
			.anyMatch((t) -> t.indicator().equals(target.indicator()) && t.unit().equals(target.unit())
					&& String.valueOf(t.deadline()).equals(target.period())
					&& Math.abs(t.value() - target.value()) <= 1e-9 * Math.max(1, Math.abs(target.value())));
	}

	private static String source(DocumentIngested document, DocumentIngested.Quantity q) {
		return "document " + document.documentId() + ", fact " + q.factId() + " (machine-read, unreviewed): "
				+ shorten(q.evidence());
	}

	private static String shorten(String sentence) {
		String line = sentence.replaceAll("\\s+", " ").strip();
		return (line.length() <= EVIDENCE_CHARS) ? line : line.substring(0, EVIDENCE_CHARS - 1) + "…";
	}

}
