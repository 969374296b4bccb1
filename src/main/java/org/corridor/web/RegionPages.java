package org.corridor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corridor.analytics.NetworkEdge;
import org.corridor.analytics.NetworkMeasures;
import org.corridor.analytics.NodeMeasures;
import org.corridor.cooperation.CooperationNetworks;
import org.corridor.cooperation.CooperationRecord;
import org.corridor.geo.Grouping;
import org.corridor.geo.Groupings;
import org.corridor.geo.Level;
import org.corridor.geo.Membership;
import org.corridor.geo.Region;
import org.corridor.geo.RegionName;
import org.corridor.geo.Regions;
import org.corridor.geo.Regions.RegionPage;
import org.corridor.geo.Regions.RegionQuery;
import org.corridor.indicator.Indicators;
import org.corridor.indicator.Observation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regions: a list to browse and search, each region's profile (names in three
 * languages, parent chain, children, groupings with dates, indicators with their sources,
 * targets with progress, cooperation events, position in the cooperation network), and
 * each grouping with its members over time.
 */
@Controller
@WebPage
class RegionPages {

	/** How far back the profile's events and network look. */
	static final int WINDOW_YEARS = 3;

	private static final int PAGE_SIZE = 50;

	private final Regions regions;

	private final Groupings groupings;

	private final Indicators indicators;

	private final CooperationRecord record;

	private final CooperationNetworks networks;

	private final ObservatoryData observatory;

	private final Clock clock;

	RegionPages(Regions regions, Groupings groupings, Indicators indicators, CooperationRecord record,
			CooperationNetworks networks, ObservatoryData observatory, Clock clock) {
		this.observatory = observatory;
		this.regions = regions;
		this.groupings = groupings;
		this.indicators = indicators;
		this.record = record;
		this.networks = networks;
		this.clock = clock;
	}

	/** A membership with its grouping, for display. */
	record MembershipRow(Grouping grouping, Membership membership, boolean inherited, boolean current) {

	}

	/**
	 * One indicator's series, oldest first, every value in the table; the chart has one
	 * value a period, a stated one before one read from a document.
	 */
	record Series(String indicator, String unit, List<Observation> observations, List<String> periods,
			List<Double> values) {

	}

	/** Where the region stands in the cooperation network of its level. */
	record NetworkPosition(String node, int level, int nodes, NodeMeasures measures, int degreeRank,
			int betweennessRank, List<String> communityPeers) {

	}

