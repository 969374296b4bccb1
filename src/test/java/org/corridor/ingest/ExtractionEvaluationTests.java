package org.corridor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.corridor.geo.Gazetteer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision, recall and F1 of the extractor on the five corpus articles against the
 * hand-written gold annotations in {@code src/test/resources/ingest/gold}. Matching
 * rules: regions by code, groupings by id; organisations when one name contains the other
 * (case ignored); events when the type is equal, the gold regions (if any) share one with
 * the event's actors and location, and the gold date (if any) is equal; targets on
 * subject, indicator, unit, deadline and value (relative 1e-6); figures on subject,
 * indicator, unit, period and value. Each prediction matches at most one gold item. Fails
 * when an F1 drops below its recorded floor.
 */
class ExtractionEvaluationTests {

	static final List<String> DOCUMENTS = List.of("000_49366d1017bd9b70", "001_c4aabd8d21241dfd",
			"002_4abfc73a101edbfc", "003_0d526b853c6c2687", "004_2e3c64913e468b1c");

	/** F1 floors, a little below the scores recorded in docs/EVALUATION.md. */
	static final Map<String, Double> FLOORS = Map.of("regions", 0.85, "groupings", 0.85, "organisations", 0.70,
			"events", 0.55, "targets", 0.95, "figures", 0.95);

	private static final JsonMapper json = JsonMapper.builder().build();

	record Score(int tp, int fp, int fn) {

		double precision() {
			return (tp + fp == 0) ? 1 : (double) tp / (tp + fp);
		}

		double recall() {
			return (tp + fn == 0) ? 1 : (double) tp / (tp + fn);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return (p + r == 0) ? 0 : 2 * p * r / (p + r);
		}

		Score plus(Score other) {
			return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
		}

	}

	@Test
	void scoresStayAboveTheRecordedFloors() throws IOException {
		Extractor extractor = new Extractor(Gazetteer.bundled());
		Map<String, Score> totals = new LinkedHashMap<>();
		for (String type : List.of("regions", "groupings", "organisations", "events", "targets", "figures")) {
			totals.put(type, new Score(0, 0, 0));
		}
		for (String document : DOCUMENTS) {
			JsonNode gold = json.readTree(resource("/ingest/gold/" + document + ".json"));
			LocalDate published = gold.get("published").isNull() ? null
					: LocalDate.parse(gold.get("published").asString());
			JsonNode predicted = json.readTree(json.writeValueAsString(extractor
				.extract(resource("/corpus/" + document + ".txt").getBytes(), document + ".txt", published)));
			totals.merge("regions", sets(values(predicted.get("regions"), "code"), strings(gold.get("regions"))),
					Score::plus);
			totals.merge("groupings", sets(values(predicted.get("groupings"), "id"), strings(gold.get("groupings"))),
					Score::plus);
			totals.merge("organisations",
					organisations(values(predicted.get("organisations"), "name"), strings(gold.get("organisations"))),
					Score::plus);
			totals.merge("events", events(predicted.get("events"), gold.get("events")), Score::plus);
			totals.merge("targets", quantities(predicted.get("targets"), gold.get("targets"), "deadline"), Score::plus);
			totals.merge("figures", quantities(predicted.get("figures"), gold.get("figures"), "period"), Score::plus);
		}
		StringBuilder table = new StringBuilder(
				"| fact | TP | FP | FN | precision | recall | F1 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		totals.forEach(
				(type, s) -> table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f |%n",
						type, s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1())));
		System.out.println(table);
		totals
			.forEach((type, s) -> assertThat(s.f1()).as(type + "\n" + table).isGreaterThanOrEqualTo(FLOORS.get(type)));
	}

	static Score sets(List<String> predicted, List<String> gold) {
		Set<String> p = new TreeSet<>(predicted);
		Set<String> g = new TreeSet<>(gold);
		int tp = (int) p.stream().filter(g::contains).count();
		return new Score(tp, p.size() - tp, g.size() - tp);
	}

	static Score organisations(List<String> predicted, List<String> gold) {
		List<String> open = new ArrayList<>(gold);
		int tp = 0;
		for (String name : predicted) {
			String p = name.toLowerCase(Locale.ROOT);
			String hit = open.stream().filter((g) -> {
				String lower = g.toLowerCase(Locale.ROOT);
				return lower.contains(p) || p.contains(lower);
			}).findFirst().orElse(null);
			if (hit != null) {
				open.remove(hit);
				tp++;
			}
		}
		return new Score(tp, predicted.size() - tp, open.size());
	}

	static Score events(JsonNode predicted, JsonNode gold) {
		List<JsonNode> open = new ArrayList<>();
		gold.forEach(open::add);
		int tp = 0;
		for (JsonNode event : predicted) {
			Set<String> regions = new TreeSet<>();
			event.get("actors").forEach((a) -> regions.add(a.get("ref").asString()));
			if (!event.get("location").isNull()) {
				regions.add(event.get("location").get("code").asString());
			}
			JsonNode hit = null;
			for (JsonNode g : open) {
				boolean type = g.get("type").asString().equals(event.get("type").asString());
				List<String> goldRegions = strings(g.get("regions"));
				boolean where = goldRegions.isEmpty() || goldRegions.stream().anyMatch(regions::contains);
				boolean when = g.get("date").isNull() || (!event.get("date").isNull()
						&& g.get("date").asString().equals(event.get("date").asString()));
				if (type && where && when) {
					hit = g;
					break;
				}
			}
			if (hit != null) {
				open.remove(hit);
				tp++;
			}
		}
		return new Score(tp, predicted.size() - tp, open.size());
	}

	static Score quantities(JsonNode predicted, JsonNode gold, String when) {
		List<JsonNode> open = new ArrayList<>();
		gold.forEach(open::add);
		int tp = 0;
		for (JsonNode fact : predicted) {
			JsonNode hit = null;
			for (JsonNode g : open) {
				String subject = fact.get("subject").isNull() ? null : fact.get("subject").get("ref").asString();
				boolean same = g.get("subject").asString().equals(subject)
						&& g.get("indicator").asString().equals(fact.get("indicator").asString())
						&& g.get("unit").asString().equals(fact.get("unit").asString())
						&& g.get(when).asString().equals(fact.get(when).asString())
						&& Math.abs(g.get("value").asDouble() - fact.get("value").asDouble()) <= 1e-6
								* Math.abs(g.get("value").asDouble());
				if (same) {
					hit = g;
					break;
				}
			}
			if (hit != null) {
				open.remove(hit);
				tp++;
			}
		}
		return new Score(tp, predicted.size() - tp, open.size());
	}

	static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((n) -> values.add(n.get(field).asString()));
		return values;
	}

	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((n) -> values.add(n.asString()));
		return values;
	}

	static String resource(String path) throws IOException {
		try (InputStream in = ExtractionEvaluationTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
