package org.corridor.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stage 6b: dates, periods and deadlines in a sentence, resolved against the publication
 * date: "am 7. Januar" in an article of 2026-01-09 is 2026-01-07; "am 08.11." is 8
 * November; "24. Mai 2016", "May 24, 2016", "2016年5月24日", "2025-08-18"; "im ersten
 * Dreivierteljahr 2025", "in the first three quarters of 2025", "2025年前三季度" are the
 * period 2025-Q1..Q3; "bis 2027", "by 2030", "到2027年" are deadlines; "im Jahr 2024", "in
 * 2024", "2024年" are years.
 */
public final class Dates {

	/**
	 * A time expression.
	 *
	 * @param kind {@code date}, {@code period}, {@code deadline} or {@code year}
	 * @param value ISO date, period (2025-Q1..Q3, 2024) or year
	 * @param text as written
	 * @param start char offset in the text
	 */
	public record TimeExpression(String kind, String value, String text, int start) {

	}

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1), Map.entry("january", 1),
			Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("february", 2), Map.entry("märz", 3),
			Map.entry("march", 3), Map.entry("april", 4), Map.entry("mai", 5), Map.entry("may", 5),
			Map.entry("juni", 6), Map.entry("june", 6), Map.entry("juli", 7), Map.entry("july", 7),
			Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("october", 10),
			Map.entry("november", 11), Map.entry("dezember", 12), Map.entry("december", 12));

	private static final List<String> MONTH_NAMES = List.of("Januar", "Jänner", "Februar", "März", "April", "Mai",
			"Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "January", "February", "March",
			"May", "June", "July", "October", "December");

	/** The first letters of the month names. */
	private static final String MONTH_INITIALS = MONTH_NAMES.stream()
		.map((name) -> name.substring(0, 1))
		.distinct()
		.collect(Collectors.joining());

	private static final String MONTH = "(" + String.join("|", MONTH_NAMES) + ")";

	/*
	 * The patterns below but QUARTERS and HALF (tried only on their rare cue words) begin
	 * with a digit, or with a month name, or with "bis"/"by"/到/至 or a digit (DEADLINE),
	 * so they are tried only where such a char stands (AnchoredPattern).
	 */

	private static final AnchoredPattern ISO = new AnchoredPattern("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)",
			AnchoredPattern::digit);

	private static final AnchoredPattern DAY_MONTH = new AnchoredPattern(
			"(?<!\\d)(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s+(\\d{4}))?", AnchoredPattern::digit);

	private static final AnchoredPattern MONTH_DAY = new AnchoredPattern(
			MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?", (c) -> MONTH_INITIALS.indexOf(c) >= 0);

	private static final AnchoredPattern NUMERIC = new AnchoredPattern(
			"(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?(?![\\d])", AnchoredPattern::digit);

	private static final AnchoredPattern CHINESE = new AnchoredPattern("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日",
			AnchoredPattern::digit);

	private static final Pattern QUARTERS = Pattern.compile(
			"(?i)(?:ersten Dreivierteljahr|ersten drei Quartalen|first three quarters of|前三季度)\\s*(?:des Jahres\\s*)?(\\d{4})?|(\\d{4})年?前三季度");

	private static final Pattern HALF = Pattern
		.compile("(?i)(?:ersten Halbjahr|first half of|上半年)\\s*(\\d{4})?|(\\d{4})年?上半年");

	private static final AnchoredPattern DEADLINE = new AnchoredPattern(
			"(?i)(?:\\bbis (?:zum Jahr |Ende )?|\\bby (?:the end of )?)((?:19|20)\\d{2})(?![\\d.,]\\d)|(?<!达)(?:到|至)((?:19|20)\\d{2})年|((?:19|20)\\d{2})年前",
			(c) -> c == 'b' || c == 'B' || c == '到' || c == '至' || AnchoredPattern.digit(c));

	private static final AnchoredPattern YEAR = new AnchoredPattern(
			"(?<![\\d-])((?:19|20)\\d{2})(?:年)?(?![\\d-]|[.,]\\d|\\s*(?:亿|万|千|百|元|个|家|件|项|%|‰))",
			AnchoredPattern::digit);

	/** Words one of which a sentence must contain (in lower case) to hold a deadline. */
	private static final List<String> DEADLINE_WORDS = List.of("bis ", "by ", "到", "至", "年前");

	private Dates() {
	}

	/**
	 * The time expressions of a sentence, in text order. Each pattern is tried only when
	 * the sentence holds a character or word that pattern needs (a digit, "-", "月", a
	 * month name, "bis ", ...), so a sentence costs a few substring searches plus one
	 * pass per pattern that may match.
	 */
	public static List<TimeExpression> find(Sentence sentence, LocalDate published) {
		String s = sentence.text();
		String lower = sentence.lower();
		List<TimeExpression> found = new ArrayList<>();
		List<int[]> taken = new ArrayList<>();
		boolean quarters = lower.contains("dreivierteljahr") || lower.contains("drei quartalen")
				|| lower.contains("three quarters") || s.contains("前三季度");
		boolean half = lower.contains("halbjahr") || lower.contains("first half") || s.contains("上半年");
		if (published != null && RELATIVE_WORDS.stream().anyMatch(lower::contains)) {
			Matcher m = RELATIVE_DAY.matcher(s);
			while (m.find()) {
				add(found, taken, sentence, m, "date", relativeDay(m, published));
			}
		}
		if (published != null && RELATIVE_YEAR_WORDS.stream().anyMatch(lower::contains)) {
			Matcher m = RELATIVE_YEAR.matcher(s);
			while (m.find()) {
				int year = published.getYear() + ((m.group(1) != null) ? -1 : 0);
				add(found, taken, sentence, m, "year", String.valueOf(year));
			}
		}
		if (!hasDigit(s) && !quarters && !half) {
			found.sort((a, b) -> Integer.compare(a.start(), b.start()));
			return found;
		}
		boolean month = MONTH_NAMES.stream().anyMatch(s::contains);
		if (s.indexOf('-') >= 0) {
			AnchoredPattern.Finder f = ISO.in(s);
			while (f.find()) {
				add(found, taken, sentence, f.match(), "date", f.match().group(0));
			}
		}
		if (month && s.indexOf('.') >= 0) {
			AnchoredPattern.Finder f = DAY_MONTH.in(s);
			while (f.find()) {
				Matcher m = f.match();
				int day = Integer.parseInt(m.group(1));
				int monthNumber = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
				add(found, taken, sentence, m, "date", date(m.group(3), monthNumber, day, published));
			}
		}
		if (month) {
			AnchoredPattern.Finder f = MONTH_DAY.in(s);
			while (f.find()) {
				Matcher m = f.match();
				int monthNumber = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
				add(found, taken, sentence, m, "date",
						date(m.group(3), monthNumber, Integer.parseInt(m.group(2)), published));
			}
		}
		if (s.indexOf('月') >= 0 && s.indexOf('日') >= 0) {
			AnchoredPattern.Finder f = CHINESE.in(s);
			while (f.find()) {
				Matcher m = f.match();
				add(found, taken, sentence, m, "date",
						date(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), published));
			}
		}
		if (sentence.language().equals("de") && s.indexOf('.') >= 0) {
			AnchoredPattern.Finder f = NUMERIC.in(s);
			while (f.find()) {
				Matcher m = f.match();
				int day = Integer.parseInt(m.group(1));
				int monthNumber = Integer.parseInt(m.group(2));
				if (day >= 1 && day <= 31 && monthNumber >= 1 && monthNumber <= 12) {
					add(found, taken, sentence, m, "date", date(m.group(3), monthNumber, day, published));
				}
			}
		}
		if (quarters) {
			Matcher m = QUARTERS.matcher(s);
			while (m.find()) {
				String year = (m.group(1) != null) ? m.group(1) : m.group(2);
				if (year == null && published != null) {
					year = Integer.toString(published.getYear());
				}
				if (year != null) {
					add(found, taken, sentence, m, "period", year + "-Q1..Q3");
				}
			}
		}
		if (half) {
			Matcher m = HALF.matcher(s);
			while (m.find()) {
				String year = (m.group(1) != null) ? m.group(1) : m.group(2);
				if (year != null) {
					add(found, taken, sentence, m, "period", year + "-Q1..Q2");
				}
			}
		}
		if (DEADLINE_WORDS.stream().anyMatch(lower::contains)) {
			AnchoredPattern.Finder f = DEADLINE.in(s);
			while (f.find()) {
				Matcher m = f.match();
				add(found, taken, sentence, m, "deadline",
						(m.group(1) != null) ? m.group(1) : (m.group(2) != null) ? m.group(2) : m.group(3));
			}
		}
		if (s.contains("19") || s.contains("20")) {
			AnchoredPattern.Finder f = YEAR.in(s);
			while (f.find()) {
				add(found, taken, sentence, f.match(), "year", f.match().group(1));
			}
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	private static boolean hasDigit(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isDigit(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static void add(List<TimeExpression> found, List<int[]> taken, Sentence sentence, Matcher m, String kind,
			String value) {
		if (value == null) {
			return;
		}
		for (int[] span : taken) {
			if (m.start() < span[1] && m.end() > span[0]) {
				return;
			}
		}
		taken.add(new int[] { m.start(), m.end() });
		found.add(new TimeExpression(kind, value, m.group(0).strip(), sentence.start() + m.start()));
	}

	/**
	 * Words one of which a sentence must contain (in lower case) to hold a relative year.
	 */
	private static final List<String> RELATIVE_YEAR_WORDS = List.of("year", "jahr", "去年", "上年", "今年", "本年");

	/**
	 * A year named relative to the publication date: last year ("last year", "im
	 * vergangenen Jahr", "im Vorjahr", 去年, 上年) or this year ("this year", "in diesem
	 * Jahr", 今年).
	 */
	private static final Pattern RELATIVE_YEAR = Pattern.compile(
			"(?i)(\\blast year\\b|\\b(?:im|in dem) (?:vergangenen|letzten) jahr\\b|\\bim vorjahr\\b|去年|上年)|(\\bthis year\\b|\\bin diesem jahr\\b|\\bdieses jahr\\b|今年|本年)");

	/**
	 * Words one of which a sentence must contain (in lower case) to hold a relative day.
	 */
	private static final List<String> RELATIVE_WORDS = List.of("day", "tag", "woch", "yesterday", "gestern", "昨", "周",
			"星期");

	/**
	 * A day named relative to the publication date: a weekday ("on Tuesday", "am
	 * Dienstag", 周二, 星期二 — the latest such day on or before the publication date: a
	 * report of Wednesday about "on Wednesday" means that day) or yesterday ("yesterday",
	 * "gestern", 昨日, 昨天).
	 */
	private static final Pattern RELATIVE_DAY = Pattern.compile(
			"(?i)\\b(?:on|am|last|vergangenen|letzten)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b|(?:周|星期)([一二三四五六日天])|(\\byesterday\\b|\\bgestern\\b|昨日|昨天)");

	private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag");

	private static String relativeDay(Matcher m, LocalDate published) {
		if (m.group(3) != null) {
			return published.minusDays(1).toString();
		}
		int weekday = (m.group(1) != null) ? WEEKDAYS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) % 7 + 1
				: "一二三四五六日天".indexOf(m.group(2)) + 1;
		weekday = Math.min(weekday, 7);
		LocalDate day = published;
		while (day.getDayOfWeek().getValue() != weekday) {
			day = day.minusDays(1);
		}
		return day.toString();
	}

	/**
	 * A date; without a year, the latest such day on or before the publication date.
	 */
	static String date(String year, int month, int day, LocalDate published) {
		try {
			if (year != null) {
				return LocalDate.of(Integer.parseInt(year), month, day).toString();
			}
			if (published == null) {
				return null;
			}
			LocalDate candidate = LocalDate.of(published.getYear(), month, day);
			return (candidate.isAfter(published) ? candidate.minusYears(1) : candidate).toString();
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

}
