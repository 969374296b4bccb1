package org.corridor.analytics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte and Lefebvre, "Fast
 * unfolding of communities in large networks", J. Stat. Mech. 2008): nodes move to the
 * neighbouring community with the largest modularity gain ΔQ ∝ k_i,C − γ·Σ_C·k_i / 2m
 * until no move helps, then communities become nodes and the process repeats.
 * Deterministic: nodes are visited in index order. Directed graphs are treated as
 * undirected. Cost: about O(m) per pass.
 */
public final class Louvain {

	private Louvain() {
	}

	/**
	 * Community of each node, numbered 0 … by decreasing size (ties: lowest node first).
	 */
	public static int[] communities(IndexedGraph graph, boolean weighted, double resolution) {
		int n = graph.size();
		List<Map<Integer, Double>> adjacency = new ArrayList<>();
		double[] selfLoops = new double[n];
		for (int v = 0; v < n; v++) {
			Map<Integer, Double> neighbours = new HashMap<>();
			for (int e = graph.outStart(v); e < graph.outEnd(v); e++) {
				neighbours.merge(graph.outTarget(e), weighted ? graph.outWeight(e) : 1.0, Double::sum);
			}
			if (graph.directed()) {
				for (int e = graph.inStart(v); e < graph.inEnd(v); e++) {
					neighbours.merge(graph.inSource(e), weighted ? graph.inWeight(e) : 1.0, Double::sum);
				}
			}
			adjacency.add(neighbours);
		}
		int[] membership = new int[n];
		for (int v = 0; v < n; v++) {
			membership[v] = v;
		}
		while (true) {
			int[] level = onePass(adjacency, selfLoops, resolution);
			int count = Arrays.stream(level).max().orElse(-1) + 1;
			if (count == adjacency.size()) {
				break;
			}
			for (int v = 0; v < n; v++) {
				membership[v] = level[membership[v]];
			}
			List<Map<Integer, Double>> next = new ArrayList<>();
			double[] nextLoops = new double[count];
			for (int c = 0; c < count; c++) {
				next.add(new HashMap<>());
			}
			for (int v = 0; v < adjacency.size(); v++) {
				int cv = level[v];
				nextLoops[cv] += selfLoops[v];
				for (Map.Entry<Integer, Double> edge : adjacency.get(v).entrySet()) {
					int cw = level[edge.getKey()];
					if (cv == cw) {
						nextLoops[cv] += edge.getValue() / 2;
					}
					else {
						next.get(cv).merge(cw, edge.getValue(), Double::sum);
					}
				}
			}
			adjacency = next;
			selfLoops = nextLoops;
		}
		return renumberBySize(membership);
	}

	/**
	 * Local moves until no node changes community; returns compact community numbers.
	 */
	private static int[] onePass(List<Map<Integer, Double>> adjacency, double[] selfLoops, double resolution) {
		int n = adjacency.size();
		double[] k = new double[n];
		double twoM = 0;
		for (int v = 0; v < n; v++) {
			k[v] = 2 * selfLoops[v];
			for (double w : adjacency.get(v).values()) {
				k[v] += w;
			}
			twoM += k[v];
		}
		int[] community = new int[n];
		double[] total = new double[n];
		for (int v = 0; v < n; v++) {
			community[v] = v;
			total[v] = k[v];
		}
		if (twoM == 0) {
			return community;
		}
		boolean moved = true;
		Map<Integer, Double> toCommunity = new HashMap<>();
		while (moved) {
			moved = false;
			for (int v = 0; v < n; v++) {
				int own = community[v];
				toCommunity.clear();
				for (Map.Entry<Integer, Double> edge : adjacency.get(v).entrySet()) {
					toCommunity.merge(community[edge.getKey()], edge.getValue(), Double::sum);
				}
				total[own] -= k[v];
				int best = own;
				double bestGain = toCommunity.getOrDefault(own, 0.0) - resolution * total[own] * k[v] / twoM;
				for (Map.Entry<Integer, Double> candidate : toCommunity.entrySet()) {
					int c = candidate.getKey();
					double gain = candidate.getValue() - resolution * total[c] * k[v] / twoM;
					if (gain > bestGain + 1e-12) {
						best = c;
						bestGain = gain;
					}
				}
				total[best] += k[v];
				if (best != own) {
					community[v] = best;
					moved = true;
				}
			}
		}
		int[] compact = new int[n];
		Arrays.fill(compact, -1);
		int next = 0;
		int[] result = new int[n];
		for (int v = 0; v < n; v++) {
			if (compact[community[v]] < 0) {
				compact[community[v]] = next++;
			}
			result[v] = compact[community[v]];
		}
		return result;
	}

	private static int[] renumberBySize(int[] membership) {
		int n = membership.length;
		int count = Arrays.stream(membership).max().orElse(-1) + 1;
		int[] size = new int[count];
		int[] first = new int[count];
		Arrays.fill(first, Integer.MAX_VALUE);
		for (int v = 0; v < n; v++) {
			size[membership[v]]++;
			first[membership[v]] = Math.min(first[membership[v]], v);
		}
		Integer[] byRank = new Integer[count];
		for (int c = 0; c < count; c++) {
			byRank[c] = c;
		}
		Arrays.sort(byRank, (a, b) -> (size[a] != size[b]) ? Integer.compare(size[b], size[a])
				: Integer.compare(first[a], first[b]));
		int[] rank = new int[count];
		for (int r = 0; r < count; r++) {
			rank[byRank[r]] = r;
		}
		int[] result = new int[n];
		for (int v = 0; v < n; v++) {
			result[v] = rank[membership[v]];
		}
		return result;
	}

	/**
	 * Newman–Girvan modularity Q = Σ_c [ L_c/m − γ (d_c/2m)² ] of a partition.
	 */
	public static double modularity(IndexedGraph graph, int[] community, boolean weighted, double resolution) {
		int count = Arrays.stream(community).max().orElse(-1) + 1;
		double[] internal = new double[count];
		double[] degree = new double[count];
		double twoM = 0;
		for (int v = 0; v < graph.size(); v++) {
			for (int e = graph.outStart(v); e < graph.outEnd(v); e++) {
				double w = weighted ? graph.outWeight(e) : 1.0;
				int u = graph.outTarget(e);
				double share = graph.directed() ? w : w / 2;
				degree[community[v]] += w;
				if (graph.directed()) {
					degree[community[u]] += w;
				}
				twoM += graph.directed() ? 2 * w : w;
				if (community[u] == community[v]) {
					internal[community[v]] += share;
				}
			}
		}
		double q = 0;
		double m = twoM / 2;
		for (int c = 0; c < count; c++) {
			q += internal[c] / m - resolution * Math.pow(degree[c] / twoM, 2);
		}
		return q;
	}

}
