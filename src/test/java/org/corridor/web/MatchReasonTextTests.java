package org.corridor.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corridor.actor.Industries;
import org.corridor.exchange.ConceptThesaurus;
import org.corridor.exchange.Match;
import org.corridor.geo.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Match reasons read in each language from the exchange bundles, with concepts,
 * industries, groupings and regions labelled in that language.
 */
class MatchReasonTextTests {

	private static MatchReasonText reasons;

	@BeforeAll
	static void bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/exchange");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		reasons = new MatchReasonText(messages, ConceptThesaurus.bundled(), Industries.bundled(), Gazetteer.bundled());
	}

	@Test
	void sharedConceptsInTheReadersLanguage() {
		Match.Reason reason = new Match.Reason("concepts", 0.8, 0.3, "shared_concepts",
				Map.of("concepts", List.of("solid_state_electrolyte", "sulfide_electrolyte")),
				"shared concepts: solid-state electrolyte, sulfide solid electrolyte");
		assertThat(reasons.of(reason, Locale.CHINESE)).isEqualTo("共同概念：固态电解质、硫化物电解质");
		assertThat(reasons.of(reason, Locale.GERMAN))
			.isEqualTo("gemeinsame Begriffe: Festkörperelektrolyt, Sulfidelektrolyt");
		assertThat(reasons.of(reason, Locale.ENGLISH)).isEqualTo(reason.explanation());
	}

	@Test
	void distanceWithRegionNamesAndLocalNumbers() {
		Match.Reason reason = new Match.Reason("proximity", 0.7, 0.1, "distance",
				Map.of("from", "320581", "to", "330106", "km", 163L, "rail_hours", 1.3), "…");
		assertThat(reasons.of(reason, Locale.CHINESE)).startsWith("常熟市—西湖区：直线距离163公里，乘高铁约1.3小时");
		assertThat(reasons.of(reason, Locale.GERMAN)).contains("163 km Luftlinie").contains("etwa 1,3 h");
	}

	@Test
	void industryChainGroupingsAndHistory() {
		assertThat(reasons.of(new Match.Reason("chain", 0.6, 0.2, "industry_chain",
				Map.of("upstream", "new_materials", "downstream", "batteries"), "…"), Locale.CHINESE))
			.isEqualTo("产业链配套：新材料为动力电池与储能供货");
		assertThat(reasons.of(new Match.Reason("grouping", 0.5, 0.1, "same_grouping",
				Map.of("groupings", List.of("g60-corridor")), "…"), Locale.CHINESE))
			.isEqualTo("同属长三角G60科创走廊");
		Match.Reason history = new Match.Reason("history", 0.6, 0.1, "history",
				Map.of("events", 3, "from", "320500", "to", "330100", "since", "2023-11-21"), "…");
		assertThat(reasons.of(history, Locale.CHINESE)).isEqualTo("苏州市与杭州市自2023年11月21日以来有3次合作记录");
		assertThat(reasons.of(history, Locale.ENGLISH)).startsWith("3 recorded cooperation events between Suzhou");
		Match.Reason one = new Match.Reason("history", 0.4, 0.1, "history",
				Map.of("events", 1, "from", "320500", "to", "330100", "since", "2023-11-21"), "…");
		assertThat(reasons.of(one, Locale.GERMAN)).startsWith("ein erfasstes Kooperationsereignis zwischen");
	}

	@Test
	void aCodeWithoutAMessageKeepsTheEnglishExplanation() {
		Match.Reason reason = new Match.Reason("text", 0.5, 0.3, "some_future_code", "what the ranking wrote");
		assertThat(reasons.of(reason, Locale.CHINESE)).isEqualTo("what the ranking wrote");
	}

}