	@GetMapping("/regions")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer level,
			@RequestParam(required = false) String parent, @RequestParam(defaultValue = "0") int page, Model model) {
		if (level != null && (level < 1 || level > 3)) {
			throw new BadParameterException("level", "level must be 1, 2 or 3, not " + level);
		}
		if (page < 0 || page > 10_000) {
			throw new BadParameterException("page", "page must be between 0 and 10000, not " + page);
		}
		if (parent != null && !parent.isBlank() && this.regions.find(parent).isEmpty()) {
			throw new NotFoundException("region", parent);
		}
		String text = (q == null || q.isBlank()) ? null : q.strip();
		Level chosen = (level != null) ? Level.of(level) : ((text == null && parent == null) ? Level.PROVINCE : null);
		RegionPage result = this.regions.search(
				new RegionQuery(text, chosen, (parent == null || parent.isBlank()) ? null : parent, page, PAGE_SIZE));
		model.addAttribute("q", text);
		model.addAttribute("level", (chosen != null) ? chosen.number() : null);
		model.addAttribute("parent", parent);
		model.addAttribute("result", result);
		model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("regionNames", new RegionNames(this.regions));
		return "regions/list";
	}

	@GetMapping("/regions/{code}")
	String profile(@PathVariable String code, Model model) {
		if (!code.matches("\\d{6}")) {
			throw new NotFoundException("region", Parameters.abbreviate(code));
		}
		Region region = this.regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
		LocalDate today = LocalDate.now(this.clock);
		List<Region> ancestors = new ArrayList<>(this.regions.ancestors(code));
		java.util.Collections.reverse(ancestors);
		model.addAttribute("region", region);
		model.addAttribute("today", today);
		model.addAttribute("nameDe", germanName(region));
		model.addAttribute("names",
				this.regions.names(code).stream().filter((n) -> !"generated".equals(n.kind())).toList());
		model.addAttribute("ancestors", ancestors);
		model.addAttribute("children", this.regions.children(code));
		model.addAttribute("memberships", memberships(code, today));
		List<Series> series = series(code);
		model.addAttribute("series", series);
		model.addAttribute("charts",
				series.stream()
					.map((x) -> Map.of("unit", x.unit(), "periods", x.periods(), "values", x.values()))
					.toList());
		model.addAttribute("targets", this.indicators.progress(code));
		model.addAttribute("events", this.record.involving(code, today.minusYears(WINDOW_YEARS), today, 100));
		model.addAttribute("windowStart", today.minusYears(WINDOW_YEARS));
		model.addAttribute("position", position(region, today));
		ObservatoryData.EfficiencyTable efficiency = this.observatory.efficiency(null, null);
		model.addAttribute("efficiencyYear", (efficiency != null) ? efficiency.year() : null);
		model.addAttribute("efficiency", this.observatory.efficiencyOf(code).orElse(null));
		model.addAttribute("partners", this.observatory.learningPartners(code));
		model.addAttribute("regionNames", new RegionNames(this.regions));
		return "regions/profile";
	}

	@GetMapping("/groupings/{id}")
	String grouping(@PathVariable String id, Model model) {
		Grouping grouping = this.groupings.find(id)
			.orElseThrow(() -> new NotFoundException("grouping", Parameters.abbreviate(id)));
		LocalDate today = LocalDate.now(this.clock);
		List<Membership> memberships = this.groupings.memberships(id)
			.stream()
			.sorted(Comparator.comparing(Membership::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(Membership::code))
			.toList();
		model.addAttribute("grouping", grouping);
		model.addAttribute("names", this.groupings.names(id));
		model.addAttribute("memberships", memberships);
		model.addAttribute("current", memberships.stream().filter((m) -> m.activeOn(today)).count());
		model.addAttribute("today", today);
		model.addAttribute("regionNames", new RegionNames(this.regions));
		return "regions/grouping";
	}

	private String germanName(Region region) {
		List<RegionName> german = this.regions.names(region.code())
			.stream()
			.filter((n) -> "de".equals(n.lang()) && !"generated".equals(n.kind()))
			.toList();
		return german.stream()
			.filter((n) -> "exonym".equals(n.kind()))
			.findFirst()
			.or(() -> german.stream().findFirst())
			.map(RegionName::name)
			.orElse(region.nameEn());
	}

	private List<MembershipRow> memberships(String code, LocalDate today) {
		Map<String, Grouping> byId = this.groupings.all()
			.stream()
			.collect(Collectors.toMap(Grouping::id, Function.identity()));
		return this.groupings.membershipsOf(code)
			.stream()
			.filter((m) -> byId.containsKey(m.groupingId()))
			.map((m) -> new MembershipRow(byId.get(m.groupingId()), m, !m.code().equals(code), m.activeOn(today)))
			.toList();
	}

	private List<Series> series(String code) {
		Map<String, List<Observation>> byIndicator = new LinkedHashMap<>();
		this.indicators.observations(code, null)
			.stream()
			.sorted(Comparator.comparing(Observation::indicator)
				.thenComparingInt(Observation::year)
				.thenComparing(Observation::period))
			.forEach((o) -> byIndicator.computeIfAbsent(o.indicator(), (k) -> new ArrayList<>()).add(o));
		return byIndicator.entrySet().stream().map((e) -> {
			Map<String, Observation> charted = new LinkedHashMap<>();
			for (Observation o : e.getValue()) {
				charted.merge(o.period(), o, (kept, other) -> "extracted".equals(kept.origin()) ? other : kept);
			}
			return new Series(e.getKey(), e.getValue().get(0).unit(), e.getValue(), List.copyOf(charted.keySet()),
					charted.values().stream().map(Observation::value).toList());
		}).toList();
	}

	private NetworkPosition position(Region region, LocalDate today) {
		Level level = (region.level() == Level.PROVINCE) ? Level.PROVINCE : Level.PREFECTURE;
		String node = (region.level() == Level.COUNTY) ? region.parentCode() : region.code();
		List<NetworkEdge> edges = this.networks.network(level, today.minusYears(WINDOW_YEARS), today);
		if (edges.isEmpty() || node == null) {
			return null;
		}
		List<NodeMeasures> nodes = NetworkMeasures.measure(edges, false, false);
		NodeMeasures own = nodes.stream().filter((n) -> n.node().equals(node)).findFirst().orElse(null);
		if (own == null) {
			return null;
		}
		int degreeRank = 1 + (int) nodes.stream().filter((n) -> n.degree() > own.degree()).count();
		int betweennessRank = 1 + (int) nodes.stream().filter((n) -> n.betweenness() > own.betweenness()).count();
		List<String> peers = nodes.stream()
			.filter((n) -> n.community() == own.community() && !n.node().equals(node))
			.map(NodeMeasures::node)
			.toList();
		return new NetworkPosition(node, level.number(), nodes.size(), own, degreeRank, betweennessRank, peers);
	}

}
