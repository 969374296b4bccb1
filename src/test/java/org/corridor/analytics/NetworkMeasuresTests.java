package org.corridor.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class NetworkMeasuresTests {

	private static final JsonNode reference = JsonMapper.builder()
		.build()
		.readTree(DataEnvelopmentTests.resource("network-reference.json"));

	/**
	 * Every measure against networkx 2.8.8 on the same edge lists
	 * ({@code tools/reference/network_reference.py}).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "karate.csv", "random-weighted.csv", "random-directed.csv", "two-components.csv" })
	void agreesWithNetworkx(String file) {
		JsonNode graph = reference.get("graphs").get(file);
		boolean directed = graph.get("directed").asBoolean();
		boolean weighted = graph.get("weighted").asBoolean();
		JsonNode expected = graph.get("measures");
		List<NodeMeasures> measures = NetworkMeasures.measure(edges(file), directed, weighted);
		assertThat(measures).hasSize(expected.get("degree").size());
		for (NodeMeasures node : measures) {
			String v = node.node();
			assertThat(node.degree()).as(file + " degree " + v).isEqualTo(expected.get("degree").get(v).asInt());
			assertThat(node.strength()).as("strength " + v)
				.isCloseTo(expected.get("strength").get(v).asDouble(), within(1e-9));
			assertThat(node.betweenness()).as(file + " betweenness " + v)
				.isCloseTo(expected.get("betweenness").get(v).asDouble(), within(1e-9));
			assertThat(node.closeness()).as(file + " closeness " + v)
				.isCloseTo(expected.get("closeness").get(v).asDouble(), within(1e-9));
			assertThat(node.eigenvector()).as(file + " eigenvector " + v)
				.isCloseTo(expected.get("eigenvector").get(v).asDouble(), within(1e-6));
			assertThat(node.pagerank()).as(file + " pagerank " + v)
				.isCloseTo(expected.get("pagerank").get(v).asDouble(), within(1e-7));
		}
		if (expected.has("louvain_modularity")) {
			assertThat(NetworkMeasures.modularity(edges(file), directed, weighted))
				.isGreaterThanOrEqualTo(expected.get("louvain_modularity").asDouble() - 0.02);
		}
	}

	@Test
	void louvainFindsTheTwoSidesOfASimpleBarbell() {
		List<NetworkEdge> edges = new ArrayList<>();
		for (String[] pair : new String[][] { { "a", "b" }, { "b", "c" }, { "c", "a" }, { "x", "y" }, { "y", "z" },
				{ "z", "x" }, { "c", "x" } }) {
			edges.add(new NetworkEdge(pair[0], pair[1], 1));
		}
		Map<String, Integer> community = new java.util.HashMap<>();
		NetworkMeasures.measure(edges, false, false).forEach((n) -> community.put(n.node(), n.community()));
		assertThat(community.get("a")).isEqualTo(community.get("b")).isEqualTo(community.get("c"));
		assertThat(community.get("x")).isEqualTo(community.get("y")).isEqualTo(community.get("z"));
		assertThat(community.get("a")).isNotEqualTo(community.get("x"));
	}

	@Test
	void refusesEmptyListsSelfLoopsAndRepeatedEdges() {
		assertThatIllegalArgumentException().isThrownBy(() -> NetworkMeasures.measure(List.of(), false, false))
			.withMessageContaining("empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NetworkMeasures
				.measure(List.of(new NetworkEdge("a", "b", 1), new NetworkEdge("c", "c", 1)), false, false))
			.withMessageContaining("edge 2 is a self-loop on c");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NetworkMeasures
				.measure(List.of(new NetworkEdge("a", "b", 1), new NetworkEdge("b", "a", 2)), false, true))
			.withMessageContaining("edge 2 (b – a) repeats edge 1");
		assertThat(NetworkMeasures.measure(List.of(new NetworkEdge("a", "b", 1), new NetworkEdge("b", "a", 2)), true,
				true))
			.hasSize(2);
		assertThatIllegalArgumentException().isThrownBy(() -> new NetworkEdge("a", "b", 0))
			.withMessageContaining("positive");
	}

	static List<NetworkEdge> edges(String file) {
		List<String> lines = DataEnvelopmentTests.resource(file).lines().skip(1).filter((l) -> !l.isBlank()).toList();
		List<NetworkEdge> edges = new ArrayList<>();
		for (String line : lines) {
			String[] cells = line.split(",");
			edges.add(new NetworkEdge(cells[0], cells[1], (cells.length > 2) ? Double.parseDouble(cells[2]) : 1));
		}
		return edges;
	}

}
