package org.corridor.ingest.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Divisions and groupings named, in simplified and traditional characters alike. */
class PlaceAnnotatorTests {

	/**
	 * Asserts the division codes and grouping ids a text names, in order of first
	 * mention.
	 */
	static Annotation assertPlaces(String text, String[] regions, String... groupings) {
		Annotation document = Stages.upTo(PlaceAnnotator.class, text, null);
		assertThat(document.regionMentions().keySet()).containsExactly(regions);
		assertThat(document.groupingMentions().keySet()).containsExactly(groupings);
		return document;
	}

	@Test
	void findsPlacesAndGroupingsInTraditionalCharactersWithTheTextAsWritten() {
		Annotation document = assertPlaces("長江三角洲城市經濟協調會第二十次全體會議在連雲港召開，鹽城代表出席。", new String[] { "320700", "320900" },
				"yangtze-river-delta");
		assertThat(document.regionMentions().get("320700")).extracting((s) -> s.text()).containsExactly("連雲港");
	}

	@Test
	void findsPlacesInEnglishAndGerman() {
		assertPlaces("Chengdu und Chongqing im Chengdu-Chongqing-Wirtschaftskreis.",
				new String[] { "510100", "500000" }, "chengdu-chongqing-economic-circle");
		assertPlaces("The G60 corridor links Songjiang and Hefei.", new String[] { "310117", "340100" },
				"g60-corridor");
	}

	@Test
	void aPlaceInsideAGroupingsNameOrBeforeALakeIsNoPlace() {
		assertPlaces("The Guangdong-Hong Kong-Macao Greater Bay Area grows.", new String[0], "greater-bay-area");
		assertPlaces("Wuxi lies on Taihu Lake.", new String[] { "320200" });
	}

}
