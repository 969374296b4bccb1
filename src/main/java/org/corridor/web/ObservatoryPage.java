package org.corridor.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.corridor.analytics.DmuEfficiency;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.Region;
import org.corridor.geo.Regions;
import org.corridor.indicator.TargetProgress;

import org.corridor.analytics.CsvCells;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The observatory page ({@code /observatory}): the composite index with performance
 * groups and weight sensitivity, the efficiency analysis with peers and slacks, and the
 * target board, each table sortable by its headers (GET parameters) and downloadable as
 * CSV. The choice of indicators, years and DMUs is {@link ObservatoryData}'s and is
 * stated on the page.
 */
@Controller
@WebPage
class ObservatoryPage {

	private static final List<String> STATUS_ORDER = List.of("missed", "off track", "at risk", "insufficient data",
			"no data", "on track", "met");

	private final ObservatoryData data;

	private final Regions regions;

	private final Map<String, String> chineseNames;

	ObservatoryPage(ObservatoryData data, Regions regions, Gazetteer gazetteer) {
		this.data = data;
		this.regions = regions;
		this.chineseNames = chineseNames(gazetteer);
	}

	/**
	 * The Chinese names of the provinces and prefecture-level cities, shown beside the
	 * pinyin ones, which repeat (苏州 and 宿州 are both Suzhou).
	 */
	static Map<String, String> chineseNames(Gazetteer gazetteer) {
		Map<String, String> names = new java.util.HashMap<>();
		for (Region r : gazetteer.regions()) {
			if (r.level() != org.corridor.geo.Level.COUNTY) {
				names.put(r.code(), r.nameZh());
			}
		}
		return Map.copyOf(names);
	}

	/** The page's address with its parameters, to build links that change one of them. */
	record Query(Integer year, Integer deaYear, String model, String isort, String esort, String tsort) {

		/** This address with one parameter changed. */
		public String with(String name, Object value) {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("year", this.year);
			params.put("dea_year", this.deaYear);
			params.put("model", this.model);
			params.put("isort", this.isort);
			params.put("esort", this.esort);
			params.put("tsort", this.tsort);
			params.put(name, value);
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/observatory");
			params.forEach((k, v) -> {
				if (v != null) {
					uri.queryParam(k, v);
				}
			});
			return uri.build().encode().toUriString() + anchor(name);
		}

		private static String anchor(String name) {
			return switch (name) {
				case "isort" -> "#index";
				case "esort" -> "#efficiency";
				case "tsort" -> "#targets";
				default -> "";
			};
		}

	}

	@GetMapping("/observatory")
	String observatory(@RequestParam(required = false) String year,
			@RequestParam(name = "dea_year", required = false) String deaYear,
			@RequestParam(required = false) String model, @RequestParam(required = false) String isort,
			@RequestParam(required = false) String esort, @RequestParam(required = false) String tsort, Model page) {
		RegionNames names = new RegionNames(this.regions);
		ObservatoryData.IndexTable index = this.data.index(year(year, "year"));
		ObservatoryData.EfficiencyTable efficiency = this.data.efficiency(year(deaYear, "dea_year"), model(model));
		List<TargetProgress> targets = this.data.targets();

		Map<String, Function<ObservatoryData.IndexRow, ? extends Comparable<?>>> indexColumns = indexColumns(names);
		TableSort indexSort = TableSort.parse(isort, indexColumns, "rank");
		Map<String, Function<DmuEfficiency, ? extends Comparable<?>>> deaColumns = deaColumns(names);
		TableSort deaSort = TableSort.parse(esort, deaColumns, "-efficiency");
		Map<String, Function<TargetProgress, ? extends Comparable<?>>> targetColumns = targetColumns(names);
		TableSort targetSort = TableSort.parse(tsort, targetColumns, "status");

		page.addAttribute("index", index);
		page.addAttribute("indexRows", indexSort.apply(index.rows(), indexColumns));
		page.addAttribute("isort", indexSort);
		page.addAttribute("efficiency", efficiency);
		page.addAttribute("deaRows",
				(efficiency != null) ? deaSort.apply(efficiency.result().dmus(), deaColumns) : List.of());
		page.addAttribute("esort", deaSort);
		page.addAttribute("targets", targetSort.apply(targets, targetColumns));
		page.addAttribute("tsort", targetSort);
		page.addAttribute("query",
				new Query((index.year() > 0) ? index.year() : null, (efficiency != null) ? efficiency.year() : null,
						(efficiency != null) ? efficiency.model() : null, indexSort.value(), deaSort.value(),
						targetSort.value()));
		page.addAttribute("indicators", ObservatoryData.INDEX_INDICATORS);
		page.addAttribute("draws", ObservatoryData.DRAWS);
		page.addAttribute("deaInputs", ObservatoryData.DEA_INPUTS);
		page.addAttribute("deaOutputs", ObservatoryData.DEA_OUTPUTS);
		page.addAttribute("regionNames", names);
		page.addAttribute("zh", this.chineseNames);
		return "observatory/observatory";
	}

