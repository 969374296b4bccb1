package org.corridor.geo.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key a name is matched by: lower case, without diacritics (tone marks, umlauts),
 * without spaces, hyphens, dashes, apostrophes and dots; {@code &} reads as {@code and},
 * {@code ß} as {@code ss}. Chinese characters are kept as they are. "Níngbō", "ning bo",
 * "Ningbo" and "NINGBO" share the key {@code ningbo}; "Xi'an" is {@code xian}.
 */
public final class NameKey {

	/**
	 * The keys of the Basic Multilingual Plane's non-ASCII characters, filled as they are
	 * met: classifying and decomposing a character costs far more than the lookup. A race
	 * between threads only computes an entry twice.
	 */
	private static final String[] DECOMPOSED = new String[0x10000];

	private NameKey() {
	}

	public static String of(String name) {
		return of(name, Integer.MAX_VALUE);
	}

	/**
	 * The key of a name, or null as soon as it grows longer than {@code limit} chars:
	 * telling that a whole text is no name costs no more than the limit.
	 */
	public static String of(String name, int limit) {
		StringBuilder key = new StringBuilder(Math.min(name.length(), limit) + 2);
		for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
			append(name.codePointAt(i), key);
			if (key.length() > limit) {
				return null;
			}
		}
		return key.toString();
	}

	/**
	 * Appends the key characters of one code point; separators append nothing.
	 */
	static void append(int codePoint, StringBuilder key) {
		if (isSeparator(codePoint)) {
			return;
		}
		if (codePoint == '&') {
			key.append("and");
			return;
		}
		if (codePoint == 'ß') {
			key.append("ss");
			return;
		}
		if (codePoint < 0x80) {
			key.append(Character.toLowerCase((char) codePoint));
			return;
		}
		if (codePoint < DECOMPOSED.length) {
			String decomposed = DECOMPOSED[codePoint];
			if (decomposed == null) {
				decomposed = decompose(codePoint);
				DECOMPOSED[codePoint] = decomposed;
			}
			key.append(decomposed);
			return;
		}
		key.append(decompose(codePoint));
	}

	/**
	 * A code point's key: a Chinese character itself, anything else decomposed, without
	 * its marks, in lower case.
	 */
	private static String decompose(int codePoint) {
		if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
			return Character.toString(codePoint);
		}
		StringBuilder key = new StringBuilder(2);
		String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
		decomposed.codePoints()
			.filter((cp) -> Character.getType(cp) != Character.NON_SPACING_MARK)
			.forEach((cp) -> key.append(Character.toString(cp).toLowerCase(Locale.ROOT)));
		return key.toString();
	}

	/**
	 * Characters that join or separate the words of a name without being part of its key.
	 */
	static boolean isSeparator(int codePoint) {
		if ((codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')) {
			return false;
		}
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '-'
				|| codePoint == '\'' || codePoint == '.' || codePoint == ',' || codePoint == '\u2019'
				|| codePoint == '\u2018' || codePoint == '`' || codePoint == '\u00B7'
				|| (codePoint >= '\u2010' && codePoint <= '\u2015');
	}

}
