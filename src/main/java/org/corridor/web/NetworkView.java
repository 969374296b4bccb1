package org.corridor.web;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.corridor.analytics.GravityModel;
import org.corridor.analytics.NetworkEdge;

/**
 * What the network page shows of an analysed network: the node table in the order asked
 * for, the bridges, the under-connected pairs and the chart's data.
 * <p>
 * <b>Bridges</b>: nodes tied to at least one node of another community and lying on some
 * shortest path between others (betweenness &gt; 0); the {@value #BRIDGES} with the
 * highest betweenness are highlighted. They hold communities together: without them the
 * network falls apart into its communities sooner.
 * <p>
 * <b>Under-connected pairs</b>: pairs of nodes whose observed tie weight is less than
 * {@value #UNDER_CONNECTED} of what the gravity model expects from their size and
 * distance; the {@value #PAIRS} with the lowest ratio are shown, the larger expectation
 * first among equal ratios (most often ratio 0: no tie at all).
 *
 * @param rows one row per node, sorted
 * @param bridges the highlighted bridges, highest betweenness first
 * @param underConnected the under-connected pairs
 * @param chart the chart's nodes, links and dashed links (maps and lists only, for the
 * JavaScript inliner)
 * @param communities how many communities
 */
record NetworkView(List<Row> rows, List<Bridge> bridges, List<Pair> underConnected, Map<String, Object> chart,
		int communities) {

	/** How many bridges are highlighted. */
	static final int BRIDGES = 10;

	/** Observed/expected below this marks a pair as under-connected. */
	static final double UNDER_CONNECTED = 0.5;

	/** How many under-connected pairs are shown. */
	static final int PAIRS = 20;

	/**
	 * Community colours, repeated past the ninth community (the number is always shown
	 * too).
	 */
	static final List<String> PALETTE = List.of("#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de", "#3ba272",
			"#fc8452", "#9a60b4", "#ea7ccc");

	/** The measures a node's size can show. */
	static final List<String> SIZE_MEASURES = List.of("degree", "strength", "betweenness", "closeness", "eigenvector",
			"pagerank");

	/** The columns the table can be sorted by. */
	static final List<String> COLUMNS = List.of("name", "community", "degree", "strength", "betweenness", "closeness",
			"eigenvector", "pagerank", "core");

	/** A node of the table. */
	record Row(String code, String name, int community, int degree, double strength, double betweenness,
			double closeness, double eigenvector, double pagerank, double core, boolean bridge) {

		double measure(String measure) {
			return switch (measure) {
				case "degree" -> this.degree;
				case "strength" -> this.strength;
				case "betweenness" -> this.betweenness;
				case "closeness" -> this.closeness;
				case "eigenvector" -> this.eigenvector;
				case "pagerank" -> this.pagerank;
				case "community" -> this.community;
				case "core" -> this.core;
				default -> throw new IllegalArgumentException("no measure " + measure);
			};
		}

	}

	/** A bridge and the other communities it reaches. */
	record Bridge(String code, String name, int community, double betweenness, List<Integer> reaches) {

	}

	/** An under-connected pair. */
	record Pair(String a, String aName, String b, String bName, double distanceKm, double observed, double expected,
			double ratio) {

	}

	/**
	 * The view of a non-empty network.
	 * @param names a node's name in the reader's language
	 * @param size the measure node sizes show (one of {@link #SIZE_MEASURES})
	 * @param sort the column to sort by (one of {@link #COLUMNS})
	 * @param descending whether the largest comes first
	 */
	static NetworkView of(NetworkAnalysis.Result result, Function<String, String> names, String size, String sort,
			boolean descending, Locale locale) {
		Map<String, Integer> community = new HashMap<>();
		result.nodes().forEach((n) -> community.put(n.node(), n.community()));
		Map<String, Set<Integer>> reaches = new HashMap<>();
		for (NetworkEdge e : result.edges()) {
			int a = community.get(e.source());
			int b = community.get(e.target());
			if (a != b) {
				reaches.computeIfAbsent(e.source(), (k) -> new TreeSet<>()).add(b);
				reaches.computeIfAbsent(e.target(), (k) -> new TreeSet<>()).add(a);
			}
		}
		List<Bridge> bridges = result.nodes()
			.stream()
			.filter((n) -> n.betweenness() > 0 && reaches.containsKey(n.node()))
			.sorted(Comparator.comparingDouble(NetworkAnalysis.NodeView::betweenness)
				.reversed()
				.thenComparing(NetworkAnalysis.NodeView::node))
			.limit(BRIDGES)
			.map((n) -> new Bridge(n.node(), names.apply(n.node()), n.community(), n.betweenness(),
					List.copyOf(reaches.get(n.node()))))
			.toList();
		Set<String> bridgeCodes = new TreeSet<>();
		bridges.forEach((b) -> bridgeCodes.add(b.code()));
		List<Row> rows = new ArrayList<>(result.nodes()
			.stream()
			.map((n) -> new Row(n.node(), names.apply(n.node()), n.community(), n.degree(), n.strength(),
					n.betweenness(), n.closeness(), n.eigenvector(), n.pagerank(), n.corePeriphery(),
					bridgeCodes.contains(n.node())))
			.toList());
		rows.sort(order(sort, descending, locale));
		List<Pair> pairs = result.gravity()
			.stream()
			.filter((p) -> p.ratio() < UNDER_CONNECTED)
			.sorted(Comparator.comparingDouble(GravityModel.Pair::ratio)
				.thenComparing(Comparator.comparingDouble(GravityModel.Pair::expected).reversed()))
			.limit(PAIRS)
			.map((p) -> new Pair(p.a(), names.apply(p.a()), p.b(), names.apply(p.b()), p.distanceKm(), p.observed(),
					p.expected(), p.ratio()))
			.toList();
		int communities = (int) result.nodes().stream().map(NetworkAnalysis.NodeView::community).distinct().count();
		return new NetworkView(rows, bridges, pairs, chart(rows, result.edges(), pairs, size), communities);
	}

	/** The order of the table: by a column, ties by name. */
	static Comparator<Row> order(String column, boolean descending, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Comparator<Row> byName = Comparator.comparing(Row::name, collator);
		Comparator<Row> order;
		if (column.equals("name")) {
			order = byName;
		}
		else {
			ToDoubleFunction<Row> value = (r) -> r.measure(column);
			order = Comparator.comparingDouble(value);
		}
		if (descending) {
			order = order.reversed();
		}
		return order.thenComparing(byName).thenComparing(Row::code);
	}

	private static Map<String, Object> chart(List<Row> rows, List<NetworkEdge> edges, List<Pair> pairs, String size) {
		double max = rows.stream().mapToDouble((r) -> r.measure(size)).max().orElse(0);
		List<Object> nodes = new ArrayList<>();
		for (Row row : rows) {
			double value = row.measure(size);
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("id", row.code());
			node.put("name", row.name());
			node.put("value", value);
			node.put("symbolSize", 8 + ((max > 0) ? 22 * Math.sqrt(Math.max(0, value) / max) : 0));
			node.put("category", row.community());
			node.put("bridge", row.bridge());
			nodes.add(node);
		}
		List<Object> links = new ArrayList<>();
		for (NetworkEdge e : edges) {
			links.add(Map.of("source", e.source(), "target", e.target(), "value", e.weight()));
		}
		List<Object> dashed = new ArrayList<>();
		for (Pair p : pairs) {
			dashed.add(Map.of("source", p.a(), "target", p.b(), "ratio", p.ratio()));
		}
		int communities = rows.stream().mapToInt(Row::community).max().orElse(-1) + 1;
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("nodes", nodes);
		chart.put("links", links);
		chart.put("underConnected", dashed);
		chart.put("communities", communities);
		return chart;
	}

	/** A window bound: a year or a day. */
	static LocalDate bound(String name, String value, boolean end) {
		if (value.matches("\\d{4}")) {
			int year = Integer.parseInt(value);
			return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
		}
		try {
			return LocalDate.parse(value);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new BadParameterException(name, name + " must be a year such as 2024 or a date YYYY-MM-DD, not \""
					+ Parameters.abbreviate(value) + "\"");
		}
	}

}
