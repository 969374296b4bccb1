package org.corridor.indicator.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.corridor.indicator.Observation;
import org.corridor.indicator.Target;
import org.corridor.support.Csv;

/**
 * The indicator observations and targets bundled with Corridor
 * ({@code src/main/resources/indicator}, origins in its {@code SOURCES.md}), with
 * indicator names and units mapped onto Corridor's vocabulary.
 */
final class ReferenceIndicators {

	private static final Map<String, String> INDICATORS = Map.of("gdp_cny", "gdp", "gdp_cny_revised", "gdp_revised",
			"gdp_growth_pct", "gdp_growth", "rd_expenditure_cny", "rd_expenditure", "rd_intensity_pct", "rd_intensity",
			"population", "population", "high_tech_enterprises", "high_tech_enterprises", "invention_patents_granted",
			"invention_patents_granted", "valid_invention_patents_per_10k_pop", "valid_invention_patents_per_10k");

	final List<Observation> observations;

	final List<Target> targets;

	final String checksum;

	private ReferenceIndicators(List<Observation> observations, List<Target> targets) {
		this.observations = List.copyOf(observations);
		this.targets = List.copyOf(targets);
		this.checksum = checksum(observations, targets);
	}

	static ReferenceIndicators read() {
		List<Observation> observations = new ArrayList<>();
		int line = 1;
		for (Map<String, String> row : Csv.readResource("indicator/city_indicators.csv")) {
			line++;
			String indicator = INDICATORS.get(row.get("indicator"));
			if (indicator == null) {
				throw new IllegalStateException(
						"indicator/city_indicators.csv:" + line + ": unknown indicator " + row.get("indicator"));
			}
			String source = row.get("source");
			String tier = source.replaceFirst("(?s).*\\| tier=([^ |]+).*", "$1");
			observations.add(new Observation(row.get("region_code"), indicator, row.get("year"),
					Integer.parseInt(row.get("year")), Double.parseDouble(row.get("value")),
					unit(row.get("unit"), line), source, tier.equals(source) ? null : tier, "reference"));
		}
		List<Target> targets = new ArrayList<>();
		for (Map<String, String> row : Csv.readResource("indicator/targets.csv")) {
			targets
				.add(new Target(0, row.get("region_code"), row.get("indicator"), Double.parseDouble(row.get("value")),
						row.get("unit"), Integer.parseInt(row.get("deadline")), integer(row.get("baseline_year")),
						decimal(row.get("baseline_value")), row.get("statement"), row.get("source")));
		}
		return new ReferenceIndicators(observations, targets);
	}

	/**
	 * Corridor's unit for the unit text of the data file.
	 */
	static String unit(String text, int line) {
		if (text.equals("CNY")) {
			return "CNY";
		}
		if (text.startsWith("percent")) {
			return "percent";
		}
		if (text.equals("persons")) {
			return "persons";
		}
		if (text.equals("enterprises") || text.equals("patents")) {
			return "count";
		}
		if (text.contains("per 10,000")) {
			return "per_10k_residents";
		}
		throw new IllegalStateException("indicator/city_indicators.csv:" + line + ": unknown unit " + text);
	}

	private static Integer integer(String text) {
		return (text == null || text.isBlank()) ? null : Integer.valueOf(text);
	}

	private static Double decimal(String text) {
		return (text == null || text.isBlank()) ? null : Double.valueOf(text);
	}

	private static String checksum(List<Observation> observations, List<Target> targets) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			observations.forEach((o) -> digest.update((o + "\n").getBytes(StandardCharsets.UTF_8)));
			targets.forEach((t) -> digest.update((t + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
