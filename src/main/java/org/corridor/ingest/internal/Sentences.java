package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.corridor.support.Languages;

/**
 * Stage 3: sentences. A sentence ends at 。！？ (and ?! .), at a line break, or at "."
 * followed by white space — except after an ordinal number ("am 7. Januar", "15.
 * Fünfjahresplan"), a single letter or a known abbreviation ("Co.", "Ltd.", "z.B.",
 * "Nr.", "Dr."). Each sentence gets its language; an appended glossary (a short title
 * line followed by a paragraph about it, to the end of the document) and refusals ("Ich
 * kann keine Zusammenfassung", "I cannot provide") are marked so later stages draw no
 * facts from them.
 */
public final class Sentences {

	private static final Set<String> ABBREVIATIONS = Set.of("co", "ltd", "inc", "corp", "nr", "dr", "prof", "st", "mr",
			"ms", "mrs", "vs", "ca", "bzw", "usw", "ggf", "vgl", "z.b", "u.a", "d.h", "etc", "no", "jan", "feb", "mar",
			"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "okt", "dez", "mio", "mrd", "abs", "jh");

	private static final Pattern REFUSAL = Pattern
		.compile("(?i)(ich kann keine zusammenfassung|i cannot provide|i can't provide|i am unable to provide|我无法提供)");

	/** Words one of which a sentence must contain (in lower case) to be a refusal. */
	private static final List<String> REFUSAL_WORDS = List.of("zusammenfassung", "provide", "我无法提供");

	private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}");

	private static final Pattern LEADING_QUOTES = Pattern.compile("^[\"'„“(]+");

	private static final Pattern INITIALS = Pattern.compile("([a-z]\\.)+[a-z]");

	private static final Pattern FINAL_PUNCTUATION = Pattern.compile(".*[.。!?！？:：]$");

	private static final Pattern QUOTE_MARKS = Pattern.compile("[„“\"”]");

	private Sentences() {
	}

	/**
	 * The sentences of a text, in order. Cost: one pass over the text, plus per sentence
	 * one lower-cased copy and one language detection (both linear in its length).
	 */
	public static List<Sentence> split(String text) {
		List<Sentence> sentences = new ArrayList<>();
		int paragraph = 0;
		int start = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			boolean end = false;
			int after = i + 1;
			if (c == '\n') {
				end = true;
				after = i;
			}
			else if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
				end = true;
				while (after < n && "”\"’)）」".indexOf(text.charAt(after)) >= 0) {
					after++;
				}
			}
			else if (c == '.' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
				end = !protectedPeriod(text, start, i);
			}
			if (end) {
				add(sentences, text, start, after, paragraph);
				if (c == '\n') {
					int j = i;
					while (j < n && (text.charAt(j) == '\n' || text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
						j++;
					}
					paragraph++;
					i = j - 1;
					start = j;
				}
				else {
					start = after;
					i = after - 1;
				}
			}
		}
		add(sentences, text, start, n, paragraph);
		return markGlossary(sentences);
	}

	/**
	 * The longest sentence read as one. Real sentences stay well below it (the longest in
	 * the real-news sets has about 400 characters); a longer stretch without a sentence
	 * end (a table flattened to one line, random text) is cut into pieces of at most this
	 * length at the last space or comma before the limit, so that no later stage, whose
	 * work per sentence may grow with the square of its length, costs more than a
	 * constant per character.
	 */
	public static final int MAX_LENGTH = 1000;

	private static void add(List<Sentence> sentences, String text, int start, int end, int paragraph) {
		while (end - start > MAX_LENGTH) {
			int cut = start + MAX_LENGTH;
			if (Character.isLowSurrogate(text.charAt(cut))) {
				cut--;
			}
			int at = cut;
			while (at > start + MAX_LENGTH / 2 && !breakable(text.charAt(at - 1))) {
				at--;
			}
			addOne(sentences, text, start, (at > start + MAX_LENGTH / 2) ? at : cut, paragraph);
			start = (at > start + MAX_LENGTH / 2) ? at : cut;
		}
		addOne(sentences, text, start, end, paragraph);
	}

	private static boolean breakable(char c) {
		return Character.isWhitespace(c) || c == '，' || c == ',' || c == '；' || c == ';' || c == '、';
	}

	private static void addOne(List<Sentence> sentences, String text, int start, int end, int paragraph) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			String s = text.substring(start, end);
			String lower = s.toLowerCase(Locale.ROOT);
			boolean refusal = mayRefuse(lower) && REFUSAL.matcher(s).find();
			sentences.add(new Sentence(start, end, s, Languages.detect(s, lower), paragraph, refusal, lower));
		}
	}

	private static boolean mayRefuse(String lower) {
		for (String word : REFUSAL_WORDS) {
			if (lower.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the period at {@code i} belongs to an ordinal, an initial or an
	 * abbreviation.
	 */
	static boolean protectedPeriod(String text, int sentenceStart, int i) {
		int w = i;
		while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
			w--;
		}
		String word = text.substring(w, i);
		if (word.isEmpty()) {
			return false;
		}
		if (ORDINAL.matcher(word).matches() && i + 2 < text.length()) {
			char next = text.charAt(i + 2);
			return Character.isLetter(next) || Character.isDigit(next);
		}
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return true;
		}
		String lower = LEADING_QUOTES.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
		return ABBREVIATIONS.contains(lower) || INITIALS.matcher(lower).matches();
	}

	/**
	 * A glossary begins at a short line without final punctuation whose next line starts
	 * by repeating it ("Innovationskorridor" / "Der Innovationskorridor ist …") or
	 * refuses to summarise it, when it comes after the body; everything from there on is
	 * glossary.
	 */
	static List<Sentence> markGlossary(List<Sentence> sentences) {
		int from = -1;
		for (int k = 1; k + 1 < sentences.size() && from < 0; k++) {
			Sentence heading = sentences.get(k);
			Sentence next = sentences.get(k + 1);
			boolean shortLine = heading.text().length() <= 80 && !FINAL_PUNCTUATION.matcher(heading.text()).matches()
					&& next.paragraph() == heading.paragraph() + 1;
			if (!shortLine || k < sentences.size() / 3) {
				continue;
			}
			String term = QUOTE_MARKS.matcher(heading.text()).replaceAll("").strip();
			if (term.length() >= 3
					&& (QUOTE_MARKS.matcher(next.text()).replaceAll("").contains(term) || next.glossary())) {
				from = k;
			}
		}
		if (from < 0) {
			return sentences;
		}
		List<Sentence> marked = new ArrayList<>(sentences.subList(0, from));
		for (int k = from; k < sentences.size(); k++) {
			marked.add(sentences.get(k).asGlossary());
		}
		return marked;
	}

}
