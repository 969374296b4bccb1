package org.corridor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.analytics.DmuEfficiency;
import org.corridor.analytics.NetworkEdge;
import org.corridor.cooperation.CooperationNetworks;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.Grouping;
import org.corridor.geo.Level;
import org.corridor.geo.Membership;
import org.corridor.geo.Region;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The map ({@code /map}): province outlines, the prefecture-level cities of the groupings
 * (or of one grouping) coloured by a measure — a stored indicator (latest year up to the
 * end of the window), the composite index or the DEA efficiency — and the cooperation
 * ties of the time window as arcs as wide as their weight. Every choice is a GET
 * parameter; a table under the map lists the same cities and values as text.
 */
@Controller
@WebPage
class MapPage {

	/** First year the window slider offers. */
	static final int FIRST_YEAR = 2015;

	private final ObservatoryData data;

	private final CooperationNetworks networks;

	private final Gazetteer gazetteer;

	private final LocalisedFormat format;

	private final Clock clock;

	MapPage(ObservatoryData data, CooperationNetworks networks, Gazetteer gazetteer, LocalisedFormat format,
			Clock clock) {
		this.data = data;
		this.networks = networks;
		this.gazetteer = gazetteer;
		this.format = format;
		this.clock = clock;
	}

	/** A city on the map and in the table under it. */
	record City(String code, String name, String nameZh, Double lon, Double lat, Double value, Integer year,
			String label) {

	}

	/** A cooperation tie between two cities on the map. */
	record Tie(String source, String target, double weight) {

	}

