package org.corridor.ingest.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A normalised quantity written for a reader of zh, en or de inside a brief: 1.81e12 CNY
 * is "1.81 tn yuan", "1,81 Bio. Yuan", "1.81万亿元"; percentages keep their sign; counts are
 * plain numbers. At most two decimals.
 */
final class Amounts {

	private Amounts() {
	}

	static String format(double value, String unit, String language) {
		Locale locale = Locale.forLanguageTag(language);
		if ("CNY".equals(unit)) {
			return money(value, language, locale);
		}
		if ("percent".equals(unit)) {
			return decimal(value, locale) + (language.equals("zh") ? "%" : " %");
		}
		if ("persons".equals(unit) && language.equals("zh") && Math.abs(value) >= 1e4) {
			return decimal(value / 1e4, locale) + "万人";
		}
		return decimal(value, locale);
	}

	private static String money(double value, String language, Locale locale) {
		double size = Math.abs(value);
		if (language.equals("zh")) {
			if (size >= 1e12) {
				return decimal(value / 1e12, locale) + "万亿元";
			}
			if (size >= 1e8) {
				return decimal(value / 1e8, locale) + "亿元";
			}
			return decimal(value, locale) + "元";
		}
		boolean german = language.equals("de");
		String yuan = german ? " Yuan" : " yuan";
		if (size >= 1e12) {
			return decimal(value / 1e12, locale) + (german ? " Bio." : " tn") + yuan;
		}
		if (size >= 1e9) {
			return decimal(value / 1e9, locale) + (german ? " Mrd." : " bn") + yuan;
		}
		if (size >= 1e6) {
			return decimal(value / 1e6, locale) + (german ? " Mio." : " m") + yuan;
		}
		return decimal(value, locale) + yuan;
	}

	private static String decimal(double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
	}

}
