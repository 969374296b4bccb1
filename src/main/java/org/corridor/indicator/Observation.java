package org.corridor.indicator;

import java.util.Objects;

/**
 * One value of an indicator for a region and period.
 *
 * @param regionCode the region
 * @param indicator the indicator (gdp, gdp_growth, rd_intensity, ...)
 * @param period the period: a year ({@code 2024}) or quarters of a year
 * ({@code 2025-Q1..Q3})
 * @param year the year of the period
 * @param value the value in base units
 * @param unit CNY, percent, persons, count or per_10k_residents
 * @param source where the value was read
 * @param tier reliability tier of the source, where known
 * @param origin reference, import, extracted or api
 */
public record Observation(String regionCode, String indicator, String period, int year, double value, String unit,
		String source, String tier, String origin) {

	public Observation {
		Objects.requireNonNull(regionCode, "regionCode");
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(source, "source");
	}

	/** Whether the period is a whole year. */
	public boolean annual() {
		return this.period.length() == 4;
	}

}
