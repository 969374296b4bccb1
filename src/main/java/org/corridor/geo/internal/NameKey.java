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

	private NameKey() {
	}

	public static String of(String name) {
		StringBuilder key = new StringBuilder(name.length());
		name.codePoints().forEach((cp) -> append(cp, key));
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
		if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
			key.appendCodePoint(codePoint);
			return;
		}
		String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
		decomposed.codePoints()
			.filter((cp) -> Character.getType(cp) != Character.NON_SPACING_MARK)
			.forEach((cp) -> key.append(Character.toString(cp).toLowerCase(Locale.ROOT)));
	}

	/**
	 * Characters that join or separate the words of a name without being part of its key.
	 */
	static boolean isSeparator(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '-'
				|| codePoint == '\'' || codePoint == '.' || codePoint == ',' || codePoint == '\u2019'
				|| codePoint == '\u2018' || codePoint == '`' || codePoint == '\u00B7'
				|| (codePoint >= '\u2010' && codePoint <= '\u2015');
	}

}
