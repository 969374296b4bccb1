package org.corridor.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as a reader of each language writes them, for the pages
 * ({@code ${@fmt.amount(value, unit)}}, {@code ${@fmt.date(day)}}): 1.81e12 CNY is "1.81
 * tn yuan" in English, "1,81 Bio. Yuan" in German and "1.81万亿元" in Chinese; Chinese
 * scales by 万 and 亿, the others by thousands. At most two decimals, trailing zeros
 * dropped.
 */
@Component("fmt")
public class LocalisedFormat {

	private static final double TRILLION = 1e12;

	private static final double BILLION = 1e9;

	private static final double MILLION = 1e6;

	private static final double YI = 1e8;

	private static final double WAN = 1e4;

	/** A value in a base unit of the store (CNY, percent, persons, count, …). */
	public String amount(Double value, String unit) {
		return amount(value, unit, LocaleContextHolder.getLocale());
	}

	/** A plain number in the reader's format. */
	public String number(Double value) {
		return (value != null) ? decimal(value, LocaleContextHolder.getLocale()) : "–";
	}

	/** A day in the reader's medium format: 9 Jan 2026, 09.01.2026, 2026年1月9日. */
	public String date(LocalDate day) {
		return (day != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.format(day) : "";
	}

	/** A share (0.91) as a bar's length in percent, 0 to 100. */
	public double capped(Double share) {
		return (share == null || share < 0) ? 0 : Math.min(100, share * 100);
	}

	/** A fraction (0.102) as a percentage (10.2 %). */
	public String percentOf(Double fraction) {
		return (fraction != null) ? amount(fraction * 100, "percent") : "–";
	}

	static String amount(Double value, String unit, Locale locale) {
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

	private static String decimal(double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(0);
		return format.format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
	}

}
