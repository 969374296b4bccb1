package org.corridor.ingest.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicators outside the controlled vocabulary, kept as the words the text names them by:
 * "技术合同成交额达到120亿元", "the number of technology contracts reached 3,200", "die Zahl der
 * Technologieverträge auf 3.200". Only a phrase that reads like an indicator counts — a
 * Chinese noun ending in 额, 量, 率, 收入, 产值, 增加值, 规模, 占比 …, an English or German "number /
 * share / value / turnover of …", "Zahl / Anteil / Umsatz der …" or a compound ending in
 * -umsatz, -volumen, -quote, -anteil — right before the quantity, joined by a verb of
 * reaching; so "58个项目" or "1.600 Unternehmen" stay no indicator.
 */
public final class FreeIndicators {

	private static final Pattern CHINESE = Pattern.compile(
			"([\\p{IsHan}]{2,16}?(?:成交额|总额|额|量|率|收入|产值|增加值|规模|占比|比重|数量))(?:达到|达|为|突破|超过|增至|增长至|提高到|提升至|实现|累计|共)?[约近超逾]?$");

	private static final Pattern ENGLISH = Pattern.compile(
			"(?i)\\b((?:number|value|share|volume|total) of [a-z][a-z&\\- ]{2,50}?|[a-z][a-z\\- ]{2,40}?(?:turnover|revenue|sales|exports|volume))\\s+(?:reached|rose to|grew to|climbed to|totalled|totaled|hit|to|at|of|was|stood at|exceeded|topped)\\s+(?:about |around |more than |over |nearly |some )?$");

	private static final Pattern GERMAN = Pattern.compile(
			"((?:Zahl|Anzahl|Anteil|Wert|Umsatz|Volumen|Summe) (?:der|des|an) [\\p{L}\\- ]{2,50}?|\\p{Lu}[\\p{L}\\-]*(?:umsatz|volumen|quote|anteil|zahl|wert))\\s+(?:auf|von|erreichte|betrug|lag bei|stieg auf|steigen auf|belief sich auf)\\s+(?:rund |etwa |mehr als |über |knapp )?$");

	private static final List<Pattern> PATTERNS = List.of(CHINESE, ENGLISH, GERMAN);

	/** Chinese words that end a subject or time before the indicator's name. */
	private static final Pattern CHINESE_LEAD = Pattern.compile("(?:全市|全区|全省|全县|全年|年度|年|的|，|、|该市|该区)");

	private static final Pattern TRAILING_PREPOSITION = Pattern.compile("(?i)\\s+(?:in|im|von|of|der|des|for)$");

	private static final Pattern LEADING_WORDS = Pattern.compile("(?i)^(?:'s|’s|s|the|its|their|die|der|des)\\s+");

	/**
	 * How far before a quantity (chars) its indicator's phrase may begin: longer than the
	 * longest phrase the patterns accept, so that a long clause costs no more per
	 * quantity than a short one.
	 */
	private static final int REACH = 120;

	private FreeIndicators() {
	}

	/**
	 * The words naming the indicator of a quantity whose text before it (from the start
	 * of its clause; char offsets of the text) ends in such a phrase, or null. A place
	 * named inside the phrase is left out with its preposition: "die Zahl der
	 * Technologieverträge in Wuxi" names "Zahl der Technologieverträge", "滁州市技术合同成交额"
	 * names 技术合同成交额. {@code places} are the {start, end} char offsets of the places and
	 * groupings named in the clause before the quantity.
	 */
	public static String find(String text, int clauseStart, int quantityStart, List<int[]> places) {
		clauseStart = Math.max(clauseStart, quantityStart - REACH);
		if (quantityStart <= clauseStart) {
			return null;
		}
		String before = text.substring(clauseStart, quantityStart);
		for (Pattern pattern : PATTERNS) {
			Matcher m = pattern.matcher(before);
			if (!m.find()) {
				continue;
			}
			int start = clauseStart + m.start(1);
			int end = clauseStart + m.end(1);
			for (int[] place : places) {
				if (place[0] >= start && place[1] <= end) {
					if (text.substring(place[1], end).isBlank()) {
						end = place[0];
					}
					else {
						start = place[1];
					}
				}
			}
			String name = clean(text.substring(start, end), pattern == CHINESE);
			return (name.length() >= 2) ? name : null;
		}
		return null;
	}

	private static String clean(String name, boolean chinese) {
		if (chinese) {
			Matcher lead = CHINESE_LEAD.matcher(name);
			int start = 0;
			while (lead.find()) {
				start = lead.end();
			}
			return name.substring(start);
		}
		String cleaned = TRAILING_PREPOSITION.matcher(name.strip()).replaceFirst("");
		cleaned = LEADING_WORDS.matcher(cleaned).replaceFirst("");
		return cleaned.strip();
	}

}
