package org.corridor.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first chars read from a pattern, the trie of cue forms and the anchored search
 * built on them: an anchored search finds exactly what {@link Matcher#find()} finds, and
 * the trie exactly what the plain list of forms (longest first) finds, on the real
 * development articles in three languages.
 */
class FirstCharsTests {

	private static String chars(IntPredicate first) {
		StringBuilder chars = new StringBuilder();
		for (int c = 0; c < 0x10000; c++) {
			if (first.test(c)) {
				if (chars.length() > 60) {
					return "anywhere";
				}
				chars.append((char) c);
			}
		}
		return chars.toString();
	}

	@Test
	void theFirstCharsAreReadFromThePattern() {
		assertThat(chars(FirstChars.of("abc|d", 0))).isEqualTo("ad");
		assertThat(chars(FirstChars.of("x?y", 0))).isEqualTo("xy");
		assertThat(chars(FirstChars.of("(?<!\\d)\\d+年", 0))).isEqualTo("0123456789");
		assertThat(chars(FirstChars.of("[A-C]z|\\Qq.\\E", 0))).isEqualTo("ABCq");
		assertThat(chars(FirstChars.of("(?i)ab", 0))).contains("a", "A").doesNotContain("b");
		assertThat(chars(FirstChars.of("ab", Pattern.CASE_INSENSITIVE))).contains("a", "A");
		assertThat(chars(FirstChars.of("(?iu:k)m|(?:x|y){0,2}z", 0))).contains("k", "K", "\u212A", "x", "y", "z");
		assertThat(chars(FirstChars.of("\\bprojekt|签约", 0))).isEqualTo("p签");
		assertThat(chars(FirstChars.of("(?<name>foo)|bar", 0))).isEqualTo("bf");
	}

	@Test
	void whatCanBeginAnywhereIsTriedEverywhere() {
		for (String regex : new String[] { "a*", "\\w+x", ".b", "[^a]b", "[\\p{L}]c", "(?x) a", "\\u0041", "x|",
				"(?:y)?" }) {
			assertThat(chars(FirstChars.of(regex, 0))).as(regex).isEqualTo("anywhere");
		}
	}

	@Test
	void aLeadingNegativeLookbehindTellsWhatAMatchCannotFollow() {
		IntPredicate notAfter = FirstChars.notAfter("(?<![\\p{L}\\d-])zwei");
		assertThat(notAfter.test('a')).isTrue();
		assertThat(notAfter.test('Ä')).isTrue();
		assertThat(notAfter.test('7')).isTrue();
		assertThat(notAfter.test('-')).isTrue();
		assertThat(notAfter.test(' ')).isFalse();
		assertThat(FirstChars.notAfter("(?<![\\w])x")).isNull();
		assertThat(FirstChars.notAfter("(?<!ab)x")).isNull();
		assertThat(FirstChars.notAfter("x")).isNull();
	}

	@Test
	void topLevelAlternativesRespectGroupsClassesAndQuotes() {
		assertThat(FirstChars.alternatives("a|(b|c)d|[|]e|\\Q|\\E|f\\|g")).containsExactly("a", "(b|c)d", "[|]e",
				"\\Q|\\E", "f\\|g");
	}

	@Test
	void anAnchoredSearchFindsWhatFindFindsOnRealArticles() {
		List<String> regexes = new ArrayList<>();
		for (String[] row : Cues.rows("events.tsv")) {
			regexes.add("(?iu)(?:" + row[2] + ")");
			FirstChars.alternatives(row[2]).forEach((alternative) -> regexes.add("(?iu)(?:" + alternative + ")"));
		}
		for (String file : new String[] { "units.tsv", "number-words.tsv", "fractions.tsv", "organisations.tsv",
				"counted-words.tsv", "qualifiers.tsv" }) {
			List<String> forms = Cues.rows(file).stream().map((row) -> row[0]).toList();
			regexes.add("(?<![\\p{L}\\d-])" + Cues.alternatives(forms).pattern());
			regexes.add("(?<![\\p{IsLatin}])" + Cues.alternatives(forms, false).pattern());
		}
		List<String> texts = realArticles();
		int matches = 0;
		for (String regex : regexes) {
			AnchoredPattern anchored = new AnchoredPattern(regex);
			Pattern plain = Pattern.compile(regex);
			for (String text : texts) {
				for (String variant : List.of(text, text.toLowerCase(Locale.ROOT))) {
					List<String> expected = new ArrayList<>();
					Matcher m = plain.matcher(variant);
					while (m.find()) {
						expected.add(m.start() + "-" + m.end());
					}
					List<String> found = new ArrayList<>();
					AnchoredPattern.Finder f = anchored.in(variant);
					while (f.find()) {
						found.add(f.match().start() + "-" + f.match().end());
					}
					assertThat(found).as(regex).isEqualTo(expected);
					matches += found.size();
				}
			}
		}
		assertThat(matches).as("the patterns find something to compare").isGreaterThan(1000);
	}

	@Test
	void anyOfTheAlternativesIsFoundWhereTheWholePatternIs() {
		int found = 0;
		for (String[] row : Cues.rows("events.tsv")) {
			Pattern whole = Pattern.compile("(?iu)(?:" + row[2] + ")");
			AnchoredPattern.AnyOf alternatives = new AnchoredPattern.AnyOf(
					FirstChars.alternatives(row[2]).stream().map((a) -> "(?iu)(?:" + a + ")").toList());
			for (String text : realArticles()) {
				for (String sentence : text.toLowerCase(Locale.ROOT).split("[.。!?！？\\n]")) {
					boolean expected = whole.matcher(sentence).find();
					assertThat(alternatives.foundIn(sentence)).as(row[0] + ": " + sentence).isEqualTo(expected);
					found += expected ? 1 : 0;
				}
			}
		}
		assertThat(found).isGreaterThan(100);
	}

	@Test
	void theTrieOfFormsMatchesWhatTheListOfFormsMatches() {
		List<String> texts = realArticles();
		int matches = 0;
		for (String file : new String[] { "units.tsv", "number-words.tsv", "fractions.tsv", "organisations.tsv",
				"counted-words.tsv", "qualifiers.tsv", "national-meetings.tsv" }) {
			List<String> forms = Cues.rows(file).stream().map((row) -> row[0]).toList();
			for (boolean ignoreCase : new boolean[] { true, false }) {
				Pattern trie = Cues.alternatives(forms, ignoreCase);
				Pattern list = listOf(forms, ignoreCase);
				for (String text : texts) {
					Matcher a = trie.matcher(text);
					Matcher b = list.matcher(text);
					while (true) {
						boolean more = b.find();
						assertThat(a.find()).as(file + " " + text.substring(0, 40)).isEqualTo(more);
						if (!more) {
							break;
						}
						assertThat(a.start() + "-" + a.end()).as(file).isEqualTo(b.start() + "-" + b.end());
						matches++;
					}
				}
			}
		}
		assertThat(matches).isGreaterThan(1000);
	}

	/** The forms as one alternation, longest first: what the trie must match. */
	private static Pattern listOf(List<String> forms, boolean ignoreCase) {
		List<String> sorted = new ArrayList<>(forms);
		sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		List<String> alternatives = new ArrayList<>();
		for (String form : sorted) {
			boolean latin = form.chars().anyMatch((c) -> c < 0x3000 && Character.isLetter(c));
			alternatives.add(latin ? (ignoreCase ? "(?iu:" : "(?:") + Pattern.quote(form) + ")(?![\\p{L}])"
					: Pattern.quote(form));
		}
		return Pattern.compile("(?:" + String.join("|", alternatives) + ")");
	}

	private static List<String> realArticles() {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/ingest/real/dev/articles"))) {
			List<String> texts = new ArrayList<>();
			for (Path file : files.sorted().toList()) {
				texts.add(Files.readString(file));
			}
			assertThat(texts).hasSizeGreaterThan(40);
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
