package org.corridor.ingest.internal;

import org.corridor.ingest.Extraction.OrganisationFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisation names in three languages, and the places inside them. */
class OrganisationAnnotatorTests {

	/**
	 * Asserts the organisations a text names (one per organisation, short forms merged).
	 */
	static Annotation assertOrganisations(String text, String... names) {
		Annotation document = Stages.upTo(OrganisationAnnotator.class, text, null);
		assertThat(document.organisationFacts()).extracting(OrganisationFact::name).containsExactly(names);
		return document;
	}

	@Test
	void anEnterpriseWhoseNameBeginsWithAPlaceIsTheOrganisation() {
		Annotation document = assertOrganisations("宁德时代与比亚迪在福建投资建厂。", "宁德时代", "比亚迪");
		assertThat(document.inOrganisation).containsExactly(true, false);
		assertOrganisations("CATL and Shanghai Electric signed with Tsinghua University.", "CATL", "Shanghai Electric",
				"Tsinghua University");
	}

	@Test
	void findsGovernmentBodiesButNotThePartyCommitteeOfAPlace() {
		assertOrganisations("The National Development and Reform Commission issued a plan.",
				"National Development and Reform Commission");
		assertOrganisations("Die Kommission für Entwicklung und Reform von Chongqing stellte den Plan vor.",
				"Kommission für Entwicklung und Reform von Chongqing");
		assertOrganisations("Party Chief of CPC Anhui Provincial Committee met the delegation.");
		assertOrganisations("长三角城市经济协调会成立于1996年。城市经济协调会第二十次全体会议召开。", "长三角城市经济协调会");
	}

}
