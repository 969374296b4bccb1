package org.corridor.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.corridor.analytics.GravityModel;
import org.corridor.analytics.NetworkEdge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NetworkViewTests {

	/** Two triangles, a–b–c and x–y–z, joined through c–m–x. */
	private final List<NetworkEdge> edges = List.of(new NetworkEdge("a", "b", 1), new NetworkEdge("b", "c", 1),
			new NetworkEdge("a", "c", 1), new NetworkEdge("x", "y", 1), new NetworkEdge("y", "z", 1),
			new NetworkEdge("x", "z", 1), new NetworkEdge("c", "m", 1), new NetworkEdge("m", "x", 2));

	private final NetworkAnalysis.Result result = NetworkAnalysis.of(this.edges, String::toUpperCase,
			(nodes) -> nodes.stream()
				.map((n) -> new GravityModel.Mass(n.node(), 100, 100, 30 + n.node().charAt(0) / 10.0, 120))
				.toList());

	private NetworkView view(String sort, boolean descending) {
		return NetworkView.of(this.result, String::toUpperCase, "degree", sort, descending, Locale.ENGLISH);
	}

	@Test
	void bridgesAreNodesOnShortestPathsThatReachAnotherCommunity() {
		NetworkView view = view("name", false);
		assertThat(view.bridges()).extracting(NetworkView.Bridge::code).contains("m").doesNotContain("a", "b", "y");
		assertThat(view.bridges().get(0).betweenness()).isGreaterThanOrEqualTo(view.bridges().get(1).betweenness());
		assertThat(view.bridges()).allSatisfy((b) -> assertThat(b.reaches()).doesNotContain(b.community()));
		assertThat(view.rows()).filteredOn(NetworkView.Row::bridge)
			.extracting(NetworkView.Row::code)
			.containsExactlyInAnyOrderElementsOf(view.bridges().stream().map(NetworkView.Bridge::code).toList());
	}

	@Test
	void underConnectedPairsAreBelowHalfTheGravityExpectationLowestFirst() {
		NetworkView view = view("name", false);
		assertThat(view.underConnected()).isNotEmpty().allSatisfy((p) -> assertThat(p.ratio()).isLessThan(0.5));
		assertThat(view.underConnected()).extracting(NetworkView.Pair::ratio).isSorted();
		assertThat(view.underConnected()).noneSatisfy((p) -> assertThat(List.of(p.a(), p.b())).contains("a", "b"));
		assertThat(view.underConnected().get(0).aName()).isEqualTo(view.underConnected().get(0).a().toUpperCase());
	}

	@Test
	void theTableSortsByAnyColumnEitherWay() {
		assertThat(view("name", false).rows()).extracting(NetworkView.Row::code)
			.containsExactly("a", "b", "c", "m", "x", "y", "z");
		assertThat(view("name", true).rows()).extracting(NetworkView.Row::code)
			.containsExactly("z", "y", "x", "m", "c", "b", "a");
		assertThat(view("strength", true).rows()).extracting(NetworkView.Row::code).startsWith("x");
		assertThat(view("betweenness", true).rows()).extracting(NetworkView.Row::betweenness)
			.isSortedAccordingTo((p, q) -> Double.compare(q, p));
		assertThat(view("degree", false).rows().get(0).degree()).isEqualTo(2);
	}

	@Test
	void theChartSizesNodesByTheChosenMeasure() {
		NetworkView view = NetworkView.of(this.result, String::toUpperCase, "betweenness", "name", false,
				Locale.ENGLISH);
		@SuppressWarnings("unchecked")
		List<java.util.Map<String, Object>> nodes = (List<java.util.Map<String, Object>>) view.chart().get("nodes");
		double a = (double) nodes.stream().filter((n) -> n.get("id").equals("a")).findFirst().get().get("symbolSize");
		double m = (double) nodes.stream().filter((n) -> n.get("id").equals("m")).findFirst().get().get("symbolSize");
		assertThat(a).isEqualTo(8.0);
		assertThat(m).isGreaterThan(a);
	}

	@Test
	void windowBoundsAreYearsOrDays() {
		assertThat(NetworkView.bound("from", "2024", false)).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(NetworkView.bound("to", "2024", true)).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(NetworkView.bound("to", "2024-06-30", true)).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> NetworkView.bound("from", "May", false));
	}

}
