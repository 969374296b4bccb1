package org.corridor.indicator;

import java.util.Objects;

/**
 * A quantified target: reach {@code value} of {@code indicator} by the end of
 * {@code deadline}.
 *
 * @param id store id, 0 when not stored
 * @param regionCode the region that set it
 * @param indicator the indicator
 * @param value the target value in base units
 * @param unit its unit
 * @param deadline the year by which it is to be reached
 * @param baselineYear the year it was set, where known
 * @param baselineValue the value then, where known
 * @param statement the sentence that states it
 * @param source where it is stated
 */
public record Target(long id, String regionCode, String indicator, double value, String unit, int deadline,
		Integer baselineYear, Double baselineValue, String statement, String source) {

	public Target {
		Objects.requireNonNull(regionCode, "regionCode");
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(source, "source");
	}

}
