package org.corridor.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.corridor.analytics.GravityModel;
import org.corridor.analytics.NetworkEdge;
import org.corridor.analytics.NetworkMeasures;
import org.corridor.analytics.NodeMeasures;
import org.corridor.cooperation.CooperationNetworks;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.Level;
import org.corridor.geo.Region;
import org.corridor.indicator.Indicators;
import org.corridor.indicator.Observation;

import org.springframework.stereotype.Component;

/**
 * The cooperation network of a window with its node measures, core–periphery scores and
 * gravity comparison, as the network API and the network page both show it.
 */
@Component
class NetworkAnalysis {

	private final CooperationNetworks networks;

	private final Gazetteer gazetteer;

	private final Indicators indicators;

	NetworkAnalysis(CooperationNetworks networks, Gazetteer gazetteer, Indicators indicators) {
		this.networks = networks;
		this.gazetteer = gazetteer;
		this.indicators = indicators;
	}

	/**
	 * One node with its measures; path measures unweighted, strength sums the weights.
	 */
	record NodeView(String node, String nameEn, int degree, double strength, double betweenness, double closeness,
			double eigenvector, double pagerank, int community, double corePeriphery) {

	}

	/**
	 * A network and what is measured on it.
	 *
	 * @param edges the weighted ties
	 * @param measures the node measures as computed
	 * @param nodes the node measures with strength and core–periphery
	 * @param labels English names by code
	 * @param gravityRegions how many nodes have the masses the gravity model needs
	 * @param gravity every pair of those nodes, lowest observed/expected ratio first
	 */
	record Result(List<NetworkEdge> edges, List<NodeMeasures> measures, List<NodeView> nodes,
			Map<String, String> labels, int gravityRegions, List<GravityModel.Pair> gravity) {

		boolean empty() {
			return this.edges.isEmpty();
		}

	}

	/** The network at a level between two days (co-membership on {@code to}). */
	Result analyse(Level level, LocalDate from, LocalDate to) {
		List<NetworkEdge> edges = this.networks.network(level, from, to);
		if (edges.isEmpty()) {
			return of(edges, this.networks::name, (nodes) -> List.of());
		}
		return of(edges, this.networks::name, this::masses);
	}

	/**
	 * Measures a network.
	 * @param names a node's English name
	 * @param masses the gravity masses of the measured nodes that have them
	 */
	static Result of(List<NetworkEdge> edges, Function<String, String> names,
			Function<List<NodeMeasures>, List<GravityModel.Mass>> masses) {
		if (edges.isEmpty()) {
			return new Result(edges, List.of(), List.of(), Map.of(), 0, List.of());
		}
		List<NodeMeasures> measures = NetworkMeasures.measure(edges, false, false);
		Map<String, Double> strength = new HashMap<>();
		edges.forEach((e) -> {
			strength.merge(e.source(), e.weight(), Double::sum);
			strength.merge(e.target(), e.weight(), Double::sum);
		});
		Map<String, String> labels = new LinkedHashMap<>();
		measures.forEach((n) -> labels.put(n.node(), names.apply(n.node())));
		Map<String, Double> core = NetworkMeasures.corePeriphery(edges);
		List<NodeView> nodes = measures.stream()
			.map((n) -> new NodeView(n.node(), labels.get(n.node()), n.degree(), strength.get(n.node()),
					n.betweenness(), n.closeness(), n.eigenvector(), n.pagerank(), n.community(), core.get(n.node())))
			.toList();
		List<GravityModel.Mass> found = masses.apply(measures);
		Map<List<String>, Double> observed = new HashMap<>();
		edges.forEach((e) -> observed.put(List.of(e.source(), e.target()), e.weight()));
		List<GravityModel.Pair> pairs = (found.size() >= 2) ? GravityModel.compare(found, observed, 1) : List.of();
		return new Result(edges, measures, nodes, labels, found.size(), pairs);
	}

	/**
	 * The nodes with a 2020 population, a GDP observation and a point, as gravity masses.
	 */
	private List<GravityModel.Mass> masses(List<NodeMeasures> nodes) {
		List<GravityModel.Mass> masses = new ArrayList<>();
		for (NodeMeasures node : nodes) {
			Region region = this.gazetteer.region(node.node()).orElse(null);
			var population = this.gazetteer.population(node.node());
			List<Observation> gdp = this.indicators.observations(node.node(), "gdp")
				.stream()
				.filter(Observation::annual)
				.toList();
			if (region != null && region.point() != null && population.isPresent() && !gdp.isEmpty()) {
				masses.add(new GravityModel.Mass(node.node(), population.getAsLong(), gdp.get(gdp.size() - 1).value(),
						region.point().lat(), region.point().lon()));
			}
		}
		return masses;
	}

}
