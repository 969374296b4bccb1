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
 * ("[5]") and digits inside names ("G60") are not quantities.
 */
public final class Quantities {

	private static final Pattern NUMBER = Pattern
		.compile("(?<![A-Za-zÄÖÜäöüß\\d.,\\[-])(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\d\\]])");

	private static final Pattern SCALE_AND_UNIT = Pattern.compile(
			"^\\s*(?:(?<scale>Billionen|Billion|Milliarden|Milliarde|Mrd\\.?|Millionen|Million|Mio\\.?|trillions?|billions?|millions?|thousand|Tausend|万亿|亿|万|千)\\s*)?"
					+ "(?<unit>Yuan|yuan|RMB|CNY|元|%|Prozent|percent|per cent|％)?");

	private Quantities() {
	}

	public static List<Quantity> find(String text, Sentence sentence) {
		List<Quantity> found = new ArrayList<>();
		String s = sentence.text();
		Matcher m = NUMBER.matcher(s);
		while (m.find()) {
			String digits = m.group(1);
			int after = m.end();
			if (after < s.length() && s.charAt(after) == '.' && digits.matches("\\d{1,3}") && after + 2 <= s.length()
					&& (after + 1 == s.length() || s.charAt(after + 1) == ' ')) {
				String rest = s.substring(after + 1).stripLeading();
				if (!rest.isEmpty() && (Character.isLetter(rest.charAt(0)))) {
					continue;
				}
			}
			Matcher tail = SCALE_AND_UNIT.matcher(s.substring(after));
			String scale = null;
			String unit = null;
			int end = after;
			if (tail.find()) {
				scale = tail.group("scale");
				unit = tail.group("unit");
				if (scale != null || unit != null) {
					end = after + tail.end();
				}
			}
			double value = parse(digits, sentence.language());
			boolean year = digits.matches("(19|20)\\d{2}") && scale == null && unit == null;
			if (year) {
				continue;
			}
			value *= factor(scale, sentence.language());
			String baseUnit = (unit == null) ? "count" : (unit.equals("%") || unit.equals("％")
					|| unit.equalsIgnoreCase("prozent") || unit.startsWith("per")) ? "percent" : "CNY";
			if (baseUnit.equals("count") && followedByCurrencyWord(s, end)) {
				baseUnit = "CNY";
			}
			found.add(new Quantity(sentence.start() + m.start(), sentence.start() + end, value, baseUnit,
					s.substring(m.start(), end).strip()));
		}
		return found;
	}

	private static boolean followedByCurrencyWord(String s, int end) {
		String rest = s.substring(end).stripLeading().toLowerCase(Locale.ROOT);
		return rest.startsWith("yuan") || rest.startsWith("元") || rest.startsWith("rmb");
	}

	/**
	 * The value of a number as written in a language.
	 */
	static double parse(String digits, String language) {
		String normalised;
		if (language.equals("de")) {
			if (digits.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
				normalised = digits.replace(".", "").replace(',', '.');
			}
			else {
				normalised = digits.replace(',', '.');
			}
		}
		else if (digits.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
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
