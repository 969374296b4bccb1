package org.corridor.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TargetProgressTests {

	private static final Target ningboGdp = new Target(0, "330200", "gdp", 2e12, "CNY", 2025, 2021, null,
			"bis 2025 ein BIP von über 2 Billionen Yuan", "corpus 000");

	private static Observation gdp(int year, double value) {
		return new Observation("330200", "gdp", Integer.toString(year), year, value, "CNY", "test", "A", "reference");
	}

	@Test
	void ningboNeedsTenPercentGrowthWhileItsTrendGivesSevenAndAHalf() {
		TargetProgress progress = TargetProgress.of(ningboGdp,
				List.of(gdp(2020, 1.24087e12), gdp(2021, 1.45949e12), gdp(2022, 1.57e12), gdp(2024, 1.81477e12)));
		assertThat(progress.latestYear()).isEqualTo(2024);
		assertThat(progress.requiredGrowth()).isCloseTo(0.10207, within(1e-5));
		assertThat(progress.trendGrowth()).isCloseTo(0.07530, within(1e-5));
		assertThat(progress.forecast()).isCloseTo(1.9514e12, within(1e8));
		assertThat(progress.observationsUsed()).containsExactly(2021, 2022, 2024);
		assertThat(progress.status()).isEqualTo("at risk");
		assertThat(progress.reason()).contains("10.2 %", "7.5 %", "74 %");
		assertThat(progress.shareAchieved()).isCloseTo(0.907, within(0.001));
	}

	@Test
	void aValueReadFromADocumentYieldsToAStatedOneOfTheSameYear() {
		Observation read = new Observation("330200", "gdp", "2024", 2024, 1.81e12, "CNY", "document 1", null,
				"extracted");
		TargetProgress progress = TargetProgress.of(ningboGdp,
				List.of(read, gdp(2021, 1.45949e12), gdp(2022, 1.57e12), gdp(2024, 1.81477e12)));
		assertThat(progress.latestValue()).isEqualTo(1.81477e12);
		assertThat(progress.requiredGrowth()).isCloseTo(0.10207, within(1e-5));
	}

	@Test
	void statusFollowsTheRatioOfTrendToRequiredGrowth() {
		assertThat(
				TargetProgress.of(ningboGdp, List.of(gdp(2022, 1.5e12), gdp(2023, 1.7e12), gdp(2024, 1.9e12))).status())
			.isEqualTo("on track");
		assertThat(TargetProgress.of(ningboGdp, List.of(gdp(2022, 1.79e12), gdp(2023, 1.80e12), gdp(2024, 1.81e12)))
			.status()).isEqualTo("off track");
		assertThat(TargetProgress.of(ningboGdp, List.of(gdp(2023, 1.9e12), gdp(2024, 1.85e12))).status())
			.isEqualTo("off track");
	}

	@Test
	void metMissedAndTooLittleData() {
		assertThat(TargetProgress.of(ningboGdp, List.of(gdp(2024, 2.05e12))).status()).isEqualTo("met");
		TargetProgress missed = TargetProgress.of(ningboGdp, List.of(gdp(2024, 1.8e12), gdp(2025, 1.9e12)));
		assertThat(missed.status()).isEqualTo("missed");
		assertThat(missed.reason()).contains("2025", "below the target");
		TargetProgress one = TargetProgress.of(ningboGdp, List.of(gdp(2024, 1.81477e12)));
		assertThat(one.status()).isEqualTo("insufficient data");
		assertThat(one.requiredGrowth()).isCloseTo(0.10207, within(1e-5));
		assertThat(one.reason()).contains("one observation");
		assertThat(TargetProgress.of(ningboGdp, List.of()).status()).isEqualTo("no data");
	}

	@Test
	void percentagesProgressInPointsAYear() {
		Target rd = new Target(0, "500000", "rd_intensity", 3.0, "percent", 2027, null, null, "F&E-Quote von 3 %",
				"corpus 004");
		List<Observation> series = List.of(
				new Observation("500000", "rd_intensity", "2022", 2022, 2.36, "percent", "t", null, "api"),
				new Observation("500000", "rd_intensity", "2023", 2023, 2.46, "percent", "t", null, "api"),
				new Observation("500000", "rd_intensity", "2024", 2024, 2.57, "percent", "t", null, "api"));
		TargetProgress progress = TargetProgress.of(rd, series);
		assertThat(progress.requiredGrowth()).isCloseTo((3.0 - 2.57) / 3, within(1e-9));
		assertThat(progress.trendGrowth()).isCloseTo(0.105, within(1e-9));
		assertThat(progress.status()).as("0.105 of 0.143 points a year is 73 %").isEqualTo("at risk");
		assertThat(progress.forecast()).isCloseTo(2.57 + 3 * 0.105, within(1e-9));
		assertThat(progress.method()).contains("linear", "points");
	}

}
