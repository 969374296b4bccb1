package org.corridor.analytics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whom a region should visit to learn: its DEA peers — the efficient regions its frontier
 * projection is made of — ranked by their intensity λ, kept only when similar in size
 * (the peer's size within a factor {@code band} of the region's), each with the number of
 * hops between the two in the cooperation network (a peer already close in the network is
 * easier to visit; a distant one opens a new tie). An efficient region is its own peer
 * and gets no partners. Cost: O(n) after the DEA, plus one breadth-first search O(n + m).
 */
public final class LearningPartners {

	private LearningPartners() {
	}

	/**
	 * A suggested partner.
	 *
	 * @param dmu the peer
	 * @param lambda its intensity in the region's projection
	 * @param efficiency the peer's own score
	 * @param sizeRatio peer size / region size
	 * @param hops shortest path length in the cooperation network, null if not connected
	 * or not in it
	 */
	public record Partner(String dmu, double lambda, Double efficiency, double sizeRatio, Integer hops) {

	}

	/**
	 * The partners of {@code dmu}.
	 * @param result a DEA result that contains {@code dmu}
	 * @param size size of each DMU (population, GDP, ...), positive
	 * @param band largest size ratio accepted either way, ≥ 1
	 * @param network the cooperation network (may be empty)
	 * @throws IllegalArgumentException if the DMU is not in the result or has no size
	 */
	public static List<Partner> of(DeaResult result, String dmu, Map<String, Double> size, double band,
			List<NetworkEdge> network) {
		Objects.requireNonNull(result, "result");
		if (!(band >= 1)) {
			throw new IllegalArgumentException("the size band must be 1 or more, not " + band);
		}
		DmuEfficiency self = result.dmus()
			.stream()
			.filter((d) -> d.dmu().equals(dmu))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("DMU " + dmu + " is not in the data"));
		Double own = size.get(dmu);
		if (own == null || !(own > 0)) {
			throw new IllegalArgumentException("DMU " + dmu + " has no positive size");
		}
		Map<String, Double> efficiency = new HashMap<>();
		result.dmus().forEach((d) -> efficiency.put(d.dmu(), d.efficiency()));
		Map<String, Integer> hops = hops(network, dmu);
		List<Partner> partners = new ArrayList<>();
		self.lambdas().forEach((peer, lambda) -> {
			Double peerSize = size.get(peer);
			if (peer.equals(dmu) || peerSize == null || !(peerSize > 0)) {
				return;
			}
			double ratio = peerSize / own;
			if (ratio <= band && ratio >= 1 / band) {
				partners.add(new Partner(peer, lambda, efficiency.get(peer), ratio, hops.get(peer)));
			}
		});
		partners.sort(Comparator.comparingDouble(Partner::lambda).reversed().thenComparing(Partner::dmu));
		return partners;
	}

	/**
	 * Hops from {@code source} to every node it reaches (undirected).
	 */
	static Map<String, Integer> hops(List<NetworkEdge> network, String source) {
		Map<String, List<String>> adjacency = new HashMap<>();
		for (NetworkEdge edge : network) {
			adjacency.computeIfAbsent(edge.source(), (k) -> new ArrayList<>()).add(edge.target());
			adjacency.computeIfAbsent(edge.target(), (k) -> new ArrayList<>()).add(edge.source());
		}
		Map<String, Integer> distance = new HashMap<>();
		if (!adjacency.containsKey(source)) {
			return distance;
		}
		Deque<String> queue = new ArrayDeque<>();
		distance.put(source, 0);
		queue.add(source);
		while (!queue.isEmpty()) {
			String v = queue.poll();
			for (String w : adjacency.getOrDefault(v, List.of())) {
				if (!distance.containsKey(w)) {
					distance.put(w, distance.get(v) + 1);
					queue.add(w);
				}
			}
		}
		return distance;
	}

}