	/** A measure to colour by. */
	record Measure(String id, boolean indicator) {

	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) String measure, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String grouping, Model page) {
		int lastYear = LocalDate.now(this.clock).getYear();
		int end = bounded(ObservatoryPage.year(to, "to"), lastYear, lastYear);
		int start = bounded(ObservatoryPage.year(from, "from"), end - 3, lastYear);
		if (start > end) {
			int swap = start;
			start = end;
			end = swap;
		}
		List<Measure> measures = new ArrayList<>(
				List.of(new Measure("index", false), new Measure("efficiency", false)));
		this.data.indicatorNames().forEach((name) -> measures.add(new Measure(name, true)));
		String chosen = (measure != null && measures.stream().anyMatch((m) -> m.id().equals(measure))) ? measure
				: "index";
		if (measure != null && !measure.isBlank() && !chosen.equals(measure)) {
			throw new BadParameterException("measure", "measure must be index, efficiency or a stored indicator, not \""
					+ Parameters.abbreviate(measure) + "\"");
		}
		String groupingId = (grouping != null && !grouping.isBlank()) ? grouping.strip() : null;
		if (groupingId != null && this.gazetteer.grouping(groupingId).isEmpty()) {
			throw new NotFoundException("grouping", groupingId);
		}
		LocalDate windowEnd = LocalDate.of(end, 12, 31);
		Map<String, Value> values = values(chosen, end);
		Set<String> codes = cities(groupingId, windowEnd);
		if (groupingId == null) {
			codes.addAll(values.keySet());
		}
		boolean chinese = LocaleContextHolder.getLocale().getLanguage().equals("zh");
		String unit = unit(chosen);
		List<City> cities = new ArrayList<>();
		for (String code : codes) {
			Region region = this.gazetteer.region(code).orElse(null);
			if (region == null) {
				continue;
			}
			Value v = values.get(code);
			cities.add(new City(code, chinese ? region.nameZh() : region.nameEn(), region.nameZh(),
					(region.point() != null) ? region.point().lon() : null,
					(region.point() != null) ? region.point().lat() : null, (v != null) ? v.value() : null,
					(v != null) ? v.year() : null, (v != null) ? label(v.value(), unit) : null));
		}
		cities.sort(Comparator.comparing(City::value, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(City::name));
		List<Tie> ties = new ArrayList<>();
		for (NetworkEdge edge : this.networks.network(Level.PREFECTURE, LocalDate.of(start, 1, 1), windowEnd)) {
			if (codes.contains(edge.source()) && codes.contains(edge.target())) {
				ties.add(new Tie(edge.source(), edge.target(), edge.weight()));
			}
		}
		List<Grouping> groupings = new ArrayList<>(this.gazetteer.groupings());
		groupings.sort(Comparator.comparing(Grouping::id));
		page.addAttribute("measures", measures);
		page.addAttribute("measure", chosen);
		page.addAttribute("from", start);
		page.addAttribute("to", end);
		page.addAttribute("firstYear", FIRST_YEAR);
		page.addAttribute("lastYear", lastYear);
		page.addAttribute("grouping", groupingId);
		page.addAttribute("groupings", groupings);
		page.addAttribute("cities", cities);
		page.addAttribute("valued", cities.stream().filter((c) -> c.value() != null).toList());
		page.addAttribute("ties", ties);
		page.addAttribute("measureYear", measureYear(chosen, end));
		Map<String, Object> mapData = mapData(cities, ties);
		mapData.put("minLabel", label((Double) mapData.get("min"), unit));
		mapData.put("maxLabel", label((Double) mapData.get("max"), unit));
		page.addAttribute("mapData", mapData);
		return "map/map";
	}

	private static int bounded(Integer year, int fallback, int lastYear) {
		int y = (year != null) ? year : fallback;
		return Math.max(FIRST_YEAR, Math.min(lastYear, y));
	}

	/** A measure's value of a region and the year it is of. */
	record Value(double value, int year) {

	}

	/** The measure's values: indicators latest up to {@code year}, analyses of a year. */
	Map<String, Value> values(String measure, int year) {
		Map<String, Value> values = new HashMap<>();
		if (measure.equals("index")) {
			Integer y = measureYear(measure, year);
			if (y != null) {
				for (ObservatoryData.IndexRow row : this.data.index(y).rows()) {
					values.put(row.score().region(), new Value(row.score().score(), y));
				}
			}
		}
		else if (measure.equals("efficiency")) {
			Integer y = measureYear(measure, year);
			if (y != null) {
				ObservatoryData.EfficiencyTable table = this.data.efficiency(y, null);
				for (DmuEfficiency d : table.result().dmus()) {
					if (d.efficiency() != null) {
						values.put(d.dmu(), new Value(d.efficiency(), y));
					}
				}
			}
		}
		else {
			this.data.latest(measure, year).forEach((code, v) -> values.put(code, new Value(v.value(), v.year())));
		}
		return values;
	}

	/**
	 * The year the index or efficiency is shown for: the latest year with results up to
	 * {@code year}, else the first; null for indicators (each value has its own year).
	 */
	Integer measureYear(String measure, int year) {
		List<Integer> years = switch (measure) {
			case "index" -> this.data.index(null).years();
			case "efficiency" -> {
				ObservatoryData.EfficiencyTable table = this.data.efficiency(null, null);
				yield (table != null) ? table.years() : List.of();
			}
			default -> null;
		};
		if (years == null || years.isEmpty()) {
			return null;
		}
		return years.stream().filter((y) -> y <= year).reduce((a, b) -> b).orElse(years.get(0));
	}

	private String unit(String measure) {
		return switch (measure) {
			case "index", "efficiency" -> null;
			default -> this.data.unitOf(measure);
		};
	}

	private String label(double value, String unit) {
		return this.format.amount(value, unit);
	}

	/**
	 * The prefecture-level members on a day of one grouping (or of all): a district
	 * counts as its city, a province as its prefecture-level cities, a municipality as
	 * itself.
	 */
	Set<String> cities(String groupingId, LocalDate day) {
		Set<String> codes = new LinkedHashSet<>();
		for (Membership m : this.gazetteer.memberships()) {
			if ((groupingId == null || m.groupingId().equals(groupingId)) && m.activeOn(day)) {
				codes.addAll(this.networks.atLevel(m.code(), Level.PREFECTURE));
			}
		}
		return codes;
	}

	/** What the chart script needs, as plain maps and lists. */
	private static Map<String, Object> mapData(List<City> cities, List<Tie> ties) {
		Map<String, City> byCode = new HashMap<>();
		List<Map<String, Object>> points = new ArrayList<>();
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (City c : cities) {
			byCode.put(c.code(), c);
			if (c.lon() == null) {
				continue;
			}
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("code", c.code());
			point.put("name", c.name());
			point.put("lon", c.lon());
			point.put("lat", c.lat());
			point.put("value", c.value());
			point.put("label", c.label());
			point.put("year", c.year());
			points.add(point);
			if (c.value() != null) {
				min = Math.min(min, c.value());
				max = Math.max(max, c.value());
			}
		}
		List<Map<String, Object>> links = new ArrayList<>();
		for (Tie t : ties) {
			City a = byCode.get(t.source());
			City b = byCode.get(t.target());
			if (a == null || b == null || a.lon() == null || b.lon() == null) {
				continue;
			}
			Map<String, Object> link = new LinkedHashMap<>();
			link.put("from", List.of(a.lon(), a.lat()));
			link.put("to", List.of(b.lon(), b.lat()));
			link.put("names", a.name() + " – " + b.name());
			link.put("weight", t.weight());
			links.add(link);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("points", points);
		json.put("links", links);
		json.put("min", Double.isFinite(min) ? min : 0.0);
		json.put("max", Double.isFinite(max) ? max : 1.0);
		return json;
	}

}
