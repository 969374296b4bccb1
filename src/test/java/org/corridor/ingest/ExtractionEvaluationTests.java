package org.corridor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

import org.corridor.geo.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision, recall and F1 of the extractor against hand-written gold annotations, on two
 * sets scored separately with the same rules:
 * <ul>
 * <li><em>in-sample</em>: the five corpus articles ({@code src/main/resources/corpus},
 * gold in {@code src/test/resources/ingest/gold}), the articles the extractor was
 * developed on;</li>
 * <li><em>held-out</em>: twelve synthetic articles (four each in German, English and
 * Chinese, {@code src/test/resources/ingest/heldout}) whose gold was written and
 * committed before the extractor was first run on them.</li>
 * </ul>
 * Matching rules: regions by code, groupings by id; organisations when one name contains
 * the other (case ignored); events when the type is equal, the gold regions (if any)
 * share one with the event's actors and location, and the gold date (if any) is equal;
 * targets on subject, indicator, unit, deadline and value (relative 1e-6); figures on
 * subject, indicator, unit, period and value. Each prediction matches at most one gold
 * item. Prints one table per set and the unmatched items of each article; fails when an
 * F1 drops below its set's floor.
 */
class ExtractionEvaluationTests {

	static final List<String> DOCUMENTS = List.of("000_49366d1017bd9b70", "001_c4aabd8d21241dfd",
			"002_4abfc73a101edbfc", "003_0d526b853c6c2687", "004_2e3c64913e468b1c");

	static final List<String> FACTS = List.of("regions", "groupings", "organisations", "events", "targets", "figures");

	/** F1 floors, a little below the in-sample scores recorded in docs/EVALUATION.md. */
	static final Map<String, Double> FLOORS = Map.of("regions", 0.85, "groupings", 0.85, "organisations", 0.70,
			"events", 0.55, "targets", 0.95, "figures", 0.95);

	/**
	 * F1 floors on the first held-out set (docs/EVALUATION.md, "Held-out evaluation"),
	 * first measured at regions 0.88, groupings 0.97, organisations 0.75, events 0.39,
	 * targets 0.47, figures 0.60, and raised after the extractor was improved on the
	 * development sets (third session: 0.94, 0.97, 0.87, 0.89, 0.91, 0.90). Each floor
	 * sits about 0.1 below its measured score, at least two gold items (with 17 targets
	 * one item moves F1 by about 0.06, with 25 figures by about 0.04), so a regression on
	 * unseen text fails the build while a small reshuffle does not. They are not goals:
	 * raise a floor only after the extractor has improved on its own development data,
	 * never by tuning on these articles (once it is tuned on them they are no longer held
	 * out).
	 */
	static final Map<String, Double> HELD_OUT_FLOORS = Map.of("regions", 0.84, "groupings", 0.87, "organisations", 0.77,
			"events", 0.79, "targets", 0.81, "figures", 0.80);

	/**
	 * Floors of the development set (see docs/EVALUATION.md): about 0.1 below the scores
	 * measured when they were set (0.95, 1.00, 0.92, 0.90, 0.86, 0.93).
	 */
	/**
	 * Floors of the second held-out set, whose articles and gold were written by a writer
	 * who never saw the extractor (docs/EVALUATION.md): about 0.1 below the scores of
	 * 2026-11-21 (0.95, 1.00, 0.87, 0.79, 0.89, 0.80; after the second development round
	 * 0.95, 1.00, 0.96, 0.85, 0.97, 0.85 — see docs/EVALUATION.md on how clean that is).
	 */
	static final Map<String, Double> SECOND_HELD_OUT_FLOORS = Map.of("regions", 0.85, "groupings", 0.90,
			"organisations", 0.86, "events", 0.75, "targets", 0.87, "figures", 0.75);

	/**
	 * Floors of the third held-out set (written blind, like the second, and first run on
	 * the extractor of the third session's last change): about 0.1 below its first
	 * scores.
	 */
	static final Map<String, Double> THIRD_HELD_OUT_FLOORS = Map.of("regions", 0.85, "groupings", 0.90, "organisations",
			0.80, "events", 0.84, "targets", 0.82, "figures", 0.71);

	/**
	 * Floors of the second development set, about 0.1 below its scores when set (0.99,
	 * 1.00, 0.93, 0.85, 0.94, 0.97).
	 */
	static final Map<String, Double> SECOND_DEVELOPMENT_FLOORS = Map.of("regions", 0.89, "groupings", 0.90,
			"organisations", 0.83, "events", 0.75, "targets", 0.84, "figures", 0.87);

	static final Map<String, Double> DEVELOPMENT_FLOORS = Map.of("regions", 0.85, "groupings", 0.90, "organisations",
			0.82, "events", 0.80, "targets", 0.76, "figures", 0.83);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Extractor extractor = new Extractor(Gazetteer.bundled());

	/**
	 * An article to score: its text resource, its gold resource and its publication date.
	 */
	record Article(String name, String text, String gold, LocalDate published) {
	}

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

