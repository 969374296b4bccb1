package org.corridor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.analytics.DataEnvelopment;
import org.corridor.analytics.DeaData;
import org.corridor.analytics.DeaResult;
import org.corridor.analytics.DeaSpec;
import org.corridor.analytics.DmuEfficiency;
import org.corridor.analytics.GravityModel;
import org.corridor.analytics.LearningPartners;
import org.corridor.analytics.NetworkEdge;
import org.corridor.analytics.NetworkExport;
import org.corridor.analytics.NodeMeasures;
import org.corridor.cooperation.CooperationNetworks;
import org.corridor.geo.Level;
import org.corridor.support.AnalysisTables;
import org.corridor.support.CsvTable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/observatory/network}: the cooperation network of the stored record
 * on a date, with node measures, core–periphery scores and gravity-model comparison;
 * JSON, GraphML or CSV.
 */
@RestController
@RequestMapping("/api/v1/observatory")
@Tag(name = "observatory")
class NetworkApi {

	/** How many of the least-connected pairs the response lists. */
	static final int GRAVITY_PAIRS = 50;

	private final CooperationNetworks networks;

	private final NetworkAnalysis analysis;

	private final Clock clock;

	NetworkApi(CooperationNetworks networks, NetworkAnalysis analysis, Clock clock) {
		this.networks = networks;
		this.analysis = analysis;
		this.clock = clock;
	}

	@GetMapping("/network")
	@Operation(
			summary = "The cooperation network on a date at province (1) or prefecture (2) level: measures, core–periphery, gravity ratios; JSON, GraphML or CSV")
	ResponseEntity<?> network(
			@Parameter(description = "1 province, 2 prefecture") @RequestParam(defaultValue = "2") int level,
			@Parameter(description = "date YYYY-MM-DD, default today") @RequestParam(required = false) String at,
			@Parameter(
					description = "start of the window of recorded events, YYYY-MM-DD, default three years before at") @RequestParam(
							required = false) String from,
			@Parameter(description = "json, graphml or csv") @RequestParam(defaultValue = "json") String format) {
		if (level != 1 && level != 2) {
			throw new BadParameterException("level", "level must be 1 (province) or 2 (prefecture), not " + level);
		}
		LocalDate day = Parameters.date("at", at, this.clock);
		LocalDate start = (from != null) ? Parameters.date("from", from, this.clock) : day.minusYears(3);
		if (start.isAfter(day)) {
			throw new BadParameterException("from", "from (" + start + ") must not be after at (" + day + ")");
		}
		NetworkAnalysis.Result result = this.analysis.analyse(Level.of(level), start, day);
		if (result.empty()) {
			throw new NotFoundException("network on", day.toString());
		}
		List<NetworkEdge> edges = result.edges();
		List<NodeMeasures> nodes = result.measures();
		Map<String, String> labels = result.labels();
		switch (format) {
			case "graphml" -> {
				return ResponseEntity.ok()
					.contentType(MediaType.parseMediaType("application/graphml+xml"))
					.header("Content-Disposition", "attachment; filename=\"cooperation-" + day + ".graphml\"")
					.body(NetworkExport.graphml(nodes, edges, false, labels));
			}
			case "csv" -> {
				return ResponseEntity.ok()
					.contentType(MediaType.parseMediaType("text/csv"))
					.header("Content-Disposition", "attachment; filename=\"cooperation-" + day + ".csv\"")
					.body(NetworkExport.csv(nodes, labels));
			}
			case "json" -> {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("at", day);
				json.put("from", start);
				json.put("level", level);
				json.put("scheme", CooperationNetworks.SCHEME);
				json.put("path_measures", "unweighted (ties as present or absent); strength sums the weights");
				json.put("nodes", result.nodes());
				json.put("edges", edges);
				json.put("gravity", gravity(result));
				return ResponseEntity.ok(json);
			}
			default -> throw new BadParameterException("format",
					"format must be json, graphml or csv, not \"" + Parameters.abbreviate(format) + "\"");
		}
	}

	@PostMapping(path = { "/observatory/learning-partners", "/learning-partners" },
			consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(
			summary = "Whom a region should visit: its DEA peers among the rows of a CSV body (column dmu holds region codes), of similar size, with network distance")
	Map<String, Object> learningPartners(@RequestBody String csv,
			@Parameter(description = "the region, as written in the dmu column") @RequestParam String region,
			@RequestParam(defaultValue = "ccr") String model, @RequestParam(defaultValue = "input") String orientation,
			@RequestParam List<String> inputs, @RequestParam List<String> outputs,
			@Parameter(description = "column with the size used to keep similar peers") @RequestParam String size,
			@Parameter(description = "largest size ratio either way") @RequestParam(defaultValue = "3") double band) {
		DeaSpec spec = ObservatoryApi.spec(model, null, orientation, false);
		DeaData data;
		Map<String, Double> sizes = new HashMap<>();
		try {
			CsvTable table = CsvTable.parse(csv, "the request body");
			data = AnalysisTables.dea(table, inputs, outputs, "dmu", AnalysisTables.allRows(table));
			int sizeColumn = table.column(size, "size");
			for (int row = 0; row < table.rowCount(); row++) {
				sizes.put(data.dmus().get(row), table.number(row, sizeColumn));
			}
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("body", ex.getMessage());
		}
		DeaResult result = DataEnvelopment.evaluate(data, spec);
		LocalDate today = LocalDate.now(this.clock);
		List<NetworkEdge> network = this.networks.network(Level.PREFECTURE, today.minusYears(3), today);
		List<LearningPartners.Partner> partners;
		try {
			partners = LearningPartners.of(result, region, sizes, band, network);
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException(ex.getMessage().contains("band") ? "band" : "region", ex.getMessage());
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("region", region);
		json.put("efficiency",
				result.dmus()
					.stream()
					.filter((d) -> d.dmu().equals(region))
					.findFirst()
					.map(DmuEfficiency::efficiency)
					.orElse(null));
		json.put("network", "co-membership of groupings today, prefecture level (hops)");
		json.put("warnings", result.warnings());
		json.put("partners", partners);
		return json;
	}

	/**
	 * Observed ties against the gravity model for the nodes with a 2020 population, a GDP
	 * observation and a point.
	 */
	private static Map<String, Object> gravity(NetworkAnalysis.Result result) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("masses",
				"P = resident population 2020 (census), G = latest stored GDP; distance: great circle, decay 1");
		json.put("regions", result.gravityRegions());
		List<GravityModel.Pair> pairs = result.gravity();
		json.put("least_connected", pairs.subList(0, Math.min(GRAVITY_PAIRS, pairs.size())));
		return json;
	}

}
