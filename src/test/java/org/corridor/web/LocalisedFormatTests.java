package org.corridor.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalisedFormatTests {

	@Test
	void yuanAreWrittenAsEachLanguageCountsThem() {
		assertThat(LocalisedFormat.amount(1.81477e12, "CNY", Locale.GERMAN)).isEqualTo("1,81 Bio. Yuan");
		assertThat(LocalisedFormat.amount(1.81477e12, "CNY", Locale.ENGLISH)).isEqualTo("1.81 tn yuan");
		assertThat(LocalisedFormat.amount(1.81477e12, "CNY", Locale.CHINESE)).isEqualTo("1.81万亿元");
		assertThat(LocalisedFormat.amount(2.1921900e11, "CNY", Locale.CHINESE)).isEqualTo("2,192.19亿元");
		assertThat(LocalisedFormat.amount(2.1921900e11, "CNY", Locale.GERMAN)).isEqualTo("219,22 Mrd. Yuan");
	}

	@Test
	void percentagesPersonsAndCounts() {
		assertThat(LocalisedFormat.amount(3.0, "percent", Locale.GERMAN)).isEqualTo("3 %");
		assertThat(LocalisedFormat.amount(10.25, "percent", Locale.CHINESE)).isEqualTo("10.25%");
		assertThat(LocalisedFormat.amount(9_700_000.0, "persons", Locale.CHINESE)).isEqualTo("970万人");
		assertThat(LocalisedFormat.amount(20_000.0, "count", Locale.GERMAN)).isEqualTo("20.000");
		assertThat(LocalisedFormat.amount(null, "CNY", Locale.ENGLISH)).isEqualTo("–");
	}

}