	/**
	 * The outcome of matching one fact type in one article: the score and what is left
	 * over.
	 */
	record Match(Score score, List<String> spurious, List<String> missed) {
	}

	@Test
	void scoresStayAboveTheRecordedFloors() throws IOException {
		List<Article> articles = new ArrayList<>();
		for (String document : DOCUMENTS) {
			String gold = resource("/ingest/gold/" + document + ".json");
			JsonNode published = json.readTree(gold).get("published");
			articles.add(new Article(document + ".txt", resource("/corpus/" + document + ".txt"), gold,
					published.isNull() ? null : LocalDate.parse(published.asString())));
		}
		Map<String, Score> totals = evaluate("in-sample (5 corpus articles)", articles);
		totals
			.forEach((type, s) -> assertThat(s.f1()).as("in-sample " + type).isGreaterThanOrEqualTo(FLOORS.get(type)));
	}

	/**
	 * The sets of twelve articles beside the corpus: directory, heading, floors.
	 */
	static Stream<Arguments> sets() {
		return Stream.of(
				Arguments.of("heldout", "held-out (12 synthetic articles, gold written blind)", HELD_OUT_FLOORS),
				Arguments.of("heldout2", "second held-out (12 synthetic articles, written blind by another writer)",
						SECOND_HELD_OUT_FLOORS),
				Arguments.of("heldout3", "third held-out (12 synthetic articles, written blind by another writer)",
						THIRD_HELD_OUT_FLOORS),
				Arguments.of("dev", "development (12 synthetic articles the extractor is tuned on)",
						DEVELOPMENT_FLOORS),
				Arguments.of("dev2", "second development (12 synthetic articles the extractor is tuned on)",
						SECOND_DEVELOPMENT_FLOORS));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sets")
	void setScoresStayAboveTheirFloors(String dir, String heading, Map<String, Double> floors) throws IOException {
		Map<String, Score> totals = evaluate(heading, indexedSet(dir));
		totals.forEach((type, s) -> assertThat(s.f1()).as(dir + " " + type).isGreaterThanOrEqualTo(floors.get(type)));
	}

	/**
	 * The twelve articles of a set under {@code /ingest/DIR/} (index.csv, articles/,
	 * gold/), each with its publication date.
	 */
	private static List<Article> indexedSet(String dir) throws IOException {
		List<Article> articles = new ArrayList<>();
		for (String line : resource("/ingest/" + dir + "/index.csv").strip().lines().skip(1).toList()) {
			String[] cells = line.split(",");
			String name = cells[0];
			String gold = resource("/ingest/" + dir + "/gold/" + name.replaceFirst("\\.txt$", ".json"));
			LocalDate published = LocalDate.parse(cells[1]);
			assertThat(json.readTree(gold).get("published").asString()).as(name).isEqualTo(cells[1]);
			articles.add(new Article(name, resource("/ingest/" + dir + "/articles/" + name), gold, published));
		}
		assertThat(articles).hasSize(12);
		return articles;
	}

	/**
	 * The targets or figures of the controlled vocabulary: the gold annotates only those,
	 * so facts of free-text indicators ({@code other}) are not scored.
	 */
	private static JsonNode vocabulary(JsonNode facts) {
		tools.jackson.databind.node.ArrayNode kept = json.createArrayNode();
		for (JsonNode fact : facts) {
			if (!fact.get("indicator").asString().equals("other")) {
				kept.add(fact);
			}
		}
		return kept;
	}

	/**
	 * Scores every article, prints the table and the unmatched items, returns the totals.
	 */
	private Map<String, Score> evaluate(String set, List<Article> articles) {
		Map<String, Score> totals = new LinkedHashMap<>();
		FACTS.forEach((type) -> totals.put(type, new Score(0, 0, 0)));
		StringBuilder errors = new StringBuilder();
		for (Article article : articles) {
			JsonNode gold = json.readTree(article.gold());
			JsonNode predicted = json.readTree(json.writeValueAsString(extractor
				.extract(article.text().getBytes(StandardCharsets.UTF_8), article.name(), article.published())));
			Map<String, Match> matches = new LinkedHashMap<>();
			matches.put("regions", match(distinct(predicted.get("regions"), "code"), strings(gold.get("regions")),
					String::equals, Function.identity(), Function.identity()));
			matches.put("groupings", match(distinct(predicted.get("groupings"), "id"), strings(gold.get("groupings")),
					String::equals, Function.identity(), Function.identity()));
			matches.put("organisations",
					match(values(predicted.get("organisations"), "name"), strings(gold.get("organisations")),
							ExtractionEvaluationTests::sameOrganisation, Function.identity(), Function.identity()));
			matches.put("events",
					match(nodes(predicted.get("events")), nodes(gold.get("events")),
							ExtractionEvaluationTests::sameEvent, ExtractionEvaluationTests::describePredictedEvent,
							JsonNode::toString));
			matches.put("targets", quantities(vocabulary(predicted.get("targets")), gold.get("targets"), "deadline"));
			matches.put("figures", quantities(vocabulary(predicted.get("figures")), gold.get("figures"), "period"));
			matches.forEach((type, m) -> {
				totals.merge(type, m.score(), Score::plus);
				m.missed()
					.forEach((item) -> errors.append(article.name() + "  " + type + "  missed    " + item + "\n"));
				m.spurious()
					.forEach((item) -> errors.append(article.name() + "  " + type + "  spurious  " + item + "\n"));
			});
		}
		StringBuilder table = new StringBuilder(set + "\n\n"
				+ "| fact | TP | FP | FN | precision | recall | F1 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		totals.forEach(
				(type, s) -> table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f |%n",
						type, s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1())));
		System.out.println(table);
		System.out.println("unmatched, " + set + ":\n" + errors);
		return totals;
	}

	/**
	 * Greedy matching: each prediction, in order, takes the first still-open gold item it
	 * matches.
	 */
	static <P, G> Match match(List<P> predicted, List<G> gold, BiPredicate<P, G> same, Function<P, String> describeP,
			Function<G, String> describeG) {
		List<G> open = new ArrayList<>(gold);
		List<String> spurious = new ArrayList<>();
		int tp = 0;
		for (P p : predicted) {
			G hit = open.stream().filter((g) -> same.test(p, g)).findFirst().orElse(null);
			if (hit != null) {
				open.remove(hit);
				tp++;
			}
			else {
				spurious.add(describeP.apply(p));
			}
		}
		return new Match(new Score(tp, predicted.size() - tp, open.size()), spurious,
				open.stream().map(describeG).toList());
	}

	static boolean sameOrganisation(String predicted, String gold) {
		String p = predicted.toLowerCase(Locale.ROOT);
		String g = gold.toLowerCase(Locale.ROOT);
		return g.contains(p) || p.contains(g);
	}

	static boolean sameEvent(JsonNode event, JsonNode g) {
		TreeSet<String> regions = new TreeSet<>();
		event.get("actors").forEach((a) -> regions.add(a.get("ref").asString()));
		if (!event.get("location").isNull()) {
			regions.add(event.get("location").get("code").asString());
		}
		boolean type = g.get("type").asString().equals(event.get("type").asString());
		List<String> goldRegions = strings(g.get("regions"));
		boolean where = goldRegions.isEmpty() || goldRegions.stream().anyMatch(regions::contains);
		boolean when = g.get("date").isNull()
				|| (!event.get("date").isNull() && g.get("date").asString().equals(event.get("date").asString()));
		return type && where && when;
	}

	static String describePredictedEvent(JsonNode event) {
		List<String> refs = new ArrayList<>();
		event.get("actors").forEach((a) -> refs.add(a.get("ref").asString()));
		String location = event.get("location").isNull() ? "-" : event.get("location").get("code").asString();
		String evidence = event.get("evidence").get("text").asString();
		return event.get("type").asString() + " date=" + event.get("date") + " actors=" + refs + " location=" + location
				+ " \"" + abbreviate(evidence) + "\"";
	}

	static Match quantities(JsonNode predicted, JsonNode gold, String when) {
		return match(nodes(predicted), nodes(gold), (fact, g) -> sameQuantity(fact, g, when),
				(fact) -> describePredictedQuantity(fact, when), JsonNode::toString);
	}

	static boolean sameQuantity(JsonNode fact, JsonNode g, String when) {
		String subject = fact.get("subject").isNull() ? null : fact.get("subject").get("ref").asString();
		return g.get("subject").asString().equals(subject)
				&& g.get("indicator").asString().equals(fact.get("indicator").asString())
				&& g.get("unit").asString().equals(fact.get("unit").asString())
				&& g.get(when).asString().equals(fact.get(when).asString())
				&& Math.abs(g.get("value").asDouble() - fact.get("value").asDouble()) <= 1e-6
						* Math.abs(g.get("value").asDouble());
	}

	static String describePredictedQuantity(JsonNode fact, String when) {
		String subject = fact.get("subject").isNull() ? "-" : fact.get("subject").get("ref").asString();
		return subject + " " + fact.get("indicator").asString() + " " + fact.get("value") + " "
				+ fact.get("unit").asString() + " " + when + "=" + fact.get(when) + " \""
				+ abbreviate(fact.get("evidence").get("text").asString()) + "\"";
	}

	static String abbreviate(String text) {
		String line = text.replaceAll("\\s+", " ");
		return (line.length() <= 90) ? line : line.substring(0, 87) + "...";
	}

	static List<String> distinct(JsonNode array, String field) {
		return List.copyOf(new TreeSet<>(values(array, field)));
	}

	static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((n) -> values.add(n.get(field).asString()));
		return values;
	}

	static List<JsonNode> nodes(JsonNode array) {
		List<JsonNode> nodes = new ArrayList<>();
		array.forEach(nodes::add);
		return nodes;
	}

	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((n) -> values.add(n.asString()));
		return values;
	}

	static String resource(String path) throws IOException {
		try (InputStream in = ExtractionEvaluationTests.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
