package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Targets and figures: what, whose, when, and whether a goal. */
class FactAnnotatorTests {

	/**
	 * Asserts the facts of a text as "kind subject indicator[/text] value unit time"
	 * (subject and time "-" when none), targets first.
	 */
	static Annotation assertFacts(String text, String published, String... facts) {
		Annotation document = Stages.upTo(FactAnnotator.class, text, published);
		List<String> found = new ArrayList<>();
		document.targets()
			.forEach((t) -> found.add("target " + ((t.subject() != null) ? t.subject().ref() : "-") + " "
					+ t.indicator() + ((t.indicatorText() != null) ? "/" + t.indicatorText() : "") + " " + t.value()
					+ " " + t.unit() + " " + ((t.deadline() != null) ? t.deadline() : "-")));
		document.figures()
			.forEach((f) -> found.add("figure " + ((f.subject() != null) ? f.subject().ref() : "-") + " "
					+ f.indicator() + ((f.indicatorText() != null) ? "/" + f.indicatorText() : "") + " " + f.value()
					+ " " + f.unit() + " " + ((f.period() != null) ? f.period() : "-")));
		assertThat(found).containsExactly(facts);
		return document;
	}

	@Test
	void theProjectsSignedAtAConferenceAreTheOccasionsFigures() {
		assertFacts("3月12日，宁波市举行招商大会，现场签约重大合作项目52个，总投资1365.8亿元。", "2025-03-13",
				"figure event other/major cooperation projects 52.0 count 2025",
				"figure event other/investment 1.3658E11 CNY 2025");
	}

	@Test
	void aPlanForTheYearIsATargetAndAStatedValueAFigure() {
		assertFacts("2026年，成都市共安排重点项目280个，年度计划投资3120亿元。", "2026-01-20",
				"target 510100 other/annual planned investment 3.12E11 CNY 2026",
				"figure 510100 other/key projects 280.0 count 2026");
		assertFacts("Ningbo's GDP reached 1.81 trillion yuan in 2024.", "2025-02-01",
				"figure 330200 gdp 1.81E12 CNY 2024");
	}

	@Test
	void aConditionalStatesNothingAndARepeatedQuantityIsOneFact() {
		assertFacts("Ningbo müsste 2025 um mehr als 10 % wachsen.", "2026-01-09");
		assertFacts("Hefei signed 18 projects. Hefei signed 18 projects.", "2026-01-09",
				"figure event other/projects 18.0 count -");
	}

}
