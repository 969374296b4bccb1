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

	private final CooperationNetworks networks = new CooperationNetworks(Gazetteer.bundled());

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
