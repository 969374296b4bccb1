package org.corridor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.corridor.actor.Industries;
import org.corridor.actor.Organisation;
import org.corridor.actor.OrganisationType;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.Grouping;
import org.corridor.geo.Groupings;
import org.corridor.geo.Level;
import org.corridor.geo.Membership;
import org.corridor.geo.Region;
import org.corridor.geo.RegionName;
import org.corridor.geo.Regions;
import org.corridor.ingest.Brief.Citation;
import org.corridor.ingest.Brief.GlossaryEntry;
import org.corridor.ingest.Brief.KeyPoint;
import org.corridor.ingest.Brief.Section;
import org.corridor.ingest.internal.BriefLabels;
import org.corridor.ingest.internal.BriefWriter;
import org.corridor.ingest.internal.ReadingWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brief and the reading view of corpus articles, against the bundled reference
 * geography and a small organisation register.
 */
class BriefWriterTests {

	private static final Gazetteer gazetteer = Gazetteer.bundled();

	private static final Extractor extractor = new Extractor(gazetteer, 1_000_000);

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private static final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	static {
		messages.setBasenames("i18n/messages", "i18n/documents");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	private final BriefWriter writer = new BriefWriter(
			new GazetteerRegions(), new GazetteerGroupings(), new Register(Map.of("Bosideng Group", new Organisation(7,
					"Bosideng Group", OrganisationType.ENTERPRISE, "320581", List.of("textiles_apparel"), "zh", true))),
			Industries.bundled());

	static BriefLabels labels(String language) {
		Locale locale = Locale.forLanguageTag(language);
		return (key, args) -> messages.getMessage(key, args, key, locale);
	}

	/** A document as stored: its text and the JSON of its extraction. */
	record Stored(String text, String json) {

	}

	static Stored read(String text) {
		Extractor.Read read = extractor.read(text.getBytes(StandardCharsets.UTF_8), "t.txt", null);
		return new Stored(read.text(), JSON.writeValueAsString(read.extraction()));
	}

	static Stored corpus(String name) throws IOException {
		try (InputStream in = BriefWriterTests.class.getResourceAsStream("/corpus/" + name)) {
			return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	Brief brief(Stored stored, String language) {
		return this.writer.write(1, "t", stored.text(), stored.json(), language, labels(language), TODAY);
	}

	static Section section(Brief brief, String theme) {
		return brief.sections().stream().filter((s) -> s.theme().equals(theme)).findFirst().orElseThrow();
	}

	@Test
	void keyPointsCiteTheirSentencesNumberedInTextOrder() throws IOException {
		Stored ningbo = corpus("000_49366d1017bd9b70.txt");
		Brief brief = brief(ningbo, "en");
		assertThat(brief.sections()).extracting(Section::theme).startsWith("agreements_goals");
		List<Citation> citations = brief.citations();
		for (int k = 0; k < citations.size(); k++) {
			assertThat(citations.get(k).number()).isEqualTo(k + 1);
			if (k > 0) {
				assertThat(citations.get(k).start()).isGreaterThan(citations.get(k - 1).start());
			}
			Citation c = citations.get(k);
			int from = ningbo.text().offsetByCodePoints(0, c.start());
			int to = ningbo.text().offsetByCodePoints(0, c.end());
			assertThat(ningbo.text().substring(from, to)).isEqualTo(c.text());
		}
		Section goals = section(brief, "agreements_goals");
		KeyPoint visit = goals.points().stream().filter((p) -> p.text().startsWith("Visit")).findFirst().orElseThrow();
		assertThat(visit.text()).contains("Ningbo").contains("Shanghai");
		assertThat(citations.get(visit.citations().get(0) - 1).text()).contains("7. Januar");
		KeyPoint target = goals.points().stream().filter((p) -> p.text().contains("by 2025")).findFirst().orElseThrow();
		assertThat(target.text()).isEqualTo("Ningbo: GDP 2 tn yuan by 2025");
		assertThat(citations.get(target.citations().get(0) - 1).text()).contains("2 Billionen Yuan");
		assertThat(section(brief, "figures").points()).extracting(KeyPoint::text)
			.contains("Ningbo: GDP 1.81 tn yuan (2024)");
		assertThat(section(brief, "infrastructure").points())
			.anySatisfy((p) -> assertThat(p.text()).contains("Transport"));
	}

	@Test
	void theGlossaryDescribesPlacesFromTheReferenceDataInTheReadersLanguage() throws IOException {
		Stored ningbo = corpus("000_49366d1017bd9b70.txt");
		GlossaryEntry en = brief(ningbo, "en").glossary()
			.stream()
			.filter((g) -> "330200".equals(g.ref()))
			.findFirst()
			.orElseThrow();
		assertThat(en.name()).isEqualTo("Ningbo");
		assertThat(en.description()).startsWith("prefecture-level division in Zhejiang");
		assertThat(en.known()).isTrue();
		GlossaryEntry zh = brief(ningbo, "zh").glossary()
			.stream()
			.filter((g) -> "330200".equals(g.ref()))
			.findFirst()
			.orElseThrow();
		assertThat(zh.name()).isEqualTo("宁波市");
		assertThat(zh.description()).startsWith("浙江省下辖的地级行政区");
		GlossaryEntry de = brief(ningbo, "de").glossary()
			.stream()
			.filter((g) -> "310000".equals(g.ref()))
			.findFirst()
			.orElseThrow();
		assertThat(de.description()).startsWith("Verwaltungseinheit auf Provinzebene Chinas");
	}

	@Test
	void anAppendedGlossaryIsNeverCitedNorCopied() throws IOException {
		Stored chongqing = corpus("004_2e3c64913e468b1c.txt");
		Brief brief = brief(chongqing, "en");
		assertThat(brief.citations()).isNotEmpty()
			.allSatisfy((c) -> assertThat(c.text()).doesNotContain("Der Innovationskorridor ist")
				.doesNotContain("Ich kann keine Zusammenfassung")
				.doesNotContain("Land des Himmels"));
		assertThat(section(brief, "agreements_goals").points()).extracting(KeyPoint::text)
			.contains("Chongqing: R&D intensity 3 % by 2027");
		GlossaryEntry circle = brief.glossary()
			.stream()
			.filter((g) -> g.kind().equals("grouping"))
			.findFirst()
			.orElseThrow();
		assertThat(circle.description()).matches("economic circle with \\d+ members today");
		assertThat(brief.glossary()).allSatisfy((g) -> assertThat(g.description()).doesNotContain("Westchina"));
	}

	@Test
	void infrastructureComesFromCueWordsAndOrganisationsFromTheRegister() throws IOException {
		Brief twin = brief(corpus("003_0d526b853c6c2687.txt"), "zh");
		assertThat(section(twin, "infrastructure").title()).isEqualTo("基础设施");
		assertThat(section(twin, "infrastructure").points())
			.anySatisfy((p) -> assertThat(p.text()).contains("机场").contains("铁路").contains("公路"));
		Brief changshu = brief(corpus("001_c4aabd8d21241dfd.txt"), "en");
		GlossaryEntry bosideng = changshu.glossary()
			.stream()
			.filter((g) -> g.name().equals("Bosideng Group"))
			.findFirst()
			.orElseThrow();
		assertThat(bosideng.known()).isTrue();
		assertThat(bosideng.description()).isEqualTo("enterprise in Changshu");
		assertThat(changshu.glossary()).filteredOn((g) -> g.kind().equals("organisation") && !g.known())
			.isNotEmpty()
			.allSatisfy((g) -> assertThat(g.description()).contains("not in Corridor's register"));
		assertThat(section(changshu, "innovation_industry").points())
			.anySatisfy((p) -> assertThat(p.text()).startsWith("Enterprises: ").contains("Bosideng Group"));
		assertThat(changshu.sections()).extracting(Section::theme).doesNotContain("infrastructure");
	}

	@Test
	void theReadingViewCutsSentencesAtCodePointOffsetsAroundSupplementaryCharacters() {
		Stored stored = read("𠀀𠀁 Ningbo und Shanghai unterzeichneten am 3. März 2026 eine Rahmenvereinbarung. "
				+ "<script>alert(1)</script> Ningbo will bis 2027 eine F&E-Quote von 3 % erreichen.");
		Reading reading = new ReadingWriter(new GazetteerRegions()).write(stored.text(), stored.json(), "en",
				labels("en"));
		List<Reading.Segment> marked = reading.paragraphs()
			.stream()
			.flatMap((p) -> p.sentences().stream())
			.flatMap((l) -> l.segments().stream())
			.filter(Reading.Segment::marked)
			.toList();
		assertThat(marked).filteredOn((s) -> "region".equals(s.kind()))
			.extracting(Reading.Segment::text)
			.containsOnly("Ningbo", "Shanghai");
		assertThat(marked).filteredOn((s) -> "330200".equals(s.ref()))
			.first()
			.satisfies((s) -> assertThat(s.title()).isEqualTo("Ningbo · 330200 · prefecture-level division"));
		assertThat(marked).anySatisfy((s) -> assertThat(s.text()).isEqualTo("3 %"));
		assertThat(reading.facts()).extracting(Reading.Fact::kind).contains("event", "target");
		String all = String.join("",
				reading.paragraphs()
					.stream()
					.flatMap((p) -> p.sentences().stream())
					.map((l) -> String.join("", l.segments().stream().map(Reading.Segment::text).toList()) + l.after())
					.toList());
		assertThat(all).isEqualTo(stored.text().strip());
	}

	/** Regions over the bundled reference data. */
	static final class GazetteerRegions implements Regions {

		@Override
		public Optional<Region> find(String code) {
			return gazetteer.region(code);
		}

		@Override
		public List<Region> ancestors(String code) {
			return gazetteer.ancestors(code);
		}

		@Override
		public List<Region> children(String code) {
			return gazetteer.children(code);
		}

		@Override
		public List<Region> descendants(String code, Level level) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<RegionName> names(String code) {
			return gazetteer.names(code);
		}

		@Override
		public RegionPage search(RegionQuery query) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Map<Level, Long> countByLevel() {
			throw new UnsupportedOperationException();
		}

	}

	/** Groupings over the bundled reference data. */
	static final class GazetteerGroupings implements Groupings {

		@Override
		public List<Grouping> all() {
			return List.copyOf(gazetteer.groupings());
		}

		@Override
		public Optional<Grouping> find(String id) {
			return gazetteer.grouping(id);
		}

		@Override
		public List<RegionName> names(String id) {
			return gazetteer.groupingNames(id);
		}

		@Override
		public List<Membership> memberships(String id) {
			return gazetteer.memberships().stream().filter((m) -> m.groupingId().equals(id)).toList();
		}

		@Override
		public List<Membership> membershipsOf(String code) {
			return gazetteer.membershipsOf(code);
		}

	}

	/** A register of a few organisations. */
	record Register(Map<String, Organisation> byName) implements org.corridor.actor.Organisations {

		@Override
		public Organisation register(NewOrganisation organisation) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<Organisation> find(long id) {
			return this.byName.values().stream().filter((o) -> o.id() == id).findFirst();
		}

		@Override
		public Optional<Organisation> findByName(String name) {
			return Optional.ofNullable(this.byName.get(name));
		}

		@Override
		public List<Organisation> list(int offset, int limit) {
			return List.copyOf(this.byName.values());
		}

		@Override
		public long count() {
			return this.byName.size();
		}

		@Override
		public List<Organisation> search(String text, int limit) {
			return List.of();
		}

	}

}
