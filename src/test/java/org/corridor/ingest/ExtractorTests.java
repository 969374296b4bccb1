package org.corridor.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.corridor.geo.Gazetteer;
import org.corridor.ingest.Extraction.TargetFact;
import org.corridor.ingest.internal.Dates;
import org.corridor.ingest.internal.Decoder;
import org.corridor.support.Languages;
import org.corridor.ingest.internal.Quantities;
import org.corridor.ingest.internal.Quantity;
import org.corridor.ingest.internal.Sentence;
import org.corridor.ingest.internal.Sentences;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Each stage alone, then the chain.
 */
class ExtractorTests {

	private static final Extractor extractor = new Extractor(Gazetteer.bundled(), 1_000_000);

	/**
	 * The extraction of a text published on a date (the chain as a whole; each stage has
	 * its own *Tests with an asserting helper in org.corridor.ingest.internal).
	 */
	static Extraction extraction(String text, String published) {
		return extractor.extract(text.getBytes(StandardCharsets.UTF_8), "test.txt",
				(published != null) ? LocalDate.parse(published) : null);
	}

	private static Sentence sentence(String text, String language) {
		return new Sentence(0, text.length(), text, language, 0, false);
	}

	private static List<Quantity> quantities(String text, String language) {
		return Quantities.find(text, sentence(text, language));
	}

