package org.corridor.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.corridor.analytics.internal.IndexedGraph;
import org.corridor.analytics.internal.Louvain;
import org.corridor.analytics.internal.ShortestPaths;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Centrality and communities of a cooperation network, with the definitions and
 * normalisations of networkx (3.x; checked against networkx 2.8.8 in the tests), so
 * results can be compared with it directly. When the network is weighted, weights act as
 * networkx's {@code weight} argument does: as <b>lengths</b> for betweenness and
 * closeness, as <b>strengths</b> for strength, eigenvector and PageRank. (For a network
 * whose weights count cooperation, pass lengths such as 1/w, or leave it unweighted, for
 * betweenness and closeness.)
 * <ul>
 * <li><b>degree</b>: number of ties (in + out if directed); <b>strength</b>: sum of tie
 * weights.</li>
 * <li><b>betweenness</b>: Brandes (2001), c_B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st, normalised by
 * 1/((n−1)(n−2)) with ordered pairs — networkx's
 * {@code betweenness_centrality(normalized=True)}; O(nm) unweighted, O(nm + n² log n)
 * weighted, sources split over the cores.</li>
 * <li><b>closeness</b>: (r−1)/Σ d(v,u) · (r−1)/(n−1) over the r nodes that reach u
 * (Wasserman and Faust's correction for disconnected graphs; incoming distances if
 * directed) — networkx's {@code closeness_centrality(wf_improved=True)}; O(nm).</li>
 * <li><b>eigenvector</b>: power iteration x ← (A + I)ᵀx normalised to unit Euclidean
 * norm, from x = 1, as networkx's {@code eigenvector_centrality}; iterated to a tolerance
 * of 1e−12.</li>
 * <li><b>pagerank</b>: Brin and Page (1998), damping 0.85, dangling nodes spread
 * uniformly, with JGraphT's {@link PageRank} to a tolerance of 1e−10.</li>
 * <li><b>community</b>: Louvain (Blondel et al. 2008), resolution 1, deterministic order;
 * networkx's {@code louvain_communities} is randomised, so only the modularity reached is
 * comparable.</li>
 * </ul>
 */
public final class NetworkMeasures {

	private NetworkMeasures() {
	}

	/**
	 * Measures every node of the network.
	 * @param edges the ties; no self-loops, no edge twice
	 * @param directed whether ties have a direction
	 * @param weighted whether to use the weights (else every tie counts 1)
	 * @return one result per node, in order of first appearance in {@code edges}
	 * @throws IllegalArgumentException for an empty list, a self-loop or a repeated edge,
	 * naming the edge's position (1-based)
	 */
	public static List<NodeMeasures> measure(List<NetworkEdge> edges, boolean directed, boolean weighted) {
		Objects.requireNonNull(edges, "edges");
		IndexedGraph graph = graph(edges, directed);
		int n = graph.size();
		double[] betweenness = betweenness(graph, weighted);
		double[] closeness = closeness(graph, weighted);
		double[] eigenvector = eigenvector(graph, weighted);
		double[] pagerank = pagerank(edges, directed, weighted, graph);
		int[] community = Louvain.communities(graph, weighted, 1.0);
		List<NodeMeasures> result = new ArrayList<>(n);
		for (int v = 0; v < n; v++) {
			result.add(new NodeMeasures(graph.name(v), graph.degree(v), weighted ? graph.strength(v) : graph.degree(v),
					betweenness[v], closeness[v], eigenvector[v], pagerank[v], community[v]));
		}
		return result;
	}

	/**
	 * Modularity of the Louvain partition that {@link #measure} reports.
	 */
	public static double modularity(List<NetworkEdge> edges, boolean directed, boolean weighted) {
		IndexedGraph graph = graph(edges, directed);
		return Louvain.modularity(graph, Louvain.communities(graph, weighted, 1.0), weighted, 1.0);
	}

	/**
	 * Betweenness alone, by node, in order of first appearance (for callers that need no
	 * other measure, and for benchmarks).
	 */
	public static double[] betweennessOf(List<NetworkEdge> edges, boolean directed, boolean weighted) {
		return betweenness(graph(edges, directed), weighted);
	}

	/**
	 * Core–periphery score of each node: its coreness (the largest k such that it belongs
	 * to the k-core, Seidman 1983, with JGraphT's {@link Coreness}) divided by the
	 * graph's degeneracy, so 1 marks the innermost core and values near 0 the periphery.
	 * Ties count once, directions are ignored. Cost O(m).
	 */
	public static java.util.Map<String, Double> corePeriphery(List<NetworkEdge> edges) {
		IndexedGraph indexed = graph(edges, false);
		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		for (int v = 0; v < indexed.size(); v++) {
			graph.addVertex(indexed.name(v));
		}
		for (NetworkEdge edge : edges) {
			graph.addEdge(edge.source(), edge.target());
		}
		Coreness<String, DefaultWeightedEdge> coreness = new Coreness<>(graph);
		int degeneracy = Math.max(1, coreness.getDegeneracy());
		java.util.Map<String, Double> scores = new java.util.LinkedHashMap<>();
		for (int v = 0; v < indexed.size(); v++) {
			scores.put(indexed.name(v), coreness.getVertexScore(indexed.name(v)) / (double) degeneracy);
		}
		return scores;
	}

