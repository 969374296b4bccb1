package org.corridor.indicator;

import java.util.Locale;
import java.util.Map;

/**
 * Converts values in the units people write — 亿元, 万元, billion yuan, 万人, % — to Corridor's
 * base units: {@code CNY}, {@code percent}, {@code persons}, {@code count},
 * {@code per_10k_residents}.
 */
public final class Units {

	/**
	 * A value in a base unit.
	 */
	public record Quantity(double value, String unit) {

	}

	private static final Map<String, Quantity> FACTORS = Map.ofEntries(Map.entry("cny", new Quantity(1, "CNY")),
			Map.entry("yuan", new Quantity(1, "CNY")), Map.entry("元", new Quantity(1, "CNY")),
			Map.entry("万元", new Quantity(1e4, "CNY")), Map.entry("亿元", new Quantity(1e8, "CNY")),
			Map.entry("万亿元", new Quantity(1e12, "CNY")), Map.entry("million cny", new Quantity(1e6, "CNY")),
			Map.entry("billion cny", new Quantity(1e9, "CNY")), Map.entry("trillion cny", new Quantity(1e12, "CNY")),
			Map.entry("million yuan", new Quantity(1e6, "CNY")), Map.entry("billion yuan", new Quantity(1e9, "CNY")),
			Map.entry("trillion yuan", new Quantity(1e12, "CNY")), Map.entry("percent", new Quantity(1, "percent")),
			Map.entry("%", new Quantity(1, "percent")), Map.entry("persons", new Quantity(1, "persons")),
			Map.entry("人", new Quantity(1, "persons")), Map.entry("万人", new Quantity(1e4, "persons")),
			Map.entry("count", new Quantity(1, "count")), Map.entry("个", new Quantity(1, "count")),
			Map.entry("家", new Quantity(1, "count")), Map.entry("件", new Quantity(1, "count")),
			Map.entry("per_10k_residents", new Quantity(1, "per_10k_residents")));

	private Units() {
	}

	/**
	 * The value in its base unit.
	 * @throws IllegalArgumentException naming the unit and the ones accepted
	 */
	public static Quantity toBase(double value, String unit) {
		Quantity factor = FACTORS.get(unit.strip().toLowerCase(Locale.ROOT));
		if (factor == null) {
			throw new IllegalArgumentException("unknown unit \"" + unit + "\"; use CNY, 万元, 亿元, 万亿元, billion yuan, "
					+ "trillion yuan, percent or %, persons, 万人, count or per_10k_residents");
		}
		return new Quantity(value * factor.value(), factor.unit());
	}

}
