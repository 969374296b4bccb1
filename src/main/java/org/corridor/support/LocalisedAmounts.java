package org.corridor.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Quantities in the store's base units written as a reader of each language writes them:
 * 1.81e12 CNY is "1.81 tn yuan" in English, "1,81 Bio. Yuan" in German and "1.81万亿元" in
 * Chinese; Chinese scales by 万 and 亿, the others by thousands. At most two decimals,
 * trailing zeros dropped. One rule for the pages and the briefs of documents.
 */
public final class LocalisedAmounts {

	private static final double TRILLION = 1e12;

	private static final double BILLION = 1e9;

	private static final double MILLION = 1e6;

	private static final double YI = 1e8;

	private static final double WAN = 1e4;

	private LocalisedAmounts() {
	}

	/** A value in a base unit (CNY, percent, persons, count, …); "–" for none. */
	public static String format(Double value, String unit, Locale locale) {
		if (value == null) {
			return "–";
		}
		String language = locale.getLanguage();
		if (unit == null) {
			return decimal(value, locale);
		}
		return switch (unit) {
			case "CNY" -> money(value, language, locale);
			case "percent" -> language.equals("zh") ? decimal(value, locale) + "%" : decimal(value, locale) + " %";
			case "persons" -> persons(value, language, locale);
			default -> decimal(value, locale) + ("count".equals(unit) ? "" : " " + unit);
		};
	}

	/** A plain number in the reader's format, at most two decimals. */
	public static String decimal(double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(0);
		return format.format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
	}

	private static String money(double value, String language, Locale locale) {
		double size = Math.abs(value);
		if (language.equals("zh")) {
			if (size >= TRILLION) {
				return decimal(value / TRILLION, locale) + "万亿元";
			}
			if (size >= YI) {
				return decimal(value / YI, locale) + "亿元";
			}
			if (size >= WAN) {
				return decimal(value / WAN, locale) + "万元";
			}
			return decimal(value, locale) + "元";
		}
		boolean german = language.equals("de");
		String yuan = german ? " Yuan" : " yuan";
		if (size >= TRILLION) {
			return decimal(value / TRILLION, locale) + (german ? " Bio." : " tn") + yuan;
		}
		if (size >= BILLION) {
			return decimal(value / BILLION, locale) + (german ? " Mrd." : " bn") + yuan;
		}
		if (size >= MILLION) {
			return decimal(value / MILLION, locale) + (german ? " Mio." : " m") + yuan;
		}
		return decimal(value, locale) + yuan;
	}

	private static String persons(double value, String language, Locale locale) {
		if (language.equals("zh")) {
			return (Math.abs(value) >= WAN) ? decimal(value / WAN, locale) + "万人" : decimal(value, locale) + "人";
		}
		if (Math.abs(value) >= MILLION) {
			return decimal(value / MILLION, locale) + (language.equals("de") ? " Mio." : " m");
		}
		return decimal(value, locale);
	}

}
