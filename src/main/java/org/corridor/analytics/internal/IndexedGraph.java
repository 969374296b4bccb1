package org.corridor.analytics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph as arrays (compressed sparse rows): nodes numbered 0 … n−1 in order of first
 * appearance, out- and in-adjacency with weights. An undirected graph stores each edge in
 * both directions, so out- and in-adjacency are the same.
 */
public final class IndexedGraph {

	private final List<String> names;

	private final boolean directed;

	private final int[] outStart;

	private final int[] outTarget;

	private final double[] outWeight;

	private final int[] inStart;

	private final int[] inSource;

	private final double[] inWeight;

	private IndexedGraph(List<String> names, boolean directed, int[] outStart, int[] outTarget, double[] outWeight,
			int[] inStart, int[] inSource, double[] inWeight) {
		this.names = names;
		this.directed = directed;
		this.outStart = outStart;
		this.outTarget = outTarget;
		this.outWeight = outWeight;
		this.inStart = inStart;
		this.inSource = inSource;
		this.inWeight = inWeight;
	}

	/**
	 * Builds the graph from (source, target, weight) triples.
	 * @throws IllegalArgumentException for an empty list, a self-loop or a repeated edge,
	 * naming the edge's position (1-based) in the list
	 */
	public static IndexedGraph of(List<String> sources, List<String> targets, double[] weights, boolean directed) {
		if (sources.isEmpty()) {
			throw new IllegalArgumentException("the edge list is empty");
		}
		Map<String, Integer> index = new LinkedHashMap<>();
		int m = sources.size();
		int[] from = new int[m];
		int[] to = new int[m];
		Map<Long, Integer> seen = new HashMap<>();
		for (int e = 0; e < m; e++) {
			String a = sources.get(e);
			String b = targets.get(e);
			if (a.equals(b)) {
				throw new IllegalArgumentException("edge " + (e + 1) + " is a self-loop on " + a);
			}
			from[e] = index.computeIfAbsent(a, (k) -> index.size());
			to[e] = index.computeIfAbsent(b, (k) -> index.size());
			int lo = directed ? from[e] : Math.min(from[e], to[e]);
			int hi = directed ? to[e] : Math.max(from[e], to[e]);
			Integer earlier = seen.put(((long) lo << 32) | hi, e);
			if (earlier != null) {
				throw new IllegalArgumentException("edge " + (e + 1) + " (" + a + " – " + b + ") repeats edge "
						+ (earlier + 1) + "; merge them into one edge with the summed weight");
			}
		}
		int n = index.size();
		int entries = directed ? m : 2 * m;
		int[] outStart = new int[n + 1];
		int[] inStart = new int[n + 1];
		for (int e = 0; e < m; e++) {
			outStart[from[e] + 1]++;
			inStart[to[e] + 1]++;
			if (!directed) {
				outStart[to[e] + 1]++;
				inStart[from[e] + 1]++;
			}
		}
		for (int v = 0; v < n; v++) {
			outStart[v + 1] += outStart[v];
			inStart[v + 1] += inStart[v];
		}
		int[] outTarget = new int[entries];
		double[] outWeight = new double[entries];
		int[] inSource = new int[entries];
		double[] inWeight = new double[entries];
		int[] outFill = outStart.clone();
		int[] inFill = inStart.clone();
		for (int e = 0; e < m; e++) {
			outTarget[outFill[from[e]]] = to[e];
			outWeight[outFill[from[e]]++] = weights[e];
			inSource[inFill[to[e]]] = from[e];
			inWeight[inFill[to[e]]++] = weights[e];
			if (!directed) {
				outTarget[outFill[to[e]]] = from[e];
				outWeight[outFill[to[e]]++] = weights[e];
				inSource[inFill[from[e]]] = to[e];
				inWeight[inFill[from[e]]++] = weights[e];
			}
		}
		return new IndexedGraph(List.copyOf(new ArrayList<>(index.keySet())), directed, outStart, outTarget, outWeight,
				inStart, inSource, inWeight);
	}

	public int size() {
		return this.names.size();
	}

	public String name(int node) {
		return this.names.get(node);
	}

	public boolean directed() {
		return this.directed;
	}

	public int outStart(int node) {
		return this.outStart[node];
	}

	public int outEnd(int node) {
		return this.outStart[node + 1];
	}

	public int outTarget(int entry) {
		return this.outTarget[entry];
	}

	public double outWeight(int entry) {
		return this.outWeight[entry];
	}

	public int inStart(int node) {
		return this.inStart[node];
	}

	public int inEnd(int node) {
		return this.inStart[node + 1];
	}

	public int inSource(int entry) {
		return this.inSource[entry];
	}

	public double inWeight(int entry) {
		return this.inWeight[entry];
	}

	/** Number of ties: out + in when directed, neighbours when undirected. */
	public int degree(int node) {
		int out = outEnd(node) - outStart(node);
		return this.directed ? out + inEnd(node) - inStart(node) : out;
	}

	/** Sum of tie weights: out + in when directed. */
	public double strength(int node) {
		double total = 0;
		for (int e = outStart(node); e < outEnd(node); e++) {
			total += this.outWeight[e];
		}
		if (this.directed) {
			for (int e = inStart(node); e < inEnd(node); e++) {
				total += this.inWeight[e];
			}
		}
		return total;
	}

}