	@GetMapping(path = "/observatory/index.csv", produces = "text/csv")
	ResponseEntity<byte[]> indexCsv(@RequestParam(required = false) String year) {
		ObservatoryData.IndexTable index = this.data.index(year(year, "year"));
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("year", "rank", "region_code", "region_en", "region_zh", "score", "relative_to_average",
				"performance_group", "median_rank", "rank_p05", "rank_p95", "indicators_present", "gdp_per_capita_cny",
				"gdp_growth_percent", "rd_intensity_percent"));
		for (ObservatoryData.IndexRow row : index.rows()) {
			var s = row.score();
			List<Object> line = new ArrayList<>(
					List.of(index.year(), s.rank(), s.region(), nameEn(s.region()), nameZh(s.region())));
			line.addAll(nullable(s.score(), s.relativeToAverage(), s.group(), s.medianRank(), s.rankP05(), s.rankP95(),
					row.indicatorsPresent(), row.values().get("gdp_per_capita"), row.values().get("gdp_growth"),
					row.values().get("rd_intensity")));
			rows.add(line);
		}
		return csv("corridor-index-" + index.year() + ".csv", rows);
	}

	@GetMapping(path = "/observatory/efficiency.csv", produces = "text/csv")
	ResponseEntity<byte[]> efficiencyCsv(@RequestParam(name = "dea_year", required = false) String deaYear,
			@RequestParam(required = false) String model) {
		ObservatoryData.EfficiencyTable table = this.data.efficiency(year(deaYear, "dea_year"), model(model));
		List<List<Object>> rows = new ArrayList<>();
		List<Object> header = new ArrayList<>(List.of("year", "model", "orientation", "region_code", "region_en",
				"region_zh", "status", "efficiency"));
		List<String> names = new ArrayList<>(ObservatoryData.DEA_INPUTS);
		names.addAll(ObservatoryData.DEA_OUTPUTS);
		names.forEach(header::add);
		names.forEach((n) -> header.add("slack_" + n));
		header.add("peers");
		rows.add(header);
		if (table != null) {
			for (DmuEfficiency d : table.result().dmus()) {
				List<Object> line = new ArrayList<>(List.of(table.year(), table.model(), "input", d.dmu(),
						nameEn(d.dmu()), nameZh(d.dmu()), d.status()));
				line.add(d.efficiency());
				names.forEach((n) -> line.add(table.value(d.dmu(), n)));
				names.forEach((n) -> line.add(slack(d, n)));
				List<String> peers = new ArrayList<>();
				d.lambdas()
					.forEach((peer, lambda) -> peers.add(peer + ":" + String.format(Locale.ROOT, "%.4f", lambda)));
				line.add(String.join(" ", peers));
				rows.add(line);
			}
		}
		return csv("corridor-efficiency-" + ((table != null) ? table.year() + "-" + table.model() : "none") + ".csv",
				rows);
	}

	@GetMapping(path = "/observatory/targets.csv", produces = "text/csv")
	ResponseEntity<byte[]> targetsCsv() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("region_code", "region_en", "region_zh", "indicator", "target_value", "unit", "deadline",
				"latest_year", "latest_value", "share_achieved", "required_growth", "trend_growth", "forecast",
				"status", "reason", "source"));
		for (TargetProgress p : this.data.targets()) {
			var t = p.target();
			List<Object> line = new ArrayList<>(List.of(t.regionCode(), nameEn(t.regionCode()), nameZh(t.regionCode()),
					t.indicator(), t.value(), t.unit(), t.deadline()));
			line.addAll(nullable(p.latestYear(), p.latestValue(), p.shareAchieved(), p.requiredGrowth(),
					p.trendGrowth(), p.forecast(), p.status(), p.reason(), t.source()));
			rows.add(line);
		}
		return csv("corridor-targets.csv", rows);
	}

	static Double slack(DmuEfficiency d, String name) {
		Double input = d.slacks().inputs().get(name);
		return (input != null) ? input : d.slacks().outputs().get(name);
	}

	private static List<Object> nullable(Object... values) {
		List<Object> list = new ArrayList<>();
		for (Object v : values) {
			list.add(v);
		}
		return list;
	}

	private Map<String, Function<ObservatoryData.IndexRow, ? extends Comparable<?>>> indexColumns(RegionNames names) {
		Map<String, Function<ObservatoryData.IndexRow, ? extends Comparable<?>>> columns = new LinkedHashMap<>();
		columns.put("rank", (r) -> r.score().rank());
		columns.put("region", (r) -> names.of(r.score().region()));
		columns.put("score", (r) -> r.score().score());
		columns.put("median", (r) -> r.score().medianRank());
		columns.put("width", (r) -> (r.score().rankP95() != null) ? r.score().rankP95() - r.score().rankP05() : null);
		return columns;
	}

	private Map<String, Function<DmuEfficiency, ? extends Comparable<?>>> deaColumns(RegionNames names) {
		Map<String, Function<DmuEfficiency, ? extends Comparable<?>>> columns = new LinkedHashMap<>();
		columns.put("region", (d) -> names.of(d.dmu()));
		columns.put("efficiency", DmuEfficiency::efficiency);
		columns.put("peers", (d) -> d.peers().size());
		return columns;
	}

	private Map<String, Function<TargetProgress, ? extends Comparable<?>>> targetColumns(RegionNames names) {
		Map<String, Function<TargetProgress, ? extends Comparable<?>>> columns = new LinkedHashMap<>();
		columns.put("region", (p) -> names.of(p.target().regionCode()));
		columns.put("deadline", (p) -> p.target().deadline());
		columns.put("status", (p) -> STATUS_ORDER.indexOf(p.status()));
		columns.put("share", TargetProgress::shareAchieved);
		return columns;
	}

	private String nameEn(String code) {
		return this.regions.find(code).map(Region::nameEn).orElse("");
	}

	private String nameZh(String code) {
		return this.regions.find(code).map(Region::nameZh).orElse("");
	}

	static Integer year(String value, String parameter) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!value.strip().matches("\\d{4}")) {
			throw new BadParameterException(parameter,
					parameter + " must be a year such as 2022, not \"" + Parameters.abbreviate(value) + "\"");
		}
		return Integer.valueOf(value.strip());
	}

	static String model(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String model = value.strip().toLowerCase(Locale.ROOT);
		if (!model.equals("ccr") && !model.equals("bcc")) {
			throw new BadParameterException("model",
					"model must be ccr or bcc, not \"" + Parameters.abbreviate(value) + "\"");
		}
		return model;
	}

	/** A CSV file (RFC 4180, UTF-8, header row first) to download. */
	static ResponseEntity<byte[]> csv(String fileName, List<List<Object>> rows) {
		StringBuilder text = new StringBuilder();
		for (List<Object> row : rows) {
			for (int k = 0; k < row.size(); k++) {
				if (k > 0) {
					text.append(',');
				}
				text.append(field(row.get(k)));
			}
			text.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.body(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof Double d && Double.isFinite(d))
				? BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
				: value.toString();
		return CsvCells.cell(text, value instanceof Number);
	}

}
