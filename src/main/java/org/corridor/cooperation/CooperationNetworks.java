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
 * every member counts as its province. Cooperation events and signed agreements will add
 * to the same weights once the cooperation record holds them.
 */
@Service
public class CooperationNetworks {

	/** The scheme in one line, for responses. */
	public static final String SCHEME = "1 per grouping shared on the date (co-membership); events and agreements not yet recorded";

	private final Gazetteer gazetteer;

	public CooperationNetworks(Gazetteer gazetteer) {
		this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
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
			List<String> list = new ArrayList<>(members);
			for (int i = 0; i < list.size(); i++) {
				for (int j = i + 1; j < list.size(); j++) {
					String a = list.get(i);
					String b = list.get(j);
					String key = (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
					weights.merge(key, 1.0, Double::sum);
				}
			}
		}
		List<NetworkEdge> edges = new ArrayList<>();
		weights.forEach((key, weight) -> {
			String[] ends = key.split("\\|");
			edges.add(new NetworkEdge(ends[0], ends[1], weight));
		});
		return edges;
	}

	/**
	 * The codes a member stands for at a level.
	 */
	List<String> atLevel(String code, Level level) {
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
