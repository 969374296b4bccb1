package org.corridor.analytics.internal;

import java.util.Arrays;

/**
 * Single-source shortest paths with path counts, reusable across sources (no allocation
 * per source): breadth-first for unweighted graphs, Dijkstra with a binary heap for
 * weighted ones (weights as lengths). Afterwards {@link #order()} holds the reached nodes
 * by non-decreasing distance, {@link #distance(int)} and {@link #paths(int)} their
 * distance and number of shortest paths.
 */
public final class ShortestPaths {

	private final IndexedGraph graph;

	private final boolean weighted;

	private final boolean reverse;

	private final double[] dist;

	private final double[] sigma;

	private final int[] order;

	private final boolean[] done;

	private int reached;

	private double[] heapKey;

	private int[] heapNode;

	private int heapSize;

	/**
	 * @param graph the graph
	 * @param weighted whether edge weights are lengths (else every edge has length 1)
	 * @param reverse follow edges backwards (distances to the source)
	 */
	public ShortestPaths(IndexedGraph graph, boolean weighted, boolean reverse) {
		this.graph = graph;
		this.weighted = weighted;
		this.reverse = reverse;
		int n = graph.size();
		this.dist = new double[n];
		this.sigma = new double[n];
		this.order = new int[n];
		this.done = new boolean[n];
		this.heapKey = new double[16];
		this.heapNode = new int[16];
	}

	public void from(int source) {
		Arrays.fill(this.dist, Double.POSITIVE_INFINITY);
		Arrays.fill(this.sigma, 0);
		this.reached = 0;
		this.dist[source] = 0;
		this.sigma[source] = 1;
		if (this.weighted) {
			dijkstra(source);
		}
		else {
			breadthFirst(source);
		}
	}

	private void breadthFirst(int source) {
		int head = 0;
		this.order[this.reached++] = source;
		while (head < this.reached) {
			int v = this.order[head++];
			double next = this.dist[v] + 1;
			for (int e = start(v); e < end(v); e++) {
				int w = neighbour(e);
				if (this.dist[w] == Double.POSITIVE_INFINITY) {
					this.dist[w] = next;
					this.order[this.reached++] = w;
				}
				if (this.dist[w] == next) {
					this.sigma[w] += this.sigma[v];
				}
			}
		}
	}

	private void dijkstra(int source) {
		boolean[] done = this.done;
		Arrays.fill(done, false);
		this.heapSize = 0;
		push(0, source);
		while (this.heapSize > 0) {
			double d = this.heapKey[0];
			int v = pop();
			if (done[v] || d > this.dist[v]) {
				continue;
			}
			done[v] = true;
			this.order[this.reached++] = v;
			for (int e = start(v); e < end(v); e++) {
				int w = neighbour(e);
				double candidate = d + length(e);
				if (candidate < this.dist[w]) {
					this.dist[w] = candidate;
					this.sigma[w] = this.sigma[v];
					push(candidate, w);
				}
				else if (candidate == this.dist[w] && !done[w]) {
					this.sigma[w] += this.sigma[v];
				}
			}
		}
	}

	private void push(double key, int node) {
		if (this.heapSize == this.heapKey.length) {
			this.heapKey = Arrays.copyOf(this.heapKey, this.heapSize * 2);
			this.heapNode = Arrays.copyOf(this.heapNode, this.heapSize * 2);
		}
		int i = this.heapSize++;
		while (i > 0) {
			int parent = (i - 1) / 2;
			if (this.heapKey[parent] <= key) {
				break;
			}
			this.heapKey[i] = this.heapKey[parent];
			this.heapNode[i] = this.heapNode[parent];
			i = parent;
		}
		this.heapKey[i] = key;
		this.heapNode[i] = node;
	}

	private int pop() {
		int top = this.heapNode[0];
		double key = this.heapKey[--this.heapSize];
		int node = this.heapNode[this.heapSize];
		int i = 0;
		while (true) {
			int child = 2 * i + 1;
			if (child >= this.heapSize) {
				break;
			}
			if (child + 1 < this.heapSize && this.heapKey[child + 1] < this.heapKey[child]) {
				child++;
			}
			if (this.heapKey[child] >= key) {
				break;
			}
			this.heapKey[i] = this.heapKey[child];
			this.heapNode[i] = this.heapNode[child];
			i = child;
		}
		this.heapKey[i] = key;
		this.heapNode[i] = node;
		return top;
	}

	private int start(int v) {
		return this.reverse ? this.graph.inStart(v) : this.graph.outStart(v);
	}

	private int end(int v) {
		return this.reverse ? this.graph.inEnd(v) : this.graph.outEnd(v);
	}

	private int neighbour(int e) {
		return this.reverse ? this.graph.inSource(e) : this.graph.outTarget(e);
	}

	private double length(int e) {
		return this.reverse ? this.graph.inWeight(e) : this.graph.outWeight(e);
	}

	/** How many nodes the last search reached, the source included. */
	public int reached() {
		return this.reached;
	}

	/** The i-th reached node, by non-decreasing distance. */
	public int order(int i) {
		return this.order[i];
	}

	public double distance(int node) {
		return this.dist[node];
	}

	public double paths(int node) {
		return this.sigma[node];
	}

	/**
	 * Whether the edge into {@code w} from {@code v} of the given length lies on a
	 * shortest path.
	 */
	public boolean onShortestPath(int v, int w, double length) {
		return this.dist[v] + (this.weighted ? length : 1) == this.dist[w];
	}

}
