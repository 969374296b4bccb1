package org.corridor.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.geo.Regions;
import org.corridor.indicator.Indicators;
import org.corridor.indicator.Observation;
import org.corridor.indicator.TargetProgress;

import org.springframework.web.bind.annotation.GetMapping;
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

	private final Indicators indicators;

	private final Regions regions;

	ObservatoryApi(Indicators indicators, Regions regions) {
		this.indicators = indicators;
		this.regions = regions;
	}

	@GetMapping("/indicators")
	@Operation(summary = "The observations of a region, of one indicator or all, each with unit, period and source")
	List<Observation> observations(@Parameter(description = "region code") @RequestParam String region, @Parameter(
			description = "indicator, such as gdp or rd_intensity") @RequestParam(required = false) String indicator) {
		checkRegion(region);
		if (indicator != null && !indicator.matches("[a-z][a-z0-9_]{0,63}")) {
			throw new BadParameterException("indicator",
					"indicator must be a lower-case name such as gdp or rd_intensity, not \""
							+ RegionsApi.abbreviate(indicator) + "\"");
		}
		return this.indicators.observations(region, indicator);
	}

	@GetMapping("/observatory/targets")
	@Operation(
			summary = "Targets with required growth, trend forecast and status (met, on track, at risk, off track, missed)")
	List<TargetProgress> targets(@Parameter(description = "region code; all regions when absent") @RequestParam(
			required = false) String region) {
		if (region != null) {
			checkRegion(region);
		}
		return this.indicators.targets(region)
			.stream()
			.map((t) -> TargetProgress.of(t, this.indicators.observations(t.regionCode(), t.indicator())))
			.toList();
	}

	private void checkRegion(String region) {
		if (!region.matches("\\d{6}")) {
			throw new BadParameterException("region", "region must be a six-digit division code such as 330200, not \""
					+ RegionsApi.abbreviate(region) + "\"");
		}
		if (this.regions.find(region).isEmpty()) {
			throw new NotFoundException("region", region);
		}
	}

}
