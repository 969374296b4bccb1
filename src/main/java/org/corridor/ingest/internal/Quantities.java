package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 6a: numbers with their scale and unit, in base units. German numbers use a
 * decimal comma and a thousands point ("1,81 Billionen Yuan" = 1.81e12, "20.000" =
 * 20000), English and Chinese the reverse ("1.81 trillion", "20,000", "2192.19亿元" =
 * 2.19219e11). German "Billion" is 1e12 and "Milliarde" 1e9; English "billion" is 1e9; 万
 * 1e4, 亿 1e8, 万亿 1e12. Years standing alone, ordinals ("7. Januar"), citation marks
 * ("[5]"), digits inside names ("G60") and numberings ("Group 2:", "Nr. 3", 第3) are not
 * quantities.
 */
public final class Quantities {

	/** A number; it begins with a digit, so it is tried only at digits. */
	private static final AnchoredPattern NUMBER = new AnchoredPattern(
			"(?<![A-Za-zÄÖÜäöüß\\d.,\\[-])(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\d\\]])",
			AnchoredPattern::digit);

	private static final Pattern SCALE_AND_UNIT = Pattern.compile(
			"^\\s*(?:(?<scale>Billionen|Billion|Milliarden|Milliarde|Mrd\\.?|Millionen|Million|Mio\\.?|trillions?|billions?|millions?|thousand|Tausend|万亿|亿|万|千)\\s*)?"
					+ "(?<unit>Yuan|yuan|RMB|CNY|元|%|Prozent|percent|per cent|％)?");

	/** Words that number a part of the text right before a bare number. */
	private static final Pattern NUMBERING = Pattern
		.compile("(?i)(?:\\bgroup|\\bgruppe|\\bpart|\\bteil|\\bsection|\\babschnitt|\\bno\\.|\\bnr\\.|第)\\s*$");

	private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	private static final Pattern GERMAN_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private Quantities() {
	}

	/**
	 * The quantities of a sentence. Cost: nothing for a sentence without an ASCII digit,
	 * otherwise one pass of the number pattern plus a look at what follows each number.
	 */
	public static List<Quantity> find(String text, Sentence sentence) {
		List<Quantity> found = new ArrayList<>();
		String s = sentence.text();
		if (!hasAsciiDigit(s)) {
			return found;
		}
		AnchoredPattern.Finder numbers = NUMBER.in(s);
		Matcher tail = SCALE_AND_UNIT.matcher(s);
		while (numbers.find()) {
			Matcher m = numbers.match();
			String digits = m.group(1);
			int after = m.end();
			if (after < s.length() && s.charAt(after) == '.' && SHORT_NUMBER.matcher(digits).matches()
					&& after + 2 <= s.length() && (after + 1 == s.length() || s.charAt(after + 1) == ' ')) {
				String rest = s.substring(after + 1).stripLeading();
				if (!rest.isEmpty() && (Character.isLetter(rest.charAt(0)))) {
					continue;
				}
			}
			tail.region(after, s.length());
			String scale = null;
			String unit = null;
			int end = after;
			if (tail.lookingAt()) {
				scale = tail.group("scale");
				unit = tail.group("unit");
				if (scale != null || unit != null) {
					end = tail.end();
				}
			}
			double value = parse(digits, sentence.language());
			boolean year = scale == null && unit == null && YEAR.matcher(digits).matches();
			if (year) {
				continue;
			}
			value *= factor(scale, sentence.language());
			String baseUnit = (unit == null) ? "count" : (unit.equals("%") || unit.equals("％")
					|| unit.equalsIgnoreCase("prozent") || unit.startsWith("per")) ? "percent" : "CNY";
			if (baseUnit.equals("count") && followedByCurrencyWord(s, end)) {
				baseUnit = "CNY";
			}
			if (baseUnit.equals("count")
					&& NUMBERING.matcher(s).region(Math.max(0, m.start() - 12), m.start()).find()) {
				continue;
			}
			found.add(new Quantity(sentence.start() + m.start(), sentence.start() + end, value, baseUnit,
					s.substring(m.start(), end).strip()));
		}
		return found;
	}

	private static boolean hasAsciiDigit(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
				return true;
			}
		}
		return false;
	}

	/** Whether "yuan", "元" or "RMB" (in any case) follows after white space. */
	private static boolean followedByCurrencyWord(String s, int end) {
		int at = end;
		while (at < s.length() && Character.isWhitespace(s.codePointAt(at))) {
			at += Character.charCount(s.codePointAt(at));
		}
		return s.regionMatches(true, at, "yuan", 0, 4) || s.startsWith("元", at)
				|| s.regionMatches(true, at, "rmb", 0, 3);
	}

	/**
	 * The value of a number as written in a language.
	 */
	static double parse(String digits, String language) {
		String normalised;
		if (language.equals("de")) {
			if (GERMAN_THOUSANDS.matcher(digits).matches()) {
				normalised = digits.replace(".", "").replace(',', '.');
			}
			else {
				normalised = digits.replace(',', '.');
			}
		}
		else if (ENGLISH_THOUSANDS.matcher(digits).matches()) {
			normalised = digits.replace(",", "");
		}
		else {
			normalised = digits.replace(',', '.');
		}
		return Double.parseDouble(normalised);
	}

	static double factor(String scale, String language) {
		if (scale == null) {
			return 1;
		}
		String s = scale.toLowerCase(Locale.ROOT).replace(".", "");
		return switch (s) {
			case "billionen" -> 1e12;
			case "billion", "billions" -> language.equals("de") && scale.startsWith("B") ? 1e12 : 1e9;
			case "milliarden", "milliarde", "mrd" -> 1e9;
			case "millionen", "million", "millions", "mio" -> 1e6;
			case "trillion", "trillions", "万亿" -> 1e12;
			case "thousand", "tausend", "千" -> 1e3;
			case "亿" -> 1e8;
			case "万" -> 1e4;
			default -> 1;
		};
	}

}
