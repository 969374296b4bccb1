package org.corridor.cooperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.corridor.analytics.NetworkEdge;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.Grouping;
import org.corridor.geo.Level;
import org.corridor.geo.Membership;
import org.corridor.geo.Region;

import org.springframework.stereotype.Service;

/**
 * Builds the cooperation network between regions at one administrative level on a date.
 * <p>
 * <b>Weighting scheme</b> (documented for planners): every grouping whose membership
 * holds on the date ties each pair of its members with weight 1, so two cities in the
 * Yangtze River Delta and the G60 corridor are tied with weight 2. Members are brought to
 * the requested level: a district counts as its prefecture-level city (or as its
 * municipality), a province as all of its prefecture-level cities; at province level
 * every member counts as its province. Every event of the cooperation record in the
 * window (agreements signed through the exchange, events read from the news, events
 * entered by hand) adds 1 to each pair of distinct regions among its parties, brought to
 * the same level.
 */
@Service
public class CooperationNetworks {

	/** The scheme in one line, for responses. */
	public static final String SCHEME = "1 per grouping shared on the last day of the window (co-membership) + 1 per recorded cooperation event in the window between the pair";

	private final Gazetteer gazetteer;

	private final CooperationRecord record;

	public CooperationNetworks(Gazetteer gazetteer, CooperationRecord record) {
		this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
		this.record = Objects.requireNonNull(record, "record");
	}

	/**
	 * The weighted ties at {@code level} (province or prefecture): co-membership on
	 * {@code to} plus the recorded events from {@code from} to {@code to}.
	 */
	public List<NetworkEdge> network(Level level, LocalDate from, LocalDate to) {
		Map<String, Double> weights = new LinkedHashMap<>();
		for (NetworkEdge edge : coMembership(level, to)) {
			weights.put(edge.source() + "|" + edge.target(), edge.weight());
		}
		for (List<String> parties : this.record.partyRegions(from, to)) {
			Set<String> codes = new LinkedHashSet<>();
			for (String code : parties) {
				if (this.gazetteer.region(code).isPresent()) {
					codes.addAll(atLevel(code, level));
				}
			}
			addPairs(weights, new ArrayList<>(codes));
		}
		return edges(weights);
	}

	/**
	 * The weighted ties at {@code level} (province or prefecture) on {@code day}.
	 */
	public List<NetworkEdge> coMembership(Level level, LocalDate day) {
		if (level == Level.COUNTY) {
			throw new IllegalArgumentException("the network is built at province (1) or prefecture (2) level");
		}
		Map<String, Double> weights = new LinkedHashMap<>();
		for (Grouping grouping : this.gazetteer.groupings()) {
			Set<String> members = new LinkedHashSet<>();
			for (Membership m : this.gazetteer.memberships()) {
				if (m.groupingId().equals(grouping.id()) && m.activeOn(day)) {
					members.addAll(atLevel(m.code(), level));
				}
			}
			addPairs(weights, new ArrayList<>(members));
		}
		return edges(weights);
	}

	private static void addPairs(Map<String, Double> weights, List<String> list) {
		for (int i = 0; i < list.size(); i++) {
			for (int j = i + 1; j < list.size(); j++) {
				String a = list.get(i);
				String b = list.get(j);
				String key = (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
				weights.merge(key, 1.0, Double::sum);
			}
		}
	}

	private static List<NetworkEdge> edges(Map<String, Double> weights) {
		List<NetworkEdge> edges = new ArrayList<>();
		weights.forEach((key, weight) -> {
			String[] ends = key.split("\\|");
			edges.add(new NetworkEdge(ends[0], ends[1], weight));
		});
		return edges;
	}

	/**
	 * The codes a member stands for at a level (province or prefecture): a county stands
	 * for its parent, a province at prefecture level for its prefecture-level cities (or
	 * itself when it has none, as Shanghai).
	 */
	public List<String> atLevel(String code, Level level) {
		Region region = this.gazetteer.region(code).orElseThrow();
		List<Region> chain = new ArrayList<>();
		chain.add(region);
		chain.addAll(this.gazetteer.ancestors(code));
		if (level == Level.PROVINCE) {
			return List.of(chain.get(chain.size() - 1).code());
		}
		if (region.level() == Level.PREFECTURE) {
			return List.of(code);
		}
		if (region.level() == Level.COUNTY) {
			Region parent = this.gazetteer.region(region.parentCode()).orElseThrow();
			return List.of(parent.code());
		}
		List<String> cities = this.gazetteer.children(code)
			.stream()
			.filter((r) -> r.level() == Level.PREFECTURE)
			.map(Region::code)
			.toList();
		return cities.isEmpty() ? List.of(code) : cities;
	}

	/** A region's English name, or its code. */
	public String name(String code) {
		return this.gazetteer.region(code).map(Region::nameEn).orElse(code);
	}

}
