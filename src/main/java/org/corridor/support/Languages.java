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

	private Languages() {
	}

	public static String detect(String text) {
		int han = 0;
		int letters = 0;
		int umlauts = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
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
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			if (GERMAN.contains(word)) {
				de++;
			}
			if (ENGLISH.contains(word)) {
				en++;
			}
		}
		if (de == 0 && en == 0) {
			return "und";
		}
		return (de >= en) ? "de" : "en";
	}

}