	static IndexedGraph graph(List<NetworkEdge> edges, boolean directed) {
		List<String> sources = edges.stream().map(NetworkEdge::source).toList();
		List<String> targets = edges.stream().map(NetworkEdge::target).toList();
		double[] weights = edges.stream().mapToDouble(NetworkEdge::weight).toArray();
		return IndexedGraph.of(sources, targets, weights, directed);
	}

	/**
	 * Brandes' accumulation from every source, the sources split into one block per core.
	 */
	static double[] betweenness(IndexedGraph graph, boolean weighted) {
		int n = graph.size();
		int blocks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n));
		double[] total = IntStream.range(0, blocks).parallel().mapToObj((b) -> {
			double[] partial = new double[n];
			double[] delta = new double[n];
			ShortestPaths paths = new ShortestPaths(graph, weighted, false);
			for (int s = b; s < n; s += blocks) {
				paths.from(s);
				for (int i = 0; i < paths.reached(); i++) {
					delta[paths.order(i)] = 0;
				}
				for (int i = paths.reached() - 1; i > 0; i--) {
					int w = paths.order(i);
					double coefficient = (1 + delta[w]) / paths.paths(w);
					for (int e = graph.inStart(w); e < graph.inEnd(w); e++) {
						int v = graph.inSource(e);
						if (paths.onShortestPath(v, w, graph.inWeight(e))) {
							delta[v] += paths.paths(v) * coefficient;
						}
					}
					partial[w] += delta[w];
				}
			}
			return partial;
		}).reduce(new double[n], (a, c) -> {
			double[] sum = a.clone();
			for (int v = 0; v < n; v++) {
				sum[v] += c[v];
			}
			return sum;
		});
		if (n > 2) {
			double scale = 1.0 / ((n - 1.0) * (n - 2.0));
			for (int v = 0; v < n; v++) {
				total[v] *= scale;
			}
		}
		return total;
	}

	static double[] closeness(IndexedGraph graph, boolean weighted) {
		int n = graph.size();
		double[] closeness = new double[n];
		ShortestPaths paths = new ShortestPaths(graph, weighted, graph.directed());
		for (int u = 0; u < n; u++) {
			paths.from(u);
			double sum = 0;
			for (int i = 0; i < paths.reached(); i++) {
				sum += paths.distance(paths.order(i));
			}
			int r = paths.reached();
			if (sum > 0 && n > 1) {
				closeness[u] = ((r - 1) / sum) * ((r - 1) / (n - 1.0));
			}
		}
		return closeness;
	}

	static double[] eigenvector(IndexedGraph graph, boolean weighted) {
		int n = graph.size();
		double[] x = new double[n];
		java.util.Arrays.fill(x, 1.0 / n);
		double[] next = new double[n];
		for (int iteration = 0; iteration < 10_000; iteration++) {
			System.arraycopy(x, 0, next, 0, n);
			for (int v = 0; v < n; v++) {
				for (int e = graph.outStart(v); e < graph.outEnd(v); e++) {
					next[graph.outTarget(e)] += x[v] * (weighted ? graph.outWeight(e) : 1.0);
				}
			}
			double norm = 0;
			for (double value : next) {
				norm += value * value;
			}
			norm = (norm > 0) ? Math.sqrt(norm) : 1;
			double change = 0;
			for (int v = 0; v < n; v++) {
				next[v] /= norm;
				change += Math.abs(next[v] - x[v]);
			}
			double[] swap = x;
			x = next;
			next = swap;
			if (change < n * 1e-12) {
				break;
			}
		}
		return x;
	}

	private static double[] pagerank(List<NetworkEdge> edges, boolean directed, boolean weighted,
			IndexedGraph indexed) {
		Graph<String, DefaultWeightedEdge> graph = directed
				? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
				: new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		for (int v = 0; v < indexed.size(); v++) {
			graph.addVertex(indexed.name(v));
		}
		for (NetworkEdge edge : edges) {
			DefaultWeightedEdge e = graph.addEdge(edge.source(), edge.target());
			graph.setEdgeWeight(e, weighted ? edge.weight() : 1.0);
		}
		PageRank<String, DefaultWeightedEdge> pageRank = new PageRank<>(graph, 0.85, 10_000, 1e-10);
		double[] scores = new double[indexed.size()];
		for (int v = 0; v < indexed.size(); v++) {
			scores[v] = pageRank.getVertexScore(indexed.name(v));
		}
		return scores;
	}

}
