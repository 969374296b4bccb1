package org.corridor.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.geo.Regions;
import org.corridor.support.AnalysisTables;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The observatory's analyses of the stored indicators, as the pages show them: the
 * composite index of a year, the DEA efficiency of a year and whom a region should learn
 * from. The choices of indicators, inputs and outputs are those of
 * {@link ObservatoryData}; for other data, POST a CSV body to the same analyses
 * ({@link ObservatoryApi}, {@link NetworkApi}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "observatory", description = "Indicator series, targets and whether they are on track")
class StoredAnalysesApi {

	private final ObservatoryData observatory;

	private final Regions regions;

	StoredAnalysesApi(ObservatoryData observatory, Regions regions) {
		this.observatory = observatory;
		this.regions = regions;
	}

	@GetMapping("/observatory/index")
	@Operation(
			summary = "Composite index of the stored indicators for a year: GDP per capita, GDP growth, R&D intensity, equal weights, groups and rank intervals")
	Map<String, Object> index(
			@Parameter(description = "year; the year with the most regions when absent") @RequestParam(
					required = false) Integer year) {
		ObservatoryData.IndexTable table = this.observatory.index(year);
		if (table == null) {
			throw new NotFoundException("composite index of", String.valueOf(year));
		}
		if (year != null && table.year() != year) {
			throw new BadParameterException("year",
					"no index for " + year + "; years with enough regions: " + table.years());
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("year", table.year());
		json.put("years", table.years());
		json.put("rows", table.rows());
		json.put("treatments", table.treatments());
		return json;
	}

	@GetMapping("/observatory/efficiency")
	@Operation(
			summary = "DEA of the stored indicators for a year (input-oriented; inputs R&D expenditure and population, output GDP): efficiency, peers, lambdas, slacks")
	Map<String, Object> efficiency(
			@Parameter(description = "year; the year with the most regions when absent") @RequestParam(
					required = false) Integer year,
			@Parameter(description = "ccr (constant returns) or bcc (variable returns)") @RequestParam(
					defaultValue = "ccr") String model) {
		if (!model.equals("ccr") && !model.equals("bcc")) {
			throw new BadParameterException("model",
					"model must be ccr or bcc, not \"" + Parameters.abbreviate(model) + "\"");
		}
		ObservatoryData.EfficiencyTable table = this.observatory.efficiency(year, model);
		if (table == null) {
			throw new NotFoundException("efficiency analysis of", String.valueOf(year));
		}
		if (year != null && table.year() != year) {
			throw new BadParameterException("year",
					"no efficiency analysis for " + year + "; years with enough regions: " + table.years());
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("year", table.year());
		json.put("years", table.years());
		json.put("model", table.model());
		json.putAll(AnalysisTables.deaReport(table.result(), table.data()));
		return json;
	}

	@GetMapping({ "/observatory/learning-partners", "/learning-partners" })
	@Operation(
			summary = "Whom a region should learn from in the stored-data efficiency analysis: efficient peers of similar size, with network hops")
	Map<String, Object> learningPartners(@Parameter(description = "region code") @RequestParam String region) {
		Parameters.code("region", region);
		if (this.regions.find(region).isEmpty()) {
			throw new NotFoundException("region", region);
		}
		ObservatoryData.EfficiencyTable table = this.observatory.efficiency(null, null);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("region", region);
		json.put("year", (table != null) ? table.year() : null);
		json.put("in_analysis", this.observatory.efficiencyOf(region).isPresent());
		json.put("efficiency", this.observatory.efficiencyOf(region).orElse(null));
		json.put("partners", this.observatory.learningPartners(region));
		return json;
	}

}
