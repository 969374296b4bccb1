package org.corridor.geo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin with tone marks for a Chinese name ("Kūnshān" for 昆山). Characters with several
 * readings (重 chóng/zhòng) take the reading that agrees with the toneless pinyin of the
 * reference data, so 重庆 gives "Chóngqìng".
 */
public final class PinyinNames {

	private static final HanyuPinyinOutputFormat TONE_MARKS = new HanyuPinyinOutputFormat();

	static {
		TONE_MARKS.setToneType(HanyuPinyinToneType.WITH_TONE_MARK);
		TONE_MARKS.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
		TONE_MARKS.setCaseType(HanyuPinyinCaseType.LOWERCASE);
	}

	private PinyinNames() {
	}

	/**
	 * The toned pinyin of {@code chinese}, with readings chosen to agree with
	 * {@code tonelessPinyin}.
	 * @return the toned pinyin, or {@code null} if a character has no reading or none of
	 * the reading combinations agrees with the toneless pinyin
	 */
	public static String toned(String chinese, String tonelessPinyin) {
		List<String[]> readings = new ArrayList<>();
		for (int i = 0; i < chinese.length(); i++) {
			String[] options = readingsOf(chinese.charAt(i));
			if (options == null || options.length == 0) {
				return null;
			}
			readings.add(options);
		}
		List<String> chosen = new ArrayList<>();
		if (!choose(readings, 0, NameKey.of(tonelessPinyin), 0, chosen)) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (String syllable : chosen) {
			if (!out.isEmpty() && "aoeāáǎàōóǒòēéěè".indexOf(syllable.charAt(0)) >= 0) {
				out.append('\'');
			}
			out.append(syllable);
		}
		return out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1);
	}

	private static boolean choose(List<String[]> readings, int index, String target, int offset, List<String> chosen) {
		if (index == readings.size()) {
			return offset == target.length();
		}
		for (String reading : readings.get(index)) {
			String key = NameKey.of(reading);
			if (target.startsWith(key, offset)) {
				chosen.add(reading);
				if (choose(readings, index + 1, target, offset + key.length(), chosen)) {
					return true;
				}
				chosen.remove(chosen.size() - 1);
			}
		}
		return false;
	}

	private static String[] readingsOf(char c) {
		try {
			return PinyinHelper.toHanyuPinyinStringArray(c, TONE_MARKS);
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException("pinyin4j rejects its own format", ex);
		}
	}

}
