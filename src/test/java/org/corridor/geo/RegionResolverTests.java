package org.corridor.geo;

import java.util.List;

import org.corridor.geo.Resolution.Candidate;
import org.corridor.geo.Resolution.Mention;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionResolverTests {

	private static final RegionResolver resolver = new RegionResolver(Gazetteer.bundled());

	private static Mention only(String text) {
		Resolution resolution = resolver.resolve(text);
		assertThat(resolution.mentions()).as("mentions in %s", text).hasSize(1);
		return resolution.mentions().get(0);
	}

	private static String best(String text) {
		Candidate best = only(text).best();
		return best.kind().equals("region") ? best.code() : best.id();
	}

	@Test
	void resolvesOneNameInEveryLanguageAndSpelling() {
		assertThat(best("昆山")).isEqualTo("320583");
		assertThat(best("昆山市")).isEqualTo("320583");
		assertThat(best("Kunshan")).isEqualTo("320583");
		assertThat(best("宁波")).isEqualTo("330200");
		assertThat(best("Níngbō")).isEqualTo("330200");
		assertThat(best("ning bo")).isEqualTo("330200");
		assertThat(best("NINGBO")).isEqualTo("330200");
		assertThat(best("Ningpo")).isEqualTo("330200");
		assertThat(best("Schanghai")).isEqualTo("310000");
		assertThat(best("Peking")).isEqualTo("110000");
		assertThat(best("Nanking")).isEqualTo("320100");
		assertThat(best("Chungking")).isEqualTo("500000");
		assertThat(best("Kanton")).isEqualTo("440100");
		assertThat(best("Canton")).isEqualTo("440100");
		assertThat(best("Soochow")).isEqualTo("320500");
		assertThat(best("Hangchow")).isEqualTo("330100");
		assertThat(best("Xi'an")).isEqualTo("610100");
		assertThat(best("Harbin")).isEqualTo("230100");
		assertThat(best("Innere Mongolei")).isEqualTo("150000");
	}

	@Test
	void resolvesMacroRegionsInThreeLanguages() {
		for (String name : List.of("Yangtze River Delta", "Jangtse-Delta", "Yangtse-Delta-Region", "长三角", "长江三角洲")) {
			assertThat(best(name)).as(name).isEqualTo("yangtze-river-delta");
		}
		assertThat(best("G60科创走廊")).isEqualTo("g60-corridor");
		assertThat(best("Perlflussdelta")).isEqualTo("pearl-river-delta");
		assertThat(best("珠三角")).isEqualTo("pearl-river-delta");
		assertThat(best("Chengdu-Chongqing-Wirtschaftskreis")).isEqualTo("chengdu-chongqing-economic-circle");
	}

	@Test
	void givesTheParentChainAndGroupingsWithDates() {
		Candidate kunshan = only("Kunshan").best();
		assertThat(kunshan.parents()).extracting(Resolution.PlaceRef::code).containsExactly("320500", "320000");
		assertThat(kunshan.groupings()).anySatisfy((g) -> {
			assertThat(g.id()).isEqualTo("g60-corridor");
			assertThat(g.via()).isEqualTo("320500");
			assertThat(g.validFrom()).hasToString("2018-06-01");
		});
		assertThat(kunshan.groupings()).anySatisfy((g) -> assertThat(g.id()).isEqualTo("shanghai-nanjing-axis"));
	}

	@Test
	void suzhouAloneIsTheJiangsuCityAndIsReportedAmbiguous() {
		Mention suzhou = only("Suzhou");
		assertThat(suzhou.candidates()).extracting(Candidate::code).startsWith("320500", "341300");
		assertThat(suzhou.ambiguous()).isTrue();
	}

	@Test
	void suzhouNextToBengbuAndHuaibeiIsTheAnhuiCity() {
		Resolution resolution = resolver.resolve("Suzhou, Bengbu and Huaibei agreed to share a logistics hub.");
		assertThat(resolution.mentions()).extracting(Mention::text).containsExactly("Suzhou", "Bengbu", "Huaibei");
		Mention suzhou = resolution.mentions().get(0);
		assertThat(suzhou.best().code()).isEqualTo("341300");
		assertThat(suzhou.ambiguous()).isFalse();
		assertThat(suzhou.reason()).contains("Bengbu");
	}

	@Test
	void putuoNextToZhoushanIsTheZhoushanDistrict() {
		assertThat(best("普陀")).isEqualTo("310107");
		Resolution resolution = resolver.resolve("舟山市普陀区推进海洋经济发展");
		assertThat(resolution.mentions()).extracting(Mention::text).containsExactly("舟山市", "普陀区");
		assertThat(resolution.mentions().get(1).best().code()).isEqualTo("330903");
		Resolution spaced = resolver.resolve("舟山 普陀");
		assertThat(spaced.mentions().get(1).best().code()).isEqualTo("330903");
	}

	@Test
	void findsNamesInChineseTextWithoutSpaces() {
		Resolution resolution = resolver.resolve("杭州、宁波和绍兴三市签署协议，共建长三角世界级城市群。");
		assertThat(resolution.mentions())
			.extracting((m) -> m.best().kind().equals("region") ? m.best().code() : m.best().id())
			.containsExactly("330100", "330200", "330600", "yangtze-river-delta");
	}

	@Test
	void findsGermanInflectedAndCompoundForms() {
		Resolution resolution = resolver
			.resolve("Ningbos Delegation reiste entlang der Shanghai-Nanjing-Industrie- und Innovationsachse "
					+ "in die Yangtze-Delta-Region und den Bezirk Putuo.");
		assertThat(resolution.mentions()).extracting(Mention::text)
			.containsExactly("Ningbos", "Shanghai-Nanjing-Industrie- und Innovationsachse", "Yangtze-Delta-Region",
					"Bezirk Putuo");
		assertThat(resolution.mentions().get(0).best().code()).isEqualTo("330200");
		assertThat(resolution.mentions().get(1).best().id()).isEqualTo("shanghai-nanjing-axis");
	}

	@Test
	void spellingsWithAndWithoutSpacesBothMatchInRunningText() {
		assertThat(resolver.resolve("die Shanghai mit dem Yangtze-Delta verbindet").mentions())
			.extracting((m) -> m.best().kind().equals("region") ? m.best().code() : m.best().id())
			.containsExactly("310000", "yangtze-river-delta");
		assertThat(resolver.resolve("in the Yangtze Delta region").mentions()).hasSize(1);
		assertThat(resolver.resolve("den Mechanismus „Acht Städte, ein Bezirk“ vertiefen").mentions())
			.extracting((m) -> m.best().id())
			.containsExactly("putuo-eight-cities-one-district");
	}

	@Test
	void offsetsAreCodePointsIntoTheText() {
		String text = "𠀀 Besuch in Kunshan";
		Mention kunshan = resolver.resolve(text).mentions().get(0);
		assertThat(kunshan.start()).isEqualTo(12);
		assertThat(kunshan.end()).isEqualTo(19);
		assertThat(kunshan.text()).isEqualTo("Kunshan");
	}

	@Test
	void personNamesAndLowerCaseWordsAreNotPlaces() {
		Resolution resolution = resolver.resolve("Wang Cheng, Sekretär, besuchte das Huawei Center; he said so.");
		assertThat(resolution.mentions()).isEmpty();
	}

	@Test
	void wordsThatContainPlaceNamesAreNotPlaces() {
		assertThat(resolver.resolve("Das BIP lag bei 1,81 Billionen Yuan.").mentions()).isEmpty();
		assertThat(resolver.resolve("沿海大省“双城记”,为何扩容了?").mentions()).isEmpty();
		assertThat(resolver.resolve("Research on Xi Jinping’s Economic Thought").mentions()).isEmpty();
		assertThat(resolver.resolve("据新华社报道").mentions()).isEmpty();
		assertThat(best("Yuan")).isEqualTo("341503");
		assertThat(resolver.resolve("Jinping County in Yunnan").mentions()).isNotEmpty();
	}

	@Test
	void findsThePlacesOfTheCorpusArticles() throws java.io.IOException {
		String text;
		try (var in = getClass().getResourceAsStream("/corpus/001_c4aabd8d21241dfd.txt")) {
			text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		Resolution resolution = resolver.resolve(text);
		assertThat(resolution.mentions())
			.extracting((m) -> m.best().kind().equals("region") ? m.best().code() : m.best().id())
			.contains("320583", "320581", "310107", "shanghai-nanjing-axis")
			.doesNotContain("330903", "341503");
	}

	@Test
	void aNameThatMatchesNothingGetsSuggestions() {
		Resolution resolution = resolver.resolve("Kunshn");
		assertThat(resolution.mentions()).isEmpty();
		assertThat(resolution.suggestions()).anySatisfy((s) -> assertThat(s).contains("320583"));
		assertThat(resolver.resolve("qqqqqqqq zzzz").suggestions()).isEmpty();
	}

	@Test
	void refusesTextsBeyondTheLimit() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> resolver.resolve("a".repeat(RegionResolver.MAX_TEXT_LENGTH + 1)))
			.withMessageContaining("at most");
	}

	@Test
	void editDistanceIsLevenshtein() {
		assertThat(RegionResolver.editDistance("kunshn", "kunshan", 2)).isEqualTo(1);
		assertThat(RegionResolver.editDistance("abc", "abc", 2)).isZero();
		assertThat(RegionResolver.editDistance("kitten", "sitting", 5)).isEqualTo(3);
	}

}
