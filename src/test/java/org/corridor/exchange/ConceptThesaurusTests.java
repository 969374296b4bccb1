package org.corridor.exchange;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptThesaurusTests {

	private static final ConceptThesaurus thesaurus = ConceptThesaurus.bundled();

	@Test
	void oneConceptInThreeLanguages() {
		assertThat(thesaurus.find("寻求全固态电池合作")).contains("solid_state_battery");
		assertThat(thesaurus.find("We build solid-state batteries.")).contains("solid_state_battery");
		assertThat(thesaurus.find("Pilotfertigung von Festkörperbatterien")).contains("solid_state_battery");
	}

	@Test
	void germanCompoundsAndSeparators() {
		assertThat(thesaurus.find("Lithium-Festkörperbatteriezellen im Technikum")).contains("solid_state_battery",
				"pilot_line");
		assertThat(thesaurus.find("sulfidische Festkörperelektrolyte")).contains("solid_state_electrolyte");
		assertThat(thesaurus.find("solid state\nelectrolyte")).contains("solid_state_electrolyte");
	}

	@Test
	void wordsMatchWholeAndShortLabelsInCase() {
		assertThat(thesaurus.find("SiC MOSFET modules")).contains("silicon_carbide");
		assertThat(thesaurus.find("the sic in the quotation")).doesNotContain("silicon_carbide");
		assertThat(thesaurus.find("flight pilot training for airline crews")).doesNotContain("pilot_line");
		assertThat(thesaurus.find("碳化硅功率器件")).contains("silicon_carbide");
	}

	@Test
	void everyConceptHasLabelsInAllThreeLanguagesAndKnownSupplyLinks() {
		assertThat(thesaurus.size()).isGreaterThanOrEqualTo(300);
		for (ConceptThesaurus.Concept concept : thesaurus.concepts()) {
			assertThat(concept.zh()).as(concept.id()).isNotEmpty();
			assertThat(concept.en()).as(concept.id()).isNotEmpty();
			assertThat(concept.de()).as(concept.id()).isNotEmpty();
			assertThat(thesaurus.find(concept.label("en"))).as(concept.id() + " finds its own label")
				.contains(concept.id());
		}
		assertThat(thesaurus.feeds("solid_state_electrolyte", "solid_state_battery")).isTrue();
		assertThat(thesaurus.feeds("solid_state_battery", "solid_state_electrolyte")).isFalse();
	}

}
