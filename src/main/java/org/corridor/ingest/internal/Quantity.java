package org.corridor.ingest.internal;

/**
 * A number in a sentence, in base units.
 *
 * @param start char offset of its first character (or of a currency sign before it)
 * @param end char offset after its last (scale and unit words included)
 * @param value the value in base units
 * @param unit the unit: {@code CNY}, {@code USD}, {@code percent}, {@code count},
 * {@code km2}, {@code hour} … (the units of GUIDELINES.md, listed in
 * {@code ingest/cues/units.tsv})
 * @param text the text as written
 * @param qualifier {@code more_than}, {@code about}, {@code nearly}, {@code at_least},
 * {@code at_most} or null
 * @param value2 a second value: the conversion given right after it ("(rund 13,5
 * Milliarden US-Dollar)") or the upper bound of a range, or null
 * @param unit2 the unit of {@code value2}, or null
 * @param counted the words naming what a count counts ("重大项目", "major projects",
 * "Großprojekte") when they stand next to the number, or null
 */
public record Quantity(int start, int end, double value, String unit, String text, String qualifier, Double value2,
		String unit2, String counted) {

	public Quantity(int start, int end, double value, String unit, String text) {
		this(start, end, value, unit, text, null, null, null, null);
	}

}
