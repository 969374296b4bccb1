package org.corridor.analytics;

import java.util.List;
import java.util.Map;

import org.corridor.analytics.DeaSpec.Model;
import org.corridor.analytics.DeaSpec.Orientation;
import org.corridor.analytics.DeaSpec.ReturnsToScale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LearningPartnersTests {

	private static final DeaData hospitals = DataEnvelopmentTests.read("hospitals.csv", List.of("doctors", "nurses"),
			List.of("outpatients", "inpatients"));

	private static final DeaResult ccr = DataEnvelopment.evaluate(hospitals,
			new DeaSpec(Model.CCR, ReturnsToScale.CRS, Orientation.INPUT, false));

	private static final Map<String, Double> size = Map.ofEntries(Map.entry("A", 171.0), Map.entry("B", 150.0),
			Map.entry("C", 185.0), Map.entry("D", 195.0), Map.entry("E", 180.0), Map.entry("F", 310.0),
			Map.entry("G", 268.0), Map.entry("H", 237.0), Map.entry("I", 274.0), Map.entry("J", 318.0),
			Map.entry("K", 359.0), Map.entry("L", 322.0));

	@Test
	void peersRankedByWeightWithSizeAndNetworkDistance() {
		List<NetworkEdge> network = List.of(new NetworkEdge("E", "A", 1), new NetworkEdge("A", "D", 1));
		List<LearningPartners.Partner> partners = LearningPartners.of(ccr, "E", size, 3, network);
		DmuEfficiency e = ccr.dmus().get(4);
		assertThat(partners).extracting(LearningPartners.Partner::dmu).containsExactlyInAnyOrderElementsOf(e.peers());
		assertThat(partners.get(0).lambda()).isGreaterThanOrEqualTo(partners.get(partners.size() - 1).lambda());
		assertThat(partners).filteredOn((p) -> p.dmu().equals("D")).singleElement().satisfies((d) -> {
			assertThat(d.hops()).isEqualTo(2);
			assertThat(d.efficiency()).isEqualTo(1.0);
		});
		assertThat(partners).filteredOn((p) -> p.dmu().equals("B"))
			.singleElement()
			.satisfies((b) -> assertThat(b.hops()).isNull());
	}

	@Test
	void peersOfAVeryDifferentSizeAreLeftOutAndEfficientUnitsHaveNone() {
		assertThat(LearningPartners.of(ccr, "K", size, 1.2, List.of())).extracting(LearningPartners.Partner::dmu)
			.doesNotContain("D", "A");
		assertThat(LearningPartners.of(ccr, "A", size, 3, List.of())).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> LearningPartners.of(ccr, "Z", size, 3, List.of()))
			.withMessageContaining("not in the data");
		assertThatIllegalArgumentException().isThrownBy(() -> LearningPartners.of(ccr, "E", size, 0.5, List.of()))
			.withMessageContaining("band");
	}

}
