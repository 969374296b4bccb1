package org.corridor.ingest.internal;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quantity stage alone: numbers with scale, unit, qualifier, second value and the
 * words next to them; what is no quantity. Sentences from real reports (the real-news
 * issue quotes them) and edge cases.
 */
class QuantitiesTests {

	/** Value, unit, qualifier, value2 and unit2 of one expected quantity. */
	record Expected(double value, String unit, String qualifier, Double value2, String unit2) {

		static Expected of(double value, String unit) {
			return new Expected(value, unit, null, null, null);
		}

		Expected qualified(String qualifier) {
			return new Expected(this.value, this.unit, qualifier, this.value2, this.unit2);
		}

		Expected and(double value2, String unit2) {
			return new Expected(this.value, this.unit, this.qualifier, value2, unit2);
		}

	}

	/** Asserts that the sentence holds exactly these quantities, in order. */
	static List<Quantity> assertQuantities(String text, String language, Expected... expected) {
		List<Quantity> found = Quantities.find(text, new Sentence(0, text.length(), text, language, 0, false));
		assertThat(found).as(text)
			.extracting((q) -> new Expected(q.value(), q.unit(), q.qualifier(), q.value2(), q.unit2()))
			.containsExactlyElementsOf(Arrays.asList(expected));
		return found;
	}

	@Test
	void readsCountsAndSumsOfSigningsInThreeLanguages() {
		assertQuantities("现场签约重大合作项目52个，总投资1365.8亿元", "zh", Expected.of(52, "count"), Expected.of(1.3658e11, "CNY"));
		assertQuantities("2026年共安排重点项目280个，年度计划投资3120亿元", "zh", Expected.of(280, "count"), Expected.of(3.12e11, "CNY"));
		List<Quantity> german = assertQuantities(
				"insgesamt 120 Großprojekte mit einem Investitionsvolumen von 96,4 Milliarden Yuan (rund 13,5 Milliarden US-Dollar)",
				"de", Expected.of(120, "count"), Expected.of(9.64e10, "CNY").and(1.35e10, "USD"));
		assertThat(german.get(0).counted()).isEqualTo("Großprojekte");
		List<Quantity> english = assertQuantities("more than 40 cooperation agreements covering 12 fields", "en",
				Expected.of(40, "count").qualified("more_than"), Expected.of(12, "count"));
		assertThat(english).extracting(Quantity::counted).containsExactly("cooperation agreements", "fields");
		assertQuantities("the plan lists 30 main tasks and 110 major projects", "en", Expected.of(30, "count"),
				Expected.of(110, "count"));
		assertQuantities("A signing with 18 projects and 12.6 bn yuan", "en", Expected.of(18, "count"),
				Expected.of(1.26e10, "CNY"));
		assertQuantities("Unterzeichnet wurden 18 Projekte mit 12,6 Mrd. Yuan.", "de", Expected.of(18, "count"),
				Expected.of(1.26e10, "CNY"));
		assertQuantities("签约项目18个，金额126亿元。", "zh", Expected.of(18, "count"), Expected.of(1.26e10, "CNY"));
	}

	@Test
	void readsUnitsQualifiersNumberWordsAndFractions() {
		assertQuantities("规划面积32.5平方公里，1小时通勤圈，逾1000余家企业", "zh", Expected.of(32.5, "km2"), Expected.of(1, "hour"),
				Expected.of(1000, "count").qualified("more_than"));
		assertQuantities("The 164-km railway cuts the trip to about two hours", "en", Expected.of(164, "km"),
				Expected.of(2, "hour").qualified("about"));
		assertQuantities("a 2.04 billion yuan ($290 million) project", "en",
				Expected.of(2.04e9, "CNY").and(2.9e8, "USD"));
		assertQuantities("wurden fünfundvierzig Industrieprojekte und drei Kernindustrien genannt", "de",
				Expected.of(45, "count"), Expected.of(3, "count"));
		assertQuantities("erwirtschaftete fast ein Viertel des Bruttoinlandsprodukts", "de",
				Expected.of(25, "percent").qualified("nearly"));
		assertQuantities("九地共建，三省一市，三十多家企业", "zh", Expected.of(9, "count"), Expected.of(3, "count"),
				Expected.of(30, "count").qualified("more_than"));
		assertQuantities("增长3–5%", "zh", Expected.of(3, "percent").and(5, "percent"));
		assertQuantities("GDP rose 5.2 percent, 0.3 percentage points faster", "en", Expected.of(5.2, "percent"),
				Expected.of(0.3, "percentage_points"));
	}

	@Test
	void takesNoDatesOrdinalsNamesOrPartiesForQuantities() {
		assertQuantities("3月12日，第五届长三角G60科创走廊大会在2024年召开，两地签署协议，推进一体化", "zh");
		assertQuantities(
				"On March 12, the 5G plan of the 14th Five-Year Plan and the G60 corridor: the two cities agreed",
				"en");
		assertQuantities("Am 7. Januar 2026 besuchten die zwei Städte den 1+N Plan", "de");
		assertQuantities("Group 2: Patents", "en");
	}

	@Test
	void readsChineseNumerals() {
		assertThat(Quantities.chinese("三十")).isEqualTo(30.0);
		assertThat(Quantities.chinese("一百二十")).isEqualTo(120.0);
		assertThat(Quantities.chinese("两万")).isEqualTo(20000.0);
		assertThat(Quantities.chinese("十四五")).isNull();
		assertThat(Quantities.chinese("万")).isNull();
	}

}
