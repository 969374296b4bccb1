package org.corridor.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.account.Account;
import org.corridor.analytics.CompositeIndex;
import org.corridor.analytics.DataEnvelopment;
import org.corridor.analytics.DeaData;
import org.corridor.analytics.DeaSpec;
import org.corridor.analytics.MalmquistIndex;
import org.corridor.analytics.NetworkMeasures;
import org.corridor.analytics.NodeMeasures;
import org.corridor.geo.Regions;
import org.corridor.indicator.Indicators;
import org.corridor.indicator.Observation;
import org.corridor.indicator.Target;
import org.corridor.indicator.TargetProgress;
import org.corridor.indicator.Units;
import org.corridor.support.AnalysisTables;
import org.corridor.support.CsvTable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/observatory} and {@code /api/v1/indicators}: indicator series and
 * targets with their progress.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "observatory", description = "Indicator series, targets and whether they are on track")
class ObservatoryApi {

	/** Largest CSV body taken, in characters. */
	static final int MAX_BODY = 20_000_000;

	private final Indicators indicators;

	private final Regions regions;

	private final Permissions permissions;

	ObservatoryApi(Indicators indicators, Regions regions, Permissions permissions) {
		this.indicators = indicators;
		this.regions = regions;
		this.permissions = permissions;
	}

	@GetMapping("/indicators")
	@Operation(summary = "The observations of a region, of one indicator or all, each with unit, period and source")
	List<Observation> observations(@Parameter(description = "region code") @RequestParam String region, @Parameter(
			description = "indicator, such as gdp or rd_intensity") @RequestParam(required = false) String indicator) {
		checkRegion(region);
		if (indicator != null && !indicator.matches("[a-z][a-z0-9_]{0,63}")) {
			throw new BadParameterException("indicator",
					"indicator must be a lower-case name such as gdp or rd_intensity, not \""
							+ Parameters.abbreviate(indicator) + "\"");
		}
		return this.indicators.observations(region, indicator);
	}

