package org.corridor.cooperation;

import java.time.LocalDate;
import java.util.List;

import org.corridor.analytics.NetworkEdge;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CooperationNetworksTests {

	private final List<List<String>> events = List.of(List.of("320581", "330106"),
			List.of("320581", "330100", "320500"));

	private final CooperationNetworks networks = new CooperationNetworks(Gazetteer.bundled(), new CooperationRecord() {

		@Override
		public long record(CooperationEvent event) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<CooperationEvent> involving(String regionCode, LocalDate from, LocalDate to, int limit) {
			return List.of();
		}

		@Override
		public int countBetween(String regionA, String regionB, LocalDate since) {
			return 0;
		}

		@Override
		public List<List<String>> partyRegions(LocalDate from, LocalDate to) {
			return from.getYear() <= 2026 && to.getYear() >= 2026 ? CooperationNetworksTests.this.events : List.of();
		}

	});

	@Test
	void recordedEventsAddToTheCoMembershipTies() {
		LocalDate day = LocalDate.of(2026, 6, 1);
		double base = weight(this.networks.coMembership(Level.PREFECTURE, day), "320500", "330100");
		List<NetworkEdge> withEvents = this.networks.network(Level.PREFECTURE, day.minusYears(1), day);
		assertThat(weight(withEvents, "320500", "330100")).isEqualTo(base + 2);
		assertThat(weight(this.networks.network(Level.PREFECTURE, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)),
				"320500", "330100"))
			.isEqualTo(
					weight(this.networks.coMembership(Level.PREFECTURE, LocalDate.of(2021, 1, 1)), "320500", "330100"));
	}

	@Test
	void membersAreBroughtToTheRequestedLevel() {
		assertThat(this.networks.atLevel("310117", Level.PREFECTURE)).containsExactly("310000");
		assertThat(this.networks.atLevel("320583", Level.PREFECTURE)).containsExactly("320500");
		assertThat(this.networks.atLevel("130000", Level.PREFECTURE)).hasSize(11).contains("130100");
		assertThat(this.networks.atLevel("320583", Level.PROVINCE)).containsExactly("320000");
	}

	@Test
	void tiesCountTheGroupingsSharedOnTheDay() {
		List<NetworkEdge> before = this.networks.coMembership(Level.PREFECTURE, LocalDate.of(2017, 1, 1));
		List<NetworkEdge> after = this.networks.coMembership(Level.PREFECTURE, LocalDate.of(2019, 1, 1));
		assertThat(weight(before, "310000", "330400")).isEqualTo(1.0);
		assertThat(weight(after, "310000", "330400")).as("Yangtze River Delta and G60").isEqualTo(2.0);
		assertThat(weight(after, "330100", "340100")).isEqualTo(2.0);
		assertThat(weight(after, "341300", "330400")).as("Suzhou (Anhui) joined the delta in 2019-12").isZero();
		assertThat(this.networks.coMembership(Level.PROVINCE, LocalDate.of(2019, 1, 1))).extracting(NetworkEdge::source)
			.doesNotContain("330100");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.networks.coMembership(Level.COUNTY, LocalDate.of(2019, 1, 1)));
	}

	private static double weight(List<NetworkEdge> edges, String a, String b) {
		return edges.stream()
			.filter((e) -> (e.source().equals(a) && e.target().equals(b))
					|| (e.source().equals(b) && e.target().equals(a)))
			.mapToDouble(NetworkEdge::weight)
			.sum();
	}

}