	@Test
	void decodesUtf8Utf16AndGb18030AndRefusesWhatIsNotText() {
		String text = "宁波市 GDP 1,81 Billionen Yuan";
		byte[] bom = new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[bom.length + utf8.length];
		System.arraycopy(bom, 0, withBom, 0, 3);
		System.arraycopy(utf8, 0, withBom, 3, utf8.length);
		assertThat(Decoder.decode(withBom, "a.txt", 1000)).isEqualTo(text);
		byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
		assertThat(Decoder.decode(utf16, "a.txt", 1000)).isEqualTo(text);
		assertThat(Decoder.decode(text.getBytes(Charset.forName("GB18030")), "a.txt", 1000)).isEqualTo(text);
		assertThat(Decoder.decode("<html><script>x()</script><nav>Menu</nav><p>Ningbo &amp; Shanghai</p></html>"
			.getBytes(StandardCharsets.UTF_8), "a.html", 1000)).isEqualTo("Ningbo & Shanghai");
		assertThatIllegalArgumentException().isThrownBy(() -> Decoder.decode(new byte[0], "a.txt", 1000))
			.withMessage("empty file");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Decoder.decode(" \u00a0\u200b\n\t · — ".getBytes(StandardCharsets.UTF_8), "a.txt", 1000))
			.withMessage("no text in the file");
		assertThatIllegalArgumentException().isThrownBy(() -> Decoder.decode(new byte[] { 1, 0, 2, 3 }, "a.bin", 1000))
			.withMessageContaining("binary");
		assertThatIllegalArgumentException().isThrownBy(() -> Decoder.decode(new byte[2000], "a.txt", 1000))
			.withMessageContaining("limit is 1000 bytes");
	}

	@Test
	void detectsTheLanguageOfTextsAndSentences() {
		assertThat(Languages.detect("Die Stadt wird die Innovation stärken und das Ökosystem ausbauen."))
			.isEqualTo("de");
		assertThat(Languages.detect("The three cities aim to enhance their connectivity.")).isEqualTo("en");
		assertThat(Languages.detect("沿海大省“双城记”,为何扩容了?")).isEqualTo("zh");
	}

	@Test
	void splitsSentencesButNotAtOrdinalsOrAbbreviations() {
		List<Sentence> sentences = Sentences.split(
				"Wang Cheng reiste am 7. Januar nach Shanghai. Er besuchte die AU Optronics (Kunshan) Co., Ltd. und sprach.\n沿海大省“双城记”,为何扩容了?");
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("Wang Cheng reiste am 7. Januar nach Shanghai.",
					"Er besuchte die AU Optronics (Kunshan) Co., Ltd. und sprach.", "沿海大省“双城记”,为何扩容了?");
		assertThat(sentences.get(2).language()).isEqualTo("zh");
	}

	@Test
	void marksAppendedGlossariesAndRefusals() {
		String text = "Chongqing will bis 2027 eine F&E-Quote von 3 % erreichen.\nDie Stadt baut Zentren.\nDer Plan gilt.\n"
				+ "Innovationskorridor\nDer Innovationskorridor ist ein Konzept mit 20.000 Firmen bis 2030.\n"
				+ "„416“-Innovationsstrategie\nIch kann keine Zusammenfassung für die „416“-Innovationsstrategie liefern.";
		List<Sentence> sentences = Sentences.split(text);
		assertThat(sentences.get(0).glossary()).isFalse();
		assertThat(sentences.subList(3, sentences.size())).allSatisfy((s) -> assertThat(s.glossary()).isTrue());
		Extraction extraction = extraction(text, "2025-01-01");
		assertThat(extraction.targets()).singleElement()
			.satisfies((t) -> assertThat(t.indicator()).isEqualTo("rd_intensity"));
	}

	@Test
	void readsNumbersInGermanEnglishAndChineseFormats() {
		assertThat(quantities("ein BIP von 1,81 Billionen Yuan", "de")).singleElement().satisfies((q) -> {
			assertThat(q.value()).isCloseTo(1.81e12, within(1.0));
			assertThat(q.unit()).isEqualTo("CNY");
		});
		assertThat(quantities("GDP of 1.81 trillion yuan", "en").get(0).value()).isCloseTo(1.81e12, within(1.0));
		assertThat(quantities("GDP reached 1.81万亿元", "zh").get(0).value()).isCloseTo(1.81e12, within(1.0));
		assertThat(quantities("实现2192.19亿元", "zh").get(0).value()).isCloseTo(2.19219e11, within(1.0));
		assertThat(quantities("auf 20.000 steigen", "de").get(0).value()).isEqualTo(20000.0);
		assertThat(quantities("20,000 firms", "en").get(0).value()).isEqualTo(20000.0);
		assertThat(quantities("eine Quote von 3 %", "de").get(0)).satisfies((q) -> {
			assertThat(q.value()).isEqualTo(3.0);
			assertThat(q.unit()).isEqualTo("percent");
		});
		assertThat(quantities("Wachstum von 5,0 %", "de").get(0).value()).isEqualTo(5.0);
		assertThat(quantities("am 7. Januar im Jahr 2024 [1][5] für G60", "de")).isEmpty();
	}

	@Test
	void resolvesDatesAgainstThePublicationDate() {
		LocalDate published = LocalDate.of(2026, 1, 9);
		assertThat(Dates.find(sentence("am 7. Januar reiste er", "de"), published)).singleElement()
			.satisfies((t) -> assertThat(t.value()).isEqualTo("2026-01-07"));
		assertThat(Dates.find(sentence("am 24. Dezember", "de"), published).get(0).value()).isEqualTo("2025-12-24");
		assertThat(Dates.find(sentence("Im ersten Dreivierteljahr 2025 standen", "de"), published).get(0).value())
			.isEqualTo("2025-Q1..Q3");
		assertThat(Dates.find(sentence("Bis 2027 strebt die Stadt an", "de"), published).get(0)).satisfies((t) -> {
			assertThat(t.kind()).isEqualTo("deadline");
			assertThat(t.value()).isEqualTo("2027");
		});
		assertThat(Dates.find(sentence("by 2030 the region", "en"), published).get(0).kind()).isEqualTo("deadline");
		assertThat(Dates.find(sentence("到2027年研发投入强度达到3%", "zh"), published).get(0).value()).isEqualTo("2027");
		assertThat(Dates.find(sentence("am 24. Mai 2016", "de"), published).get(0).value()).isEqualTo("2016-05-24");
		assertThat(Dates.find(sentence("Am 08.11. fand", "de"), LocalDate.of(2023, 11, 30)).get(0).value())
			.isEqualTo("2023-11-08");
	}

	@Test
	void extractsTargetsAndFiguresWithTheirSubjectAndEvidence() {
		Extraction ningbo = extraction(
				"Ningbo hat sich das Ziel gesetzt, bis 2025 ein BIP von über 2 Billionen Yuan zu erreichen. "
						+ "Angesichts des BIPs von 1,81 Billionen Yuan im Jahr 2024 müsste das BIP im Jahr 2025 um mehr als 10 % wachsen.",
				"2026-01-09");
		TargetFact target = ningbo.targets().get(0);
		assertThat(target.subject().ref()).isEqualTo("330200");
		assertThat(target.value()).isEqualTo(2e12);
		assertThat(target.deadline()).isEqualTo(2025);
		assertThat(target.evidence().text()).startsWith("Ningbo hat sich das Ziel gesetzt");
		assertThat(ningbo.figures()).singleElement().satisfies((f) -> {
			assertThat(f.indicator()).isEqualTo("gdp");
			assertThat(f.period()).isEqualTo("2024");
			assertThat(f.value()).isCloseTo(1.81e12, within(1.0));
		});
		Extraction english = extraction("By 2030, Hefei aims to raise R&D intensity to 4.5%.", "2025-03-01");
		assertThat(english.targets()).singleElement().satisfies((t) -> {
			assertThat(t.subject().ref()).isEqualTo("340100");
			assertThat(t.indicator()).isEqualTo("rd_intensity");
			assertThat(t.value()).isEqualTo(4.5);
			assertThat(t.deadline()).isEqualTo(2030);
		});
		Extraction chinese = extraction("到2027年，合肥市高新技术企业数量达到1.5万家。", "2025-03-01");
		assertThat(chinese.targets()).singleElement().satisfies((t) -> {
			assertThat(t.indicator()).isEqualTo("high_tech_enterprises");
			assertThat(t.value()).isEqualTo(15000.0);
		});
	}

	@Test
	void findsOrganisationsWithTypeAndRegion() {
		Extraction extraction = extraction(
				"Bei der AU Optronics (Kunshan) Co., Ltd. und im Huawei Research and Development "
						+ "Center sowie in der Innovations-Community \"ModuSpace\" und bei 宁波均胜电子股份有限公司 war die Delegation.",
				"2026-01-09");
		assertThat(extraction.organisations()).extracting(Extraction.OrganisationFact::name)
			.contains("AU Optronics (Kunshan) Co., Ltd.", "Huawei Research and Development Center", "ModuSpace");
		assertThat(extraction.organisations()).filteredOn((o) -> o.name().startsWith("AU"))
			.singleElement()
			.satisfies((o) -> {
				assertThat(o.type()).isEqualTo("enterprise");
				assertThat(o.regionCode()).isEqualTo("320583");
			});
		assertThat(extraction.organisations()).anySatisfy((o) -> assertThat(o.name()).endsWith("股份有限公司"));
	}

	@Test
	void findsEventsWithDateActorsAndLocation() {
		Extraction visit = extraction(
				"Wang Cheng unternahm am 7. Januar mit einer Delegation aus Ningbo einen Lernbesuch in Shanghai.",
				"2026-01-09");
		assertThat(visit.events()).singleElement().satisfies((e) -> {
			assertThat(e.type()).isEqualTo("visit");
			assertThat(e.date()).isEqualTo("2026-01-07");
			assertThat(e.location().code()).isEqualTo("310000");
			assertThat(e.actors()).extracting(Extraction.Actor::ref).contains("330200");
		});
		assertThat(extraction("Hangzhou and Shaoxing signed a framework agreement.", "2025-08-18").events())
			.extracting(Extraction.EventFact::type)
			.containsExactly("agreement");
		assertThat(extraction("Die Stadt hat viele Parks.", "2025-08-18").events()).isEmpty();
	}

	@Test
	void offsetsAreCodePoints() {
		Extraction extraction = extraction("𠀀 Ningbo wächst.", "2026-01-09");
		assertThat(extraction.regions().get(0).mentions().get(0).start()).isEqualTo(2);
		assertThat(extraction.source().sha256()).hasSize(64);
	}

	@Test
	void readsEachQuantityOfASentenceWithItsOwnIndicatorSubjectAndTime() {
		Extraction german = extraction(
				"Bis 2028 soll die Zahl der Hightech-Unternehmen in Wuxi auf 4.200 steigen und die F&E-Intensität 3,8 % erreichen.",
				"2026-02-01");
		assertThat(german.targets())
			.extracting((t) -> t.subject().ref(), TargetFact::indicator, TargetFact::value, TargetFact::deadline)
			.containsExactly(tuple("320200", "high_tech_enterprises", 4200.0, 2028),
					tuple("320200", "rd_intensity", 3.8, 2028));
		Extraction english = extraction(
				"Hefei reported GDP of 1.35 trillion yuan in 2025, while Wuhu aims for 60 national platforms by 2030.",
				"2026-02-01");
		assertThat(english.figures())
			.extracting((f) -> f.subject().ref(), Extraction.FigureFact::indicator, Extraction.FigureFact::period)
			.containsExactly(tuple("340100", "gdp", "2025"));
		assertThat(english.targets()).extracting((t) -> t.subject().ref(), TargetFact::indicator, TargetFact::deadline)
			.containsExactly(tuple("340200", "national_platforms", 2030));
		Extraction chinese = extraction("2025年，芜湖市地区生产总值达到5100亿元，增长6.1%。", "2026-02-01");
		assertThat(chinese.targets()).isEmpty();
		assertThat(chinese.figures()).extracting(Extraction.FigureFact::indicator, Extraction.FigureFact::value)
			.containsExactly(tuple("gdp", 5.1e11), tuple("gdp_growth", 6.1));
	}

	@Test
	void givesAGroupingOrADescribedCityItsOwnFigures() {
		Extraction grouping = extraction(
				"The G60 corridor met in Songjiang. The nine cities' combined GDP reached 16.2 trillion yuan in 2025.",
				"2026-02-01");
		assertThat(grouping.figures()).filteredOn((f) -> f.indicator().equals("gdp"))
			.extracting((f) -> f.subject().kind(), (f) -> f.subject().ref())
			.containsExactly(tuple("grouping", "g60-corridor"));
		Extraction described = extraction(
				"Wuhu und Wuxi arbeiten zusammen. In Wuhu entsteht ein Zentrum. Die Anhui-Stadt meldete 2025 ein BIP von 510 Milliarden Yuan.",
				"2026-02-01");
		assertThat(described.figures()).extracting((f) -> f.subject().ref()).containsExactly("340200");
	}

	@Test
	void datesTheEventsOfOneOccasionOnceAndCountsThemOnce() {
		Extraction extraction = extraction("""
				Hefei-Delegation besucht Wuxi

				Am 3. Juni besuchte eine Delegation aus Hefei die Stadt Wuxi. Während des Besuchs unterzeichneten \
				beide Städte ein Kooperationsabkommen. Die Delegation besuchte außerdem einen Industriepark.
				""", "2026-06-05");
		assertThat(extraction.events()).extracting(Extraction.EventFact::type, Extraction.EventFact::date)
			.containsExactly(tuple("visit", "2026-06-03"), tuple("agreement", "2026-06-03"));
		Extraction earlier = extraction(
				"Am 3. Juni besuchte eine Delegation aus Hefei Wuxi. Bereits 2023 hatten beide Städte ein Abkommen unterzeichnet.",
				"2026-06-05");
		assertThat(earlier.events()).extracting(Extraction.EventFact::type, Extraction.EventFact::date)
			.containsExactly(tuple("visit", "2026-06-03"), tuple("agreement", null));
	}

	@Test
	void readsShortChineseCountyNamesOnlyWhereTheyStandAsPlaces() {
		Extraction words = extraction("两地将深化合作，共建创新平台，推动双城经济圈建设。", "2026-02-01");
		assertThat(words.regions()).extracting(Extraction.RegionFact::code).isEmpty();
		Extraction places = extraction("重庆渝中、江北、沙坪坝等区代表团赴成都考察。", "2026-02-01");
		assertThat(places.regions()).extracting(Extraction.RegionFact::code).contains("500103", "500105");
	}

	@Test
	void takesNoDeadlineFromANumberAndNoQuantityFromANumbering() {
		Extraction extraction = extraction(
				"Group 2: Patents - Hefei was granted 4,500 patents in 2025. 合肥市专利授权量达到2030件。", "2026-02-01");
		assertThat(extraction.targets()).isEmpty();
		assertThat(extraction.figures()).extracting(Extraction.FigureFact::value, Extraction.FigureFact::unit)
			.containsExactly(tuple(4500.0, "count"), tuple(2030.0, "count"));
	}

	@Test
	void datesAnEventByItsWeekdayOrYesterdayNotByTheDateline() {
		Extraction wire = extraction(
				"WUXI, Jiangsu, May 7 (Corridor Wire) -- Wuxi and Hefei signed a cooperation agreement on Tuesday.",
				"2026-05-07");
		assertThat(wire.events()).extracting(Extraction.EventFact::type, Extraction.EventFact::date)
			.containsExactly(tuple("agreement", "2026-05-05"));
		Extraction chinese = extraction("昨日，合肥市代表团赴无锡考察。", "2026-05-07");
		assertThat(chinese.events()).extracting(Extraction.EventFact::date).containsExactly("2026-05-06");
		Extraction german = extraction("Am Montag besuchte eine Delegation aus Hefei die Stadt Wuxi.", "2026-05-07");
		assertThat(german.events()).extracting(Extraction.EventFact::date).containsExactly("2026-05-04");
	}

	@Test
	void keepsAnIndicatorOutsideTheVocabularyInTheTextsOwnWords() {
		Extraction chinese = extraction("2025年，合肥市技术合同成交额达到1200亿元。58个项目集中签约。", "2026-02-01");
		assertThat(chinese.figures())
			.extracting((f) -> f.subject().ref(), Extraction.FigureFact::indicator,
					Extraction.FigureFact::indicatorText, Extraction.FigureFact::value)
			.containsExactly(tuple("340100", "other", "技术合同成交额", 1.2e11), tuple("event", "other", "projects", 58.0));
		Extraction english = extraction("By 2028, Wuxi aims to raise the number of technology contracts to 9,000.",
				"2026-02-01");
		assertThat(english.targets()).extracting(TargetFact::indicator, TargetFact::indicatorText, TargetFact::value)
			.containsExactly(tuple("other", "number of technology contracts", 9000.0));
		Extraction german = extraction("Bis 2028 soll die Zahl der Technologieverträge in Wuxi auf 9.000 steigen.",
				"2026-02-01");
		assertThat(german.targets()).extracting(TargetFact::indicator, TargetFact::indicatorText)
			.containsExactly(tuple("other", "Zahl der Technologieverträge"));
		Extraction english2 = extraction("Wuxi's technology contract turnover reached 150 billion yuan in 2025.",
				"2026-02-01");
		assertThat(english2.figures()).extracting((f) -> f.subject().ref(), Extraction.FigureFact::indicatorText)
			.containsExactly(tuple("320200", "technology contract turnover"));
	}

	@Test
	void readsLastYearTheNextDayAndGrowthRatesAsSuch() {
		Extraction lastYear = extraction("去年，芜湖市地区生产总值达到5100亿元，规上工业总产值1960亿元，技术合同成交额增长21%。", "2026-03-01");
		assertThat(lastYear.figures()).extracting(Extraction.FigureFact::indicator, Extraction.FigureFact::period)
			.containsExactly(tuple("gdp", "2025"), tuple("industrial_output", "2025"), tuple("other", "2025"));
		Extraction twoDays = extraction(
				"Am 3. Juni besuchte eine Delegation aus Hefei die Stadt Wuxi. Tags darauf besuchte die Delegation Changzhou.",
				"2026-06-05");
		assertThat(twoDays.events()).extracting(Extraction.EventFact::type, Extraction.EventFact::date)
			.containsExactly(tuple("visit", "2026-06-03"), tuple("visit", "2026-06-04"));
		Extraction english = extraction(
				"Meishan aims to have 6 national-level innovation platforms by 2028 and 1,000 high-tech enterprises by 2027.",
				"2026-02-01");
		assertThat(english.targets()).extracting(TargetFact::indicator, TargetFact::deadline)
			.containsExactly(tuple("national_platforms", 2028), tuple("high_tech_enterprises", 2027));
	}

	@Test
	void takesTheHostOfAnEventAsItsLocationAndTheDistrictAsSubject() {
		Extraction extraction = extraction(
				"""
						Shapingba District of Chongqing hosted the Rail Transit Forum on November 11, with delegations from Xindu.
						The district aims to host 8 national-level platforms by 2027.
						""",
				"2026-11-12");
		assertThat(extraction.events().get(0).location().code()).isEqualTo("500106");
		assertThat(extraction.targets()).extracting((t) -> t.subject().ref()).containsExactly("500106");
	}

}
