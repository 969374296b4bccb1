package org.corridor.support;

import java.util.Locale;
import java.util.Set;

/**
 * The language of a text (stage 2 of ingestion, and listings of the exchange) — zh when
 * Chinese characters are at least a third of the letters, otherwise de or en by counting
 * common function words (German umlauts and ß count for de).
 */
public final class Languages {

	private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "mit", "von", "den", "dem",
			"des", "ein", "eine", "im", "auf", "für", "sich", "nicht", "zu", "wird", "werden", "als", "bei", "auch",
			"sowie");

	private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "with", "for", "a", "an",
			"on", "by", "as", "are", "was", "its", "their", "that", "this", "from", "at", "which");

	/** The longest function word of either list, in chars. */
	private static final int LONGEST_WORD = 6;

	/** The first code point of the Han script (CJK Radicals Supplement). */
	private static final int FIRST_HAN = 0x2E80;

	private Languages() {
	}

	/**
	 * The language of a text: {@code zh}, {@code de}, {@code en} or {@code und}. Cost:
	 * one pass over the text, and for non-Chinese text a second over its lower-case form.
	 */
	public static String detect(String text) {
		return detect(text, null);
	}

	/**
	 * As {@link #detect(String)}, for a caller that already holds the text in lower case.
	 * @param lowerCase {@code text.toLowerCase(Locale.ROOT)}, or null to make it when
	 * needed
	 */
	public static String detect(String text, String lowerCase) {
		int han = 0;
		int letters = 0;
		int umlauts = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
					letters++;
				}
			}
			else if (han(c)) {
				han++;
				letters++;
			}
			else if (Character.isLetter(c)) {
				letters++;
				if ("äöüßÄÖÜ".indexOf(c) >= 0) {
					umlauts++;
				}
			}
		}
		if (letters == 0) {
			return "und";
		}
		if (han * 3 >= letters) {
			return "zh";
		}
		int de = umlauts;
		int en = 0;
		String lower = (lowerCase != null) ? lowerCase : text.toLowerCase(Locale.ROOT);
		int n = lower.length();
		int i = 0;
		while (i < n) {
			int cp = lower.codePointAt(i);
			if (!Character.isLetter(cp)) {
				i += Character.charCount(cp);
				continue;
			}
			int start = i;
			while (i < n && Character.isLetter(cp = lower.codePointAt(i))) {
				i += Character.charCount(cp);
			}
			if (i - start <= LONGEST_WORD) {
				String word = lower.substring(start, i);
				if (GERMAN.contains(word)) {
					de++;
				}
				if (ENGLISH.contains(word)) {
					en++;
				}
			}
		}
		if (de == 0 && en == 0) {
			return "und";
		}
		return (de >= en) ? "de" : "en";
	}

	/**
	 * Whether a code point is of the Han script, as {@link Character.UnicodeScript#of},
	 * in O(1) for the code points below U+2E80 (none is Han) and for the CJK Unified
	 * Ideographs and their Extension A (all are).
	 */
	public static boolean han(int codePoint) {
		if (codePoint < FIRST_HAN) {
			return false;
		}
		if (codePoint >= 0x3400 && codePoint <= 0x9FFF && (codePoint <= 0x4DBF || codePoint >= 0x4E00)) {
			return true;
		}
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

}
