package org.corridor.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A measured network as GraphML (for Gephi, Cytoscape, networkx's {@code read_graphml})
 * or as CSV.
 */
public final class NetworkExport {

	private static final String[] MEASURES = { "degree", "strength", "betweenness", "closeness", "eigenvector",
			"pagerank", "community" };

	private NetworkExport() {
	}

	/**
	 * GraphML with the measures as node data and the weight as edge data; {@code labels}
	 * gives a node's label where known.
	 */
	public static String graphml(List<NodeMeasures> nodes, List<NetworkEdge> edges, boolean directed,
			Map<String, String> labels) {
		StringBuilder xml = new StringBuilder(1024 + 200 * nodes.size() + 80 * edges.size());
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
			.append("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
		for (String measure : MEASURES) {
			String type = (measure.equals("degree") || measure.equals("community")) ? "int" : "double";
			xml.append("  <key id=\"")
				.append(measure)
				.append("\" for=\"node\" attr.name=\"")
				.append(measure)
				.append("\" attr.type=\"")
				.append(type)
				.append("\"/>\n");
		}
		xml.append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n")
			.append("  <graph id=\"cooperation\" edgedefault=\"")
			.append(directed ? "directed" : "undirected")
			.append("\">\n");
		for (NodeMeasures node : nodes) {
			xml.append("    <node id=\"").append(escape(node.node())).append("\">\n");
			data(xml, "label", labels.getOrDefault(node.node(), node.node()));
			data(xml, "degree", Integer.toString(node.degree()));
			data(xml, "strength", number(node.strength()));
			data(xml, "betweenness", number(node.betweenness()));
			data(xml, "closeness", number(node.closeness()));
			data(xml, "eigenvector", number(node.eigenvector()));
			data(xml, "pagerank", number(node.pagerank()));
			data(xml, "community", Integer.toString(node.community()));
			xml.append("    </node>\n");
		}
		int id = 0;
		for (NetworkEdge edge : edges) {
			xml.append("    <edge id=\"e")
				.append(id++)
				.append("\" source=\"")
				.append(escape(edge.source()))
				.append("\" target=\"")
				.append(escape(edge.target()))
				.append("\">\n");
			data(xml, "weight", number(edge.weight()));
			xml.append("    </edge>\n");
		}
		return xml.append("  </graph>\n</graphml>\n").toString();
	}

	/**
	 * One CSV row per node: node, label and the measures.
	 */
	public static String csv(List<NodeMeasures> nodes, Map<String, String> labels) {
		StringBuilder csv = new StringBuilder(
				"node,label,degree,strength,betweenness,closeness,eigenvector,pagerank,community\n");
		for (NodeMeasures n : nodes) {
			csv.append(field(n.node()))
				.append(',')
				.append(field(labels.getOrDefault(n.node(), n.node())))
				.append(',')
				.append(n.degree())
				.append(',')
				.append(number(n.strength()))
				.append(',')
				.append(number(n.betweenness()))
				.append(',')
				.append(number(n.closeness()))
				.append(',')
				.append(number(n.eigenvector()))
				.append(',')
				.append(number(n.pagerank()))
				.append(',')
				.append(n.community())
				.append('\n');
		}
		return csv.toString();
	}

	private static void data(StringBuilder xml, String key, String value) {
		xml.append("      <data key=\"").append(key).append("\">").append(escape(value)).append("</data>\n");
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.10g", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String field(String text) {
		return CsvCells.cell(text, false);
	}

}
