package org.corridor.support;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalisedAmountsTests {

	@Test
	void yuanAreWrittenAsEachLanguageCountsThem() {
		assertThat(LocalisedAmounts.format(1.81477e12, "CNY", Locale.GERMAN)).isEqualTo("1,81 Bio. Yuan");
		assertThat(LocalisedAmounts.format(1.81477e12, "CNY", Locale.ENGLISH)).isEqualTo("1.81 tn yuan");
		assertThat(LocalisedAmounts.format(1.81477e12, "CNY", Locale.CHINESE)).isEqualTo("1.81万亿元");
		assertThat(LocalisedAmounts.format(2.1921900e11, "CNY", Locale.CHINESE)).isEqualTo("2,192.19亿元");
		assertThat(LocalisedAmounts.format(2.1921900e11, "CNY", Locale.GERMAN)).isEqualTo("219,22 Mrd. Yuan");
	}

	@Test
	void percentagesPersonsAndCounts() {
		assertThat(LocalisedAmounts.format(3.0, "percent", Locale.GERMAN)).isEqualTo("3 %");
		assertThat(LocalisedAmounts.format(10.25, "percent", Locale.CHINESE)).isEqualTo("10.25%");
		assertThat(LocalisedAmounts.format(9_700_000.0, "persons", Locale.CHINESE)).isEqualTo("970万人");
		assertThat(LocalisedAmounts.format(20_000.0, "count", Locale.GERMAN)).isEqualTo("20.000");
		assertThat(LocalisedAmounts.format(null, "CNY", Locale.ENGLISH)).isEqualTo("–");
	}

}
