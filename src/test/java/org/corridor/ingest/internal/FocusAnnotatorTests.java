package org.corridor.ingest.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a document is about. */
class FocusAnnotatorTests {

	/** Asserts the region and grouping a text is about. */
	static Annotation assertFocus(String text, String region, String grouping) {
		Annotation document = Stages.upTo(FocusAnnotator.class, text, null);
		assertThat(document.mainRegion).isEqualTo(region);
		assertThat(document.mainGrouping).isEqualTo(grouping);
		return document;
	}

	@Test
	void theRegionNamedMostOftenOutsideOrganisationNames() {
		assertFocus("Ningbo trifft Shanghai. Ningbo unterzeichnet. Die Shanghai Jiao Tong University und die Shanghai "
				+ "Electric Group sind dabei.", "330200", null);
		assertFocus("长三角G60科创走廊九城市在上海市松江区会商，松江区代表出席，G60科创走廊联席会议召开。", "310117", "g60-corridor");
	}

}
