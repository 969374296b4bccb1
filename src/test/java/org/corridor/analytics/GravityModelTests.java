package org.corridor.analytics;

import java.util.List;
import java.util.Map;

import org.corridor.analytics.GravityModel.Mass;
import org.corridor.analytics.GravityModel.Pair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class GravityModelTests {

	@Test
	void greatCircleDistancesMatchKnownValues() {
		// Shanghai (31.2304, 121.4737) to Beijing (39.9042, 116.4074): about 1,067 km
		assertThat(GravityModel.distanceKm(31.2304, 121.4737, 39.9042, 116.4074)).isCloseTo(1067, within(5.0));
		// a quarter of the equator
		assertThat(GravityModel.distanceKm(0, 0, 0, 90)).isCloseTo(Math.PI / 2 * 6371, within(1e-6));
		assertThat(GravityModel.distanceKm(10, 20, 10, 20)).isZero();
	}

	@Test
	void expectedFollowsMassAndDistanceAndSumsToTheObserved() {
		List<Mass> masses = List.of(new Mass("a", 4, 1, 0, 0), new Mass("b", 1, 1, 0, 1), new Mass("c", 1, 1, 0, 2));
		List<Pair> pairs = GravityModel.compare(masses,
				Map.of(List.of("a", "b"), 10.0, List.of("c", "b"), 10.0, List.of("a", "c"), 1.0), 1);
		double unit = GravityModel.distanceKm(0, 0, 0, 1);
		double rab = 2 / unit;
		double rbc = 1 / unit;
		double rac = 2 / (2 * unit);
		double k = 21 / (rab + rbc + rac);
		Pair ac = pairs.stream().filter((p) -> p.a().equals("a") && p.b().equals("c")).findFirst().orElseThrow();
		assertThat(ac.expected()).isCloseTo(k * rac, within(1e-9));
		assertThat(pairs.stream().mapToDouble(Pair::expected).sum()).isCloseTo(21, within(1e-9));
		assertThat(pairs.get(0)).isEqualTo(ac);
		assertThat(ac.ratio()).isLessThan(1);
	}

	@Test
	void refusesBadMassesDecayAndCoincidentPoints() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Mass("x", 0, 1, 0, 0))
			.withMessageContaining("positive");
		List<Mass> same = List.of(new Mass("a", 1, 1, 5, 5), new Mass("b", 1, 1, 5, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> GravityModel.compare(same, Map.of(), 1))
			.withMessageContaining("same point");
		assertThatIllegalArgumentException().isThrownBy(() -> GravityModel.compare(same, Map.of(), 0))
			.withMessageContaining("decay");
	}

}
