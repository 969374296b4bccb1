package org.corridor.analytics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NetworkExportTests {

	private static List<NetworkEdge> kiteWithTail() {
		List<NetworkEdge> edges = new ArrayList<>();
		String[] core = { "a", "b", "c", "d" };
		for (int i = 0; i < core.length; i++) {
			for (int j = i + 1; j < core.length; j++) {
				edges.add(new NetworkEdge(core[i], core[j], 1));
			}
		}
		edges.add(new NetworkEdge("d", "e & <f>", 2));
		return edges;
	}

	@Test
	void corePeripheryIsCorenessOverDegeneracy() {
		Map<String, Double> scores = NetworkMeasures.corePeriphery(kiteWithTail());
		assertThat(scores.get("a")).isEqualTo(1.0);
		assertThat(scores.get("d")).isEqualTo(1.0);
		assertThat(scores.get("e & <f>")).isCloseTo(1.0 / 3, within(1e-12));
	}

	@Test
	void graphmlIsWellFormedWithMeasuresAndWeights() throws Exception {
		List<NetworkEdge> edges = kiteWithTail();
		List<NodeMeasures> nodes = NetworkMeasures.measure(edges, false, true);
		String xml = NetworkExport.graphml(nodes, edges, false, Map.of("a", "Node \"A\""));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(5);
		assertThat(document.getElementsByTagName("edge").getLength()).isEqualTo(7);
		assertThat(document.getElementsByTagName("key").getLength()).isEqualTo(9);
		assertThat(xml).contains("e &amp; &lt;f&gt;", "Node &quot;A&quot;");
		String csv = NetworkExport.csv(nodes, Map.of());
		assertThat(csv.lines()).hasSize(6);
		assertThat(csv.lines().skip(1)).anySatisfy((line) -> assertThat(line).startsWith("e & <f>,e & <f>,1,2.0"));
	}

}
