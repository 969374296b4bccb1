package org.corridor.ingest.internal;

import org.corridor.ingest.Extraction.EventFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Events, one per occasion, with their day, place, actors and figures. */
class EventAnnotatorTests {

	/** Asserts the events of a text as "type date location" (location "-" when none). */
	static Annotation assertEvents(String text, String published, String... events) {
		Annotation document = Stages.upTo(EventAnnotator.class, text, published);
		assertThat(document.events()).extracting(EventAnnotatorTests::describe).containsExactly(events);
		return document;
	}

	static String describe(EventFact event) {
		return event.type() + " " + event.date() + " " + ((event.location() != null) ? event.location().code() : "-");
	}

	@Test
	void aSigningAtAConferenceIsBothAndCarriesItsFigures() {
		Annotation document = assertEvents("9月16日，長江三角洲城市經濟協調會第二十次全體會議在連雲港召開，19個重大合作事項進行了現場簽約，總投資1365.8億元。",
				"2020-09-17", "project_signing 2020-09-16 320700", "conference 2020-09-16 320700");
		EventFact signing = document.events().get(0);
		assertThat(signing.count()).isEqualTo(19.0);
		assertThat(signing.value()).isEqualTo(1.3658e11);
	}

	@Test
	void theSentencesOfOneOccasionAreOneEventWithItsOrganisations() {
		Annotation document = assertEvents(
				"Am 14. März besuchte eine Delegation aus Hefei die Stadt Wuxi. "
						+ "Während des Besuchs besuchte die Delegation die Jiangnan University.",
				"2026-03-20", "visit 2026-03-14 -");
		assertThat(document.events().get(0).actors()).extracting((a) -> a.kind() + ":" + a.ref())
			.contains("region:340100", "region:320200", "organisation:Jiangnan University");
	}

	@Test
	void aNationalMeetingGivesNoEventToThePlacesAroundIt() {
		assertEvents("Kürzlich hat die Zentrale Wirtschaftsarbeitskonferenz in Peking beschlossen, Ningbo zu stärken.",
				"2026-01-09");
		assertEvents("The Central Economic Work Conference was held in Beijing; Ningbo welcomed it.", "2026-01-09");
	}

}
