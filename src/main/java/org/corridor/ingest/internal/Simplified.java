package org.corridor.ingest.internal;

import com.hankcs.hanlp.HanLP;

/**
 * Stage 2b: a simplified-Chinese copy of a text for the stages that look names up
 * (places, groupings), so that 連雲港, 鹽城 and 長三角 are found like 连云港, 盐城 and 长三角. The copy
 * has the same length as the text, char for char, so every offset found in it is an
 * offset of the text: HanLP's conversion (portable 1.8.6, its own dictionary, no
 * download) is taken when it keeps the length, else each char is converted alone. Texts
 * without Han characters are returned as they are.
 */
public final class Simplified {

	private Simplified() {
	}

	/** The text with traditional characters replaced by simplified ones, same length. */
	public static String of(String text) {
		if (!hasHan(text)) {
			return text;
		}
		String converted = HanLP.convertToSimplifiedChinese(text);
		if (converted.length() == text.length()) {
			return converted;
		}
		StringBuilder chars = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				String one = HanLP.convertToSimplifiedChinese(String.valueOf(c));
				chars.append((one.length() == 1) ? one.charAt(0) : c);
			}
			else {
				chars.append(c);
			}
		}
		return chars.toString();
	}

	private static boolean hasHan(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x4E00 && c <= 0x9FFF) {
				return true;
			}
		}
		return false;
	}

}
