package org.corridor.analytics;

/**
 * The position of one node in a network; definitions in {@link NetworkMeasures}.
 *
 * @param node the node
 * @param degree number of ties (in + out when directed)
 * @param strength sum of the weights of its ties
 * @param betweenness normalised betweenness
 * @param closeness closeness (Wasserman–Faust for disconnected graphs)
 * @param eigenvector eigenvector centrality (unit Euclidean norm over all nodes)
 * @param pagerank PageRank (sums to 1 over all nodes)
 * @param community community number from Louvain, 0 for the largest
 */
public record NodeMeasures(String node, int degree, double strength, double betweenness, double closeness,
		double eigenvector, double pagerank, int community) {

}
