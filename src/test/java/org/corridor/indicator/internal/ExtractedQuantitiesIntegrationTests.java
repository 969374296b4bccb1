package org.corridor.indicator.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.corridor.CorridorIntegrationTest;
import org.corridor.indicator.Indicators;
import org.corridor.indicator.Observation;
import org.corridor.indicator.Target;
import org.corridor.ingest.Documents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures and targets read from a document reach the indicator module marked as
 * extracted, once, and never in place of a stated value.
 */
@CorridorIntegrationTest
class ExtractedQuantitiesIntegrationTests {

	@Autowired
	Documents documents;

	@Autowired
	Indicators indicators;

	@Autowired
	ExtractedQuantities extracted;

	@Test
	void aFigureAndATargetOfARegionEnterAsExtractedWithTheirSentence() {
		String text = "Lishui news, 3 March 2026. Im Jahr 2024 erreichte das BIP von Lishui 2.002,4 Milliarden Yuan. "
				+ "Bis 2028 will Lishui eine F&E-Quote von 3,3 % erreichen. Ref " + System.nanoTime();
		Documents.Ingested ingested = this.documents.ingest(text.getBytes(StandardCharsets.UTF_8), "lishui.txt",
				LocalDate.of(2026, 3, 3));
		assertThat(ingested.figures()).isPositive();
		List<Observation> gdp = this.indicators.observations("331100", "gdp")
			.stream()
			.filter((o) -> o.origin().equals("extracted") && o.source().startsWith("document " + ingested.id()))
			.toList();
		assertThat(gdp).hasSize(1);
		assertThat(gdp.get(0).value()).isEqualTo(2.0024e12);
		assertThat(gdp.get(0).period()).isEqualTo("2024");
		assertThat(gdp.get(0).source()).contains("machine-read", "2.002,4 Milliarden");
		List<Target> targets = this.indicators.targets("331100")
			.stream()
			.filter((t) -> t.indicator().equals("rd_intensity") && t.deadline() == 2028)
			.toList();
		assertThat(targets).hasSize(1);
		assertThat(targets.get(0).value()).isEqualTo(3.3);
		assertThat(targets.get(0).source()).contains("machine-read");
		int before = this.indicators.observations("331100", null).size();
		this.extracted.catchUp(this.documents.replay());
		assertThat(this.indicators.observations("331100", null)).hasSize(before);
		assertThat(this.indicators.targets("331100")
			.stream()
			.filter((t) -> t.indicator().equals("rd_intensity") && t.deadline() == 2028)).hasSize(1);
	}

	@Test
	void aTargetTheRegionAlreadyHasIsNotAddedAgain() {
		long before = this.indicators.targets("330200").size();
		this.documents.ingest(
				("Ningbo hatte sich das Ziel gesetzt, bis 2025 ein Bruttoinlandsprodukt von 2 Billionen Yuan "
						+ "zu erreichen. " + System.nanoTime())
					.getBytes(StandardCharsets.UTF_8),
				"ningbo.txt", LocalDate.of(2026, 1, 9));
		assertThat(this.indicators.targets("330200")).hasSize((int) before);
	}

}
