package org.corridor.ingest.internal;

/**
 * Conversion between char indices and code-point offsets of one text, in O(1) per call
 * after one O(n) pass. Extraction offsets are code points; the stages work in chars. A
 * text without surrogate pairs (nearly every news text: Chinese, German and English all
 * lie in the Basic Multilingual Plane) needs no table at all.
 */
public final class CodePoints {

	private final String text;

	/**
	 * Code-point offset of each char index (length n + 1), or null when they are equal.
	 */
	private final int[] codePointAt;

	/** Char index of each code-point offset, or null when they are equal. */
	private final int[] charAt;

	private CodePoints(String text, int[] codePointAt, int[] charAt) {
		this.text = text;
		this.codePointAt = codePointAt;
		this.charAt = charAt;
	}

	/** The index of a text: O(n) time; O(n) memory only if it holds surrogate pairs. */
	public static CodePoints of(String text) {
		int n = text.length();
		int codePoints = text.codePointCount(0, n);
		if (codePoints == n) {
			return new CodePoints(text, null, null);
		}
		int[] codePointAt = new int[n + 1];
		int[] charAt = new int[codePoints + 1];
		int cp = 0;
		for (int i = 0; i < n; i++) {
			codePointAt[i] = cp;
			boolean secondHalf = i > 0 && Character.isLowSurrogate(text.charAt(i))
					&& Character.isHighSurrogate(text.charAt(i - 1));
			if (!secondHalf) {
				charAt[cp] = i;
				cp++;
			}
		}
		codePointAt[n] = cp;
		charAt[cp] = n;
		return new CodePoints(text, codePointAt, charAt);
	}

	/**
	 * The code-point offset of a char index, as {@code text.codePointCount(0, index)}.
	 */
	public int codePoint(int charIndex) {
		return (this.codePointAt != null) ? this.codePointAt[charIndex] : charIndex;
	}

	/**
	 * The char index of a code-point offset, as
	 * {@code text.offsetByCodePoints(0, offset)}.
	 */
	public int charIndex(int codePoint) {
		return (this.charAt != null) ? this.charAt[codePoint] : codePoint;
	}

	/** The text the offsets refer to. */
	public String text() {
		return this.text;
	}

}
