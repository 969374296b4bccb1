package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 6a: quantities — numbers with their scale, unit and qualifier, in base units.
 * German numbers use a decimal comma and a thousands point ("1,81 Billionen Yuan" =
 * 1.81e12, "20.000" = 20000), English and Chinese the reverse ("1.81 trillion", "20,000",
 * "2192.19亿元" = 2.19219e11). German "Billion" is 1e12 and "Milliarde" 1e9; English
 * "billion" is 1e9; 万 1e4, 亿 1e8, 万亿 1e12. Besides digits: Chinese numerals before a
 * classifier or unit ("九地", "三十多家"), English and German number words before a noun
 * ("three agreements", "fünfundvierzig Projekte") and fractions of a whole ("ein
 * Viertel", "三分之一", as percent). Units, qualifiers, number words and fractions are data
 * ({@code ingest/cues/}). A conversion in brackets right after a sum ("96,4 Milliarden
 * Yuan (rund 13,5 Milliarden US-Dollar)") and the upper end of a range ("3–5 %") become
 * the quantity's second value. Not quantities: years standing alone, days and months,
 * ordinals ("7. Januar", 第3), citation marks ("[5]"), digits inside names ("G60", "5G",
 * "14th"), numberings ("Group 2:", "Nr. 3"), a bare number that names nothing, and
 * "one"/"两"/"both" standing for the parties of a cooperation.
 */
public final class Quantities {

	/** A number; it begins with a digit, so it is tried only at digits. */
	private static final AnchoredPattern NUMBER = new AnchoredPattern(
			"(?<![A-Za-zÄÖÜäöüß\\d.,:\\[-])(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\d\\]:])",
			AnchoredPattern::digit);

	private static final Pattern SCALE = Pattern.compile(
			"\\G\\s*(?<scale>Billionen|Billion|Milliarden|Milliarde|Mrd\\.?|Millionen|Million|Mio\\.?|trillions?|billions?|millions?|bln|bn|mln|mn|thousand|Tausend|万亿|萬億|千万|千萬|百万|百萬|亿|億|万|萬|千)(?![A-Za-z])");

	private static final Pattern AFTER_QUALIFIER = Pattern.compile("\\G(?<q>余|多)");

	private static final Pattern TRAILING_QUALIFIER = Pattern.compile("\\G\\s*(?<q>以上|左右)");

	/** A unit word after the number: {@code ingest/cues/units.tsv}. */
	private static final Pattern UNIT;

	private static final Map<String, String[]> UNITS = new HashMap<>();

	/** Qualifiers before the number, at the end of the text before it. */
	private static final Pattern QUALIFIER_BEFORE;

	private static final Map<String, String> QUALIFIERS = new HashMap<>();

	/** A German compound number word ("einundzwanzig"), folded. */
	private static final Pattern GERMAN_COMPOUND = Pattern
		.compile("(?<unitword>ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und"
				+ "(?<tens>zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)");

	private static final Map<String, Double> NUMBER_WORDS = new HashMap<>();

	private static final AnchoredPattern FRACTION;

	private static final Map<String, Double> FRACTIONS = new HashMap<>();

	static {
		List<String> units = new ArrayList<>();
		for (String[] row : Cues.rows("units.tsv")) {
			units.add(row[0]);
			UNITS.put(row[0].toLowerCase(Locale.ROOT), row);
		}
		UNIT = Pattern.compile("\\G(?:\\s*|-)(?<unit>" + Cues.alternatives(units).pattern() + ")");
		List<String> before = new ArrayList<>();
		for (String[] row : Cues.rows("qualifiers.tsv")) {
			QUALIFIERS.put(row[0].toLowerCase(Locale.ROOT), row[1]);
			if (row[2].equals("before")) {
				before.add(row[0]);
			}
		}
		QUALIFIER_BEFORE = Pattern.compile("(?<![\\p{L}])(?<q>" + Cues.alternatives(before).pattern() + ")\\s*$");
		for (String[] row : Cues.rows("number-words.tsv")) {
			NUMBER_WORDS.put(folded(row[0]), Double.valueOf(row[1]));
		}
		List<String> fractions = new ArrayList<>();
		for (String[] row : Cues.rows("fractions.tsv")) {
			fractions.add(row[0]);
			FRACTIONS.put(row[0].toLowerCase(Locale.ROOT), Double.valueOf(row[1]));
		}
		FRACTION = new AnchoredPattern("(?<![\\p{L}])" + Cues.alternatives(fractions).pattern());
	}

	/** Chinese numerals; a run is a quantity only before a classifier or unit. */
	private static final Pattern CHINESE_NUMERAL = Pattern.compile("[零一二两三四五六七八九十百千万亿]+");

	/** Currency signs before a number: "$290 million", "US$ 1.2 billion", "€5 Mrd." */
	private static final Pattern CURRENCY_BEFORE = Pattern
		.compile("(?<sign>US\\$|HK\\$|\\$|€|¥|￥|RMB|USD|EUR|CNY)\\s?$");

	/** Words that number a part of the text right before a bare number. */
	private static final Pattern NUMBERING = Pattern.compile(
			"(?i)(?:\\bgroup|\\bgruppe|\\bpart|\\bteil|\\bsection|\\babschnitt|\\bno\\.|\\bnr\\.|\\bphase|第)\\s*$");

	/**
	 * A month name next to a number makes it a day: "March 12", "12 March", "am 12.
	 * März".
	 */
	private static final Pattern MONTH = Pattern.compile(
			"(?i)(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|märz|mar(?:ch)?|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\\.?");

	private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b" + MONTH.pattern() + "\\s*$");

	private static final Pattern MONTH_AFTER = Pattern.compile("\\G\\s*" + MONTH.pattern() + "(?![\\p{L}])");

	/** What a bare number followed by one of these is: a time, a year, an age. */
	private static final Pattern NOT_COUNTED = Pattern.compile(
			"(?i)\\G\\s*(?:years?|jahre?n?|jährige?n?|uhr|o'clock|a\\.m\\.|p\\.m\\.|am\\b|pm\\b|mal\\b|times\\b|th\\b|st\\b|nd\\b|rd\\b|\\+|:|/|-year|-jährig|月|日|号|年|届|期|周|季度|时|点|岁|版|号线|型|代)");

	/** Words after the number: a noun phrase of up to four words. */
	private static final Pattern LATIN_NOUN = Pattern
		.compile("\\G\\s+(?<noun>[\\p{IsLatin}][\\p{IsLatin}\\-]*(?:\\s+[\\p{IsLatin}][\\p{IsLatin}\\-]*){0,3})");

	/** Words that end the noun phrase after a count. */
	private static final java.util.Set<String> STOP_WORDS = new java.util.HashSet<>(java.util.Arrays.asList("of", "in",
			"with", "and", "from", "to", "were", "was", "have", "has", "had", "that", "which", "for", "at", "on", "by",
			"are", "is", "will", "would", "worth", "as", "into", "across", "covering", "including", "totalling",
			"totaling", "the", "a", "an", "or", "mit", "in", "aus", "und", "von", "für", "im", "der", "die", "das",
			"den", "dem", "des", "wurden", "haben", "sind", "wird", "werden", "hat", "ist", "mehr", "als", "zu", "zur",
			"zum", "auf", "bei", "sowie", "oder", "an", "am", "um", "über", "nach", "seit"));

	/** Words that make a "two" the two parties: "the two cities", "die beiden Städte". */
	private static final Pattern PARTIES = Pattern.compile(
			"(?i)^(?:cities|sides|provinces|places|parties|regions|countries|municipalities|städte|seiten|provinzen|länder|regionen|parteien|orte)\\b");

	/** "two sides", "zwei Seiten": the parties, with or without an article. */
	private static final Pattern SIDES = Pattern.compile("(?i)^(?:sides|parties|seiten|parteien)\\b");

	private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:the|die|den|der|these|diese|both)\\s*$");

	/** Chinese classifiers of the two parties of a cooperation: 两地, 两市, 两省, 双城. */
	private static final Pattern CHINESE_PARTIES = Pattern.compile("^(?:两|双|二)(?:地|市|省|区|国|城|方|岸|县|镇)");

	private static final Pattern RANGE = Pattern.compile("^\\s*(?:-|–|—|~|～|至)\\s*$");

	private static final Pattern DIGITS = Pattern.compile("(\\d+(?:[.,]\\d+)*)");

	private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,3}");

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	private static final Pattern GERMAN_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern HAN_NOUN_AFTER = Pattern.compile("\\G[\\p{IsHan}]{1,8}");

	private Quantities() {
	}

	/** A number found in a sentence, before its unit is read. */
	private record Number(int start, int end, double value, String kind) {

	}

	/**
	 * The quantities of a sentence, in order. Cost: linear in the sentence (the number,
	 * numeral and word patterns are tried once each over it, then a look at what follows
	 * each number).
	 */
	public static List<Quantity> find(String text, Sentence sentence) {
		String s = sentence.text();
		List<Number> numbers = numbers(s, sentence.language());
		List<Quantity> found = new ArrayList<>();
		for (Number number : numbers) {
			Quantity quantity = read(s, sentence, number);
			if (quantity != null) {
				found.add(quantity);
			}
		}
		return joined(s, sentence.start(), found);
	}

	private static List<Number> numbers(String s, String language) {
		List<Number> numbers = new ArrayList<>();
		if (hasAsciiDigit(s)) {
			AnchoredPattern.Finder digits = NUMBER.in(s);
			while (digits.find()) {
				Matcher m = digits.match();
				String written = m.group(1);
				int after = m.end();
				if (after < s.length() && s.charAt(after) == '.' && SHORT_NUMBER.matcher(written).matches()
						&& (after + 1 == s.length() || s.charAt(after + 1) == ' ')) {
					String rest = s.substring(after + 1).stripLeading();
					if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
						continue;
					}
				}
				numbers.add(new Number(m.start(1), m.end(1), parse(written, language), "digits"));
			}
		}
		if (hasHanNumeral(s)) {
			Matcher m = CHINESE_NUMERAL.matcher(s);
			while (m.find()) {
				Double value = chinese(m.group());
				if (value != null) {
					numbers.add(new Number(m.start(), m.end(), value, "numeral"));
				}
			}
			if (s.contains("分之") || s.contains("一半")) {
				AnchoredPattern.Finder fractions = FRACTION.in(s);
				while (fractions.find()) {
					Matcher f = fractions.match();
					numbers.add(new Number(f.start(), f.end(), FRACTIONS.get(f.group().toLowerCase(Locale.ROOT)),
							"fraction"));
				}
			}
		}
		if (!language.equals("zh")) {
			numberWords(s, numbers);
			AnchoredPattern.Finder fractions = FRACTION.in(s);
			while (fractions.find()) {
				Matcher f = fractions.match();
				numbers
					.add(new Number(f.start(), f.end(), FRACTIONS.get(f.group().toLowerCase(Locale.ROOT)), "fraction"));
			}
		}
		numbers.sort(java.util.Comparator.comparingInt(Number::start));
		List<Number> kept = new ArrayList<>();
		int covered = -1;
		for (Number number : numbers) {
			if (number.start() >= covered) {
				kept.add(number);
				covered = number.end();
			}
		}
		return kept;
	}

	/**
	 * Number words ({@code ingest/cues/number-words.tsv}: "twelve", "Dutzend") and German
	 * compounds ("einundzwanzig"): whole words, in any case, not right after a digit or a
	 * hyphen. Each word of the sentence is looked up once by its folded letters.
	 */
	private static void numberWords(String s, List<Number> numbers) {
		int n = s.length();
		int i = 0;
		while (i < n) {
			int c = s.codePointAt(i);
			if (!Character.isLetter(c)) {
				i += Character.charCount(c);
				continue;
			}
			int start = i;
			while (i < n && Character.isLetter(c = s.codePointAt(i))) {
				i += Character.charCount(c);
			}
			int before = (start > 0) ? s.codePointBefore(start) : ' ';
			if ((before >= '0' && before <= '9') || before == '-') {
				continue;
			}
			String word = folded(s.substring(start, i));
			Double value = NUMBER_WORDS.get(word);
			if (value == null) {
				Matcher compound = GERMAN_COMPOUND.matcher(word);
				if (compound.matches()) {
					value = germanUnits(compound.group("unitword")) + NUMBER_WORDS.get(compound.group("tens"));
				}
			}
			if (value != null) {
				numbers.add(new Number(start, i, value, "word"));
			}
		}
	}

	/** A word with its case folded as a case-insensitive pattern compares chars. */
	private static String folded(String word) {
		StringBuilder folded = new StringBuilder(word.length());
		word.codePoints().forEach((c) -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
		return folded.toString();
	}

	private static double germanUnits(String word) {
		return switch (word) {
			case "ein" -> 1;
			case "zwei" -> 2;
			case "drei" -> 3;
			case "vier" -> 4;
			case "fünf" -> 5;
			case "sechs" -> 6;
			case "sieben" -> 7;
			case "acht" -> 8;
			default -> 9;
		};
	}

	/** A number with what follows it, or null when it is no quantity. */
	private static Quantity read(String s, Sentence sentence, Number number) {
		int at = number.end();
		String qualifier = null;
		Matcher m = AFTER_QUALIFIER.matcher(s);
		if (at < s.length() && m.region(at, s.length()).lookingAt()) {
			qualifier = "more_than";
			at = m.end();
		}
		String scale = null;
		m = SCALE.matcher(s);
		if (!number.kind().equals("fraction") && at < s.length() && m.region(at, s.length()).lookingAt()) {
			scale = m.group("scale");
			at = m.end();
			m = AFTER_QUALIFIER.matcher(s);
			if (at < s.length() && m.region(at, s.length()).lookingAt()) {
				qualifier = "more_than";
				at = m.end();
			}
		}
		String unit = null;
		String nounClassifier = null;
		double factor = 1;
		m = UNIT.matcher(s);
		if (!number.kind().equals("fraction") && at < s.length() && m.region(at, s.length()).lookingAt()) {
			String[] row = UNITS.get(m.group("unit").toLowerCase(Locale.ROOT));
			if (row != null) {
				unit = row[1];
				factor = Double.parseDouble(row[2]);
				at = m.end();
				if (row.length > 3 && row[3].equals("noun")) {
					nounClassifier = row[0];
				}
			}
		}
		int start = number.start();
		String before = s.substring(Math.max(0, start - 20), start);
		Matcher sign = CURRENCY_BEFORE.matcher(before);
		if (unit == null && sign.find()) {
			unit = switch (sign.group("sign")) {
				case "$", "US$", "USD" -> "USD";
				case "HK$" -> "HKD";
				case "€", "EUR" -> "EUR";
				default -> "CNY";
			};
			start -= before.length() - sign.start();
		}
		if (number.kind().equals("fraction")) {
			unit = "percent";
		}
		m = TRAILING_QUALIFIER.matcher(s);
		if (at < s.length() && m.region(at, s.length()).lookingAt()) {
			qualifier = QUALIFIERS.get(m.group("q"));
			at = m.end();
		}
		String language = sentence.language();
		String counted = null;
		boolean chineseContext = number.kind().equals("numeral") || isHan(s, number.end())
				|| (unit != null && isHan(s, at - 1));
		if (unit == null && scale == null) {
			if (number.kind().equals("digits") && YEAR.matcher(s.substring(number.start(), number.end())).matches()) {
				return null;
			}
			if (number.kind().equals("numeral") || number.kind().equals("digits") && isHan(s, number.end())) {
				return null;
			}
			if (MONTH_BEFORE.matcher(before).find()
					|| MONTH_AFTER.matcher(s).region(number.end(), s.length()).lookingAt()
					|| NOT_COUNTED.matcher(s).region(number.end(), s.length()).lookingAt()
					|| NUMBERING.matcher(before).find()) {
				return null;
			}
			if (number.end() < s.length() && Character.isLetter(s.charAt(number.end()))) {
				return null;
			}
			counted = latinNoun(s, number.end());
			if (counted == null) {
				if (!number.kind().equals("digits")) {
					return null;
				}
			}
			else if (number.value() == 2
					&& (ARTICLE_BEFORE.matcher(before).find() && PARTIES.matcher(counted).lookingAt()
							|| SIDES.matcher(counted).lookingAt())) {
				return null;
			}
			unit = "count";
		}
		else if (unit == null) {
			unit = followedByCurrencyWord(s, at) ? "CNY" : "count";
			if (unit.equals("count") && !chineseContext) {
				counted = latinNoun(s, at);
			}
		}
		if (unit.equals("count") && chineseContext) {
			if (number.kind().equals("numeral")
					&& (number.value() == 1 && s.charAt(number.start()) == '一' && number.end() - number.start() == 1
							|| CHINESE_PARTIES.matcher(s.substring(number.start())).lookingAt())) {
				return null;
			}
			Matcher noun = HAN_NOUN_AFTER.matcher(s);
			if (nounClassifier != null) {
				counted = nounClassifier;
			}
			else if (at < s.length() && noun.region(at, s.length()).lookingAt()) {
				counted = noun.group();
			}
		}
		if (number.kind().equals("numeral") && unit.equals("count") && scale == null
				&& (number.start() > 0 && "第周星期礼拜".indexOf(s.charAt(number.start() - 1)) >= 0)) {
			return null;
		}
		if (number.kind().equals("digits") && number.start() > 0 && s.charAt(number.start() - 1) == '第') {
			return null;
		}
		if (qualifier == null) {
			Matcher q = QUALIFIER_BEFORE.matcher(before.substring(Math.max(0, before.length() - 14)));
			if (q.find()) {
				qualifier = QUALIFIERS.get(q.group("q").toLowerCase(Locale.ROOT));
			}
		}
		double value = number.value() * factor(scale, language) * factor;
		int end = Math.max(at, number.end());
		return new Quantity(sentence.start() + start, sentence.start() + end, value, unit,
				s.substring(start, end).strip(), qualifier, null, null, counted);
	}

	/**
	 * Joins a conversion in brackets to the sum before it and the two ends of a range;
	 * offsets are the sentence's {@code offset} plus the sentence's own.
	 */
	private static List<Quantity> joined(String s, int offset, List<Quantity> found) {
		List<Quantity> joined = new ArrayList<>();
		for (int k = 0; k < found.size(); k++) {
			Quantity q = found.get(k);
			if (k + 1 < found.size()) {
				Quantity next = found.get(k + 1);
				String between = s.substring(q.end() - offset, next.start() - offset);
				boolean money = isMoney(q.unit()) && isMoney(next.unit());
				if (money && conversion(between) && !next.unit().equals(q.unit())) {
					joined.add(new Quantity(q.start(), next.end(), q.value(), q.unit(), q.text(), q.qualifier(),
							next.value(), next.unit(), q.counted()));
					k++;
					continue;
				}
				if (RANGE.matcher(between).matches() && q.counted() == null) {
					double low = q.unit().equals(next.unit()) ? q.value()
							: q.unit().equals("count") ? q.value() * next.value() / number(next) : Double.NaN;
					if (low < next.value()) {
						joined.add(new Quantity(q.start(), next.end(), low, next.unit(),
								s.substring(q.start() - offset, next.end() - offset), q.qualifier(), next.value(),
								next.unit(), next.counted()));
						k++;
						continue;
					}
				}
			}
			joined.add(q);
		}
		return joined;
	}

	/** The number as written of a quantity (its value without scale), for ranges. */
	private static double number(Quantity q) {
		Matcher m = DIGITS.matcher(q.text());
		if (m.find()) {
			double written = parse(m.group(1), "en");
			return (written == 0) ? 1 : written;
		}
		return 1;
	}

	private static boolean isMoney(String unit) {
		return unit.equals("CNY") || unit.equals("USD") || unit.equals("EUR") || unit.equals("HKD");
	}

	/**
	 * Text between a sum and a bracketed conversion: " (", "（约", " (rund ", "(about ".
	 */
	private static boolean conversion(String between) {
		String b = between.strip();
		if (!(b.startsWith("(") || b.startsWith("（"))) {
			return false;
		}
		String inside = b.substring(1).strip().toLowerCase(Locale.ROOT);
		return inside.isEmpty() || inside.length() <= 10 && (inside.matches(
				"(?:rund|etwa|ca\\.?|circa|about|around|roughly|approximately|some|nearly|约合|约|合|折合|相当于|umgerechnet|equivalent to)\\s*(?:\\$|us\\$|€)?"));
	}

	/** The noun phrase right after a number in English or German, up to a stop word. */
	private static String latinNoun(String s, int at) {
		Matcher m = LATIN_NOUN.matcher(s);
		if (at >= s.length() || !m.region(at, s.length()).lookingAt()) {
			return null;
		}
		List<String> words = new ArrayList<>();
		for (String word : m.group("noun").split("\\s+")) {
			if (STOP_WORDS.contains(word.toLowerCase(Locale.ROOT)) || MONTH.matcher(word).matches()) {
				break;
			}
			words.add(word);
		}
		if (words.isEmpty()) {
			return null;
		}
		return String.join(" ", words);
	}

	private static boolean isHan(String s, int at) {
		return at >= 0 && at < s.length()
				&& Character.UnicodeScript.of(s.codePointAt(at)) == Character.UnicodeScript.HAN;
	}

	private static boolean hasAsciiDigit(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
				return true;
			}
		}
		return false;
	}

	private static boolean hasHanNumeral(String s) {
		for (int i = 0; i < s.length(); i++) {
			if ("一二两三四五六七八九十百千分".indexOf(s.charAt(i)) >= 0) {
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
	 * The value of a run of Chinese numerals ("三十", "一百二十", "两万"), or null when the run
	 * is no well-formed number.
	 */
	static Double chinese(String run) {
		long total = 0;
		long section = 0;
		long digit = -1;
		for (int i = 0; i < run.length(); i++) {
			char c = run.charAt(i);
			int d = "零一二三四五六七八九".indexOf(c);
			if (c == '两') {
				d = 2;
			}
			if (d >= 0) {
				if (digit >= 0 && d != 0) {
					return null;
				}
				digit = d;
				continue;
			}
			long unit = switch (c) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				case '万' -> 10_000;
				case '亿' -> 100_000_000;
				default -> 0;
			};
			if (unit == 0) {
				return null;
			}
			if (unit >= 10_000) {
				if (digit < 0 && section == 0) {
					return null;
				}
				section += Math.max(digit, 0);
				total = (total + section) * unit;
				section = 0;
			}
			else {
				section += ((digit < 0) ? 1 : digit) * unit;
			}
			digit = -1;
		}
		return (double) (total + section + Math.max(digit, 0));
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
			case "bn", "bln" -> 1e9;
			case "milliarden", "milliarde", "mrd" -> 1e9;
			case "millionen", "million", "millions", "mio", "mn", "mln" -> 1e6;
			case "trillion", "trillions", "万亿", "萬億" -> 1e12;
			case "thousand", "tausend", "千" -> 1e3;
			case "千万", "千萬" -> 1e7;
			case "百万", "百萬" -> 1e6;
			case "亿", "億" -> 1e8;
			case "万", "萬" -> 1e4;
			default -> 1;
		};
	}

}
