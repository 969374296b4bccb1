package org.corridor.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.corridor.support.LocalisedAmounts;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates in the reader's language for the pages ({@code ${@fmt.amount(value,
 * unit)}}, {@code ${@fmt.date(day)}}); amounts are written by {@link LocalisedAmounts},
 * as in the briefs of documents.
 */
@Component("fmt")
public class LocalisedFormat {

	/** A value in a base unit of the store (CNY, percent, persons, count, …). */
	public String amount(Double value, String unit) {
		return LocalisedAmounts.format(value, unit, LocaleContextHolder.getLocale());
	}

	/** A plain number in the reader's format. */
	public String number(Double value) {
		return (value != null) ? LocalisedAmounts.decimal(value, LocaleContextHolder.getLocale()) : "–";
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

}