	@PostMapping(path = "/indicators", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(
			summary = "Import observations from a CSV body: region_code,indicator,period,value,unit,source[,tier]; all or nothing",
			description = "period: a year (2024) or quarters (2025-Q1..Q3); unit: CNY, 万元, 亿元, 万亿元, billion yuan, trillion yuan, "
					+ "percent or %, persons, 万人, count, per_10k_residents — values are stored in base units. "
					+ "Importing the same rows again changes nothing; rows keep origin 'import' beside the reference data.")
	Map<String, Object> importObservations(@AuthenticationPrincipal Account account, @RequestBody String csv) {
		List<Observation> observations = fromBody(() -> observationsOf(table(csv)));
		for (Observation o : observations) {
			if (this.regions.find(o.regionCode()).isEmpty()) {
				throw new BadParameterException("body", "region_code " + o.regionCode() + " is not a division code");
			}
			this.permissions.requireRegionWrite(account, o.regionCode());
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("imported", this.indicators.add(observations, account.id()));
		return json;
	}

	@DeleteMapping("/indicators")
	@Operation(summary = "Retract an imported observation (its importer or an administrator)")
	ResponseEntity<Void> retractObservation(@AuthenticationPrincipal Account account, @RequestParam String region,
			@RequestParam String indicator, @RequestParam String period, @RequestParam String source) {
		Indicators.Entered entered = this.indicators.enteredObservation(region, indicator, period, source)
			.orElseThrow(() -> new NotFoundException("imported observation", Parameters.abbreviate(region) + "/"
					+ Parameters.abbreviate(indicator) + "/" + Parameters.abbreviate(period)));
		this.permissions.requireRetract(account, entered.by());
		this.indicators.retractObservation(region, indicator, period, source);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/observatory/targets/{id}")
	@Operation(summary = "Retract a target entered over the API (its author or an administrator)")
	ResponseEntity<Void> retractTarget(@AuthenticationPrincipal Account account, @PathVariable long id) {
		Indicators.Entered entered = this.indicators.enteredTarget(id)
			.orElseThrow(() -> new NotFoundException("target entered over the API", String.valueOf(id)));
		this.permissions.requireRetract(account, entered.by());
		this.indicators.retractTarget(id);
		return ResponseEntity.noContent().build();
	}

	private static List<Observation> observationsOf(CsvTable table) {
		int region = table.column("region_code", "the import format");
		int indicator = table.column("indicator", "the import format");
		int period = table.column("period", "the import format");
		int value = table.column("value", "the import format");
		int unit = table.column("unit", "the import format");
		int source = table.column("source", "the import format");
		Integer tier = table.hasColumn("tier") ? Integer.valueOf(table.column("tier", "the import format")) : null;
		if (table.rowCount() == 0) {
			throw new IllegalArgumentException(table.source() + ": no rows to import");
		}
		List<Observation> observations = new java.util.ArrayList<>();
		for (int row = 0; row < table.rowCount(); row++) {
			String code = table.text(row, region);
			if (!code.matches("\\d{6}")) {
				throw new IllegalArgumentException(
						table.where(row, region) + ": \"" + code + "\" is not a six-digit division code");
			}
			String name = table.text(row, indicator);
			if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
				throw new IllegalArgumentException(table.where(row, indicator) + ": \"" + name
						+ "\" is not an indicator name (lower case, digits, underscores)");
			}
			String p = table.text(row, period);
			if (!p.matches("\\d{4}(-Q[1-4](\\.\\.Q[1-4])?)?")) {
				throw new IllegalArgumentException(
						table.where(row, period) + ": \"" + p + "\" is not a period such as 2024 or 2025-Q1..Q3");
			}
			String from = table.text(row, source);
			if (from.isBlank()) {
				throw new IllegalArgumentException(table.where(row, source) + ": every value needs its source");
			}
			Units.Quantity quantity;
			try {
				quantity = Units.toBase(table.number(row, value), table.text(row, unit));
			}
			catch (IllegalArgumentException ex) {
				if (ex.getMessage().startsWith("unknown unit")) {
					throw new IllegalArgumentException(table.where(row, unit) + ": " + ex.getMessage());
				}
				throw ex;
			}
			observations.add(new Observation(code, name, p, Integer.parseInt(p.substring(0, 4)), quantity.value(),
					quantity.unit(), from,
					(tier != null && !table.text(row, tier).isBlank()) ? table.text(row, tier) : null, "import"));
		}
		return observations;
	}

	/**
	 * A target as the API takes it.
	 */
	record TargetInput(String regionCode, String indicator, Double value, String unit, Integer deadline,
			Integer baselineYear, Double baselineValue, String statement, String source) {

	}

	@PostMapping(path = "/observatory/targets", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Enter a target (JSON: region_code, indicator, value, unit, deadline, source, optional baseline and statement); returns its progress")
	TargetProgress addTarget(@AuthenticationPrincipal Account account, @RequestBody TargetInput input) {
		require("region_code", input.regionCode());
		checkRegion(input.regionCode());
		this.permissions.requireRegionWrite(account, input.regionCode());
		require("indicator", input.indicator());
		if (!input.indicator().matches("[a-z][a-z0-9_]{0,63}")) {
			throw new BadParameterException("indicator", "indicator must be a lower-case name such as gdp, not \""
					+ Parameters.abbreviate(input.indicator()) + "\"");
		}
		require("source", input.source());
		if (input.value() == null || !Double.isFinite(input.value())) {
			throw new BadParameterException("value", "value is required and must be a finite number");
		}
		require("unit", input.unit());
		if (input.deadline() == null || input.deadline() < 1949 || input.deadline() > 2100) {
			throw new BadParameterException("deadline", "deadline must be a year between 1949 and 2100");
		}
		if (input.baselineYear() != null && input.baselineYear() > input.deadline()) {
			throw new BadParameterException("baseline_year", "baseline_year must not be after the deadline");
		}
		Units.Quantity quantity;
		try {
			quantity = Units.toBase(input.value(), input.unit());
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("unit", ex.getMessage());
		}
		Double baseline = (input.baselineValue() != null) ? Units.toBase(input.baselineValue(), input.unit()).value()
				: null;
		Target stored = this.indicators.add(new Target(0, input.regionCode(), input.indicator(), quantity.value(),
				quantity.unit(), input.deadline(), input.baselineYear(), baseline,
				(input.statement() != null) ? input.statement() : "", input.source()), account.id());
		return TargetProgress.of(stored, this.indicators.observations(stored.regionCode(), stored.indicator()));
	}

	private static void require(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new BadParameterException(name, name + " is required");
		}
	}

	@GetMapping("/observatory/targets")
	@Operation(
			summary = "Targets with required growth, trend forecast and status (met, on track, at risk, off track, missed)")
	List<TargetProgress> targets(@Parameter(description = "region code; all regions when absent") @RequestParam(
			required = false) String region) {
		if (region != null) {
			checkRegion(region);
		}
		return this.indicators.progress(region);
	}

	@PostMapping(path = "/observatory/efficiency", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(
			summary = "DEA of the rows of a CSV body (one DMU per row): CCR, BCC (input or output), SBM (none), super-efficiency")
	Map<String, Object> efficiency(@RequestBody String csv, @RequestParam String model,
			@RequestParam(required = false) String rts, @RequestParam String orientation,
			@RequestParam(name = "super", defaultValue = "false") boolean superEfficiency,
			@Parameter(description = "input columns, comma-separated") @RequestParam List<String> inputs,
			@Parameter(description = "output columns, comma-separated") @RequestParam List<String> outputs,
			@Parameter(description = "column with the DMU names") @RequestParam(required = false) String dmu) {
		DeaSpec spec = spec(model, rts, orientation, superEfficiency);
		DeaData data = fromBody(() -> {
			CsvTable table = table(csv);
			return AnalysisTables.dea(table, inputs, outputs, dmu, AnalysisTables.allRows(table));
		});
		return AnalysisTables.deaReport(DataEnvelopment.evaluate(data, spec), data);
	}

	@PostMapping(path = "/observatory/malmquist", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Malmquist index (CRS) between adjacent periods of a panel in a CSV body")
	List<MalmquistIndex.Change> malmquist(@RequestBody String csv, @RequestParam String period,
			@RequestParam String orientation, @RequestParam List<String> inputs, @RequestParam List<String> outputs,
			@RequestParam(required = false) String dmu) {
		DeaSpec spec = spec("ccr", null, orientation, false);
		Map<String, DeaData> periods = fromBody(() -> AnalysisTables.panel(table(csv), period, inputs, outputs, dmu));
		return MalmquistIndex.evaluate(periods, spec.orientation());
	}

	@PostMapping(path = "/observatory/network", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(
			summary = "Centrality and communities of an edge list (CSV body: source,target[,weight]), as networkx defines them")
	List<NodeMeasures> network(@RequestBody String csv, @RequestParam(defaultValue = "false") boolean directed,
			@Parameter(description = "column with edge weights; unweighted when absent") @RequestParam(
					required = false) String weight) {
		return fromBody(
				() -> NetworkMeasures.measure(AnalysisTables.edges(table(csv), weight), directed, weight != null));
	}

	@PostMapping(path = "/observatory/index", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(
			summary = "Composite index of a CSV body (columns region, period, then one per indicator) with performance groups and weight sensitivity")
	CompositeIndex.Result index(@RequestBody String csv,
			@Parameter(description = "one weight per indicator, comma-separated; equal when absent") @RequestParam(
					required = false) List<Double> weights,
			@Parameter(description = "indicators where lower is better") @RequestParam(name = "lower_is_better",
					required = false) List<String> lowerIsBetter,
			@RequestParam(defaultValue = "1000") int draws, @RequestParam(defaultValue = "1") long seed) {
		if (draws < 0 || draws > 100_000) {
			throw new BadParameterException("draws", "draws must be between 0 and 100000, not " + draws);
		}
		CompositeIndex.Data data = fromBody(() -> AnalysisTables.index(table(csv), lowerIsBetter));
		double[] w = (weights != null) ? weights.stream().mapToDouble(Double::doubleValue).toArray() : null;
		try {
			return CompositeIndex.compute(data, w, draws, seed);
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("weights", ex.getMessage());
		}
	}

	/**
	 * The DEA model from request parameters; a bad value is a problem naming its
	 * parameter.
	 */
	static DeaSpec spec(String model, String rts, String orientation, boolean superEfficiency) {
		try {
			return AnalysisTables.spec(model, rts, orientation, superEfficiency);
		}
		catch (IllegalArgumentException ex) {
			String message = ex.getMessage();
			String parameter = message.startsWith("rts") || message.contains("returns to scale") ? "rts"
					: message.startsWith("orientation") || message.contains("orientation") ? "orientation" : "model";
			throw new BadParameterException(parameter, message);
		}
	}

	private static CsvTable table(String csv) {
		if (csv.length() > MAX_BODY) {
			throw new BadParameterException("body",
					"the body has " + csv.length() + " characters; at most " + MAX_BODY);
		}
		return CsvTable.parse(csv, "the request body");
	}

	private static <T> T fromBody(java.util.function.Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("body", ex.getMessage());
		}
	}

	private void checkRegion(String region) {
		Parameters.code("region", region);
		if (this.regions.find(region).isEmpty()) {
			throw new NotFoundException("region", region);
		}
	}

}
