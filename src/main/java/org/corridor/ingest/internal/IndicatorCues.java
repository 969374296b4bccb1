package org.corridor.ingest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The controlled indicator vocabulary with its cues in German, English and Chinese. A
 * quantity is named by the nearest cue whose indicator can have its unit (percent for
 * {@code rd_intensity}, yuan for {@code gdp}, a count for {@code high_tech_enterprises}
 * …), in its own clause first; growth words with a percentage turn {@code gdp} into
 * {@code gdp_growth}. So "3.500 Hightech-Unternehmen und eine F&amp;E-Intensität von 3,6
 * %" gives one of each, not two R&amp;D intensities.
 */
public final class IndicatorCues {

	private static final Map<String, List<String>> CUES = new LinkedHashMap<>();

	static {
		CUES.put("rd_intensity", List.of("f&e-quote", "f&e-intensität", "forschungsintensität", "r&d intensity",
				"r&d spending as a share", "研发投入强度", "研发强度", "研发经费投入强度"));
		CUES.put("rd_expenditure", List.of("f&e-ausgaben", "f&e-investitionen", "forschungsausgaben", "r&d expenditure",
				"r&d spending", "on r&d", "研发投入", "研发经费"));
		CUES.put("high_tech_enterprises", List.of("high-tech-unternehmen", "hightech-unternehmen",
				"hochtechnologieunternehmen", "high-tech enterprises", "high-tech companies", "高新技术企业"));
		CUES.put("national_platforms",
				List.of("nationale plattformen", "nationalen plattformen", "nationale innovationsplattformen",
						"nationalen innovationsplattformen", "national innovation platforms",
						"national-level innovation platforms", "national platforms", "national-level platforms",
						"国家级平台", "国家级创新平台", "国家级科技创新平台"));
		CUES.put("gdp", List.of("bruttoinlandsprodukt", "bip", "wirtschaftsleistung", "wirtschaftswachstum", "gdp",
				"economic output", "economic growth", "地区生产总值", "生产总值", "经济总量", "经济增长", "经济增速"));
		CUES.put("industrial_output", List.of("industrieproduktionswert", "industrieproduktion", "industrial output",
				"industrial revenue", "工业总产值", "工业产值"));
		CUES.put("patents", List.of("patente", "patents", "专利"));
	}

	private static final List<String> GROWTH = List.of("wachstum", "wachsen", "gewachsen", "zuwachs", "plus",
			"gestiegen", "wirtschaftswachstum", "growth", "grew", "grow", "up", "rose", "increase", "增长", "增速", "增幅");

	/**
	 * A growth word right before a percentage ("增长21%", "up 5.7 percent", "ein Plus von
	 * 5,9 %"): the percentage is a growth rate, of GDP or of something outside the
	 * vocabulary, never an intensity.
	 */
	private static final Pattern GROWTH_BEFORE = Pattern.compile(
			"(?:增长|增幅|增速|提高|\\bup|\\bgrew(?: by)?|\\brose(?: by)?|\\bgrowth of|\\bplus von|\\bplus|\\bwachstum von|\\bum)\\s*(?:约|近|超过|了)?\\s*$");

	/**
	 * How much farther (chars) a cue after the quantity counts than one before it, in its
	 * clause.
	 */
	private static final int AFTER = 30;

	/** How far (chars) a cue outside the quantity's clause may be from it. */
	private static final int NEAR = 80;

	private IndicatorCues() {
	}

	/**
	 * The indicator a sentence speaks of for a quantity of the given unit, or null. Cost:
	 * one search of the lower-cased sentence per cue until one is found.
	 */
	public static String indicator(Sentence sentence, String unit) {
		String lower = sentence.lower();
		for (Map.Entry<String, List<String>> entry : CUES.entrySet()) {
			for (String cue : entry.getValue()) {
				if (contains(lower, cue)) {
					String indicator = entry.getKey();
					if (indicator.equals("gdp") && unit.equals("percent")) {
						return GROWTH.stream().anyMatch((word) -> contains(lower, word)) ? "gdp_growth" : null;
					}
					if (indicator.equals("gdp") && !unit.equals("CNY")) {
						return null;
					}
					return indicator;
				}
			}
		}
		return null;
	}

	/**
	 * The indicator of one quantity of a sentence, or null: the nearest cue that fits the
	 * quantity's unit inside the clause {@code clause} (char offsets of the text), one
	 * before the quantity rather than one after it; with {@code outsideClause}, failing
	 * that, the nearest within {@value #NEAR} chars outside the clause. Cost: one search
	 * of the lower-cased sentence per cue.
	 */
	public static String indicator(Sentence sentence, Quantity quantity, int[] clause, boolean outsideClause) {
		String lower = sentence.lower();
		if (lower.length() != sentence.text().length()) {
			return indicator(sentence, quantity.unit());
		}
		int qStart = quantity.start() - sentence.start();
		int qEnd = quantity.end() - sentence.start();
		boolean growthRate = quantity.unit().equals("percent")
				&& GROWTH_BEFORE.matcher(lower.substring(Math.max(0, qStart - 14), qStart)).find();
		int clauseStart = clause[0] - sentence.start();
		int clauseEnd = clause[1] - sentence.start();
		boolean percent = quantity.unit().equals("percent");
		boolean growthInClause = percent && growthIn(lower, clauseStart, clauseEnd);
		boolean bareGrowth = growthRate && bareGrowth(lower, clauseStart, qStart);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		boolean bestInClause = false;
		for (Map.Entry<String, List<String>> entry : CUES.entrySet()) {
			String indicator = fitting(entry.getKey(), quantity.unit(), growthInClause);
			if (indicator == null || growthRate && !indicator.equals("gdp_growth")) {
				continue;
			}
			for (String cue : entry.getValue()) {
				for (int at = find(lower, cue, 0); at >= 0; at = find(lower, cue, at + 1)) {
					int end = at + cue.length();
					boolean inClause = at >= clauseStart && end <= clauseEnd;
					if (growthRate && !inClause && !bareGrowth) {
						continue;
					}
					int distance = (end <= qStart) ? qStart - end : (at >= qEnd) ? at - qEnd : 0;
					if (!inClause && (distance > NEAR || !outsideClause)) {
						continue;
					}
					if (at >= qEnd) {
						distance += inClause ? AFTER : NEAR;
					}
					boolean better = (inClause && !bestInClause)
							|| (inClause == bestInClause && distance < bestDistance);
					if (better) {
						best = indicator;
						bestDistance = distance;
						bestInClause = inClause;
					}
				}
			}
		}
		return best;
	}

	/**
	 * Whether the clause before a growth rate holds nothing but the growth words (", up
	 * 5.7 percent", "，增长5.2%"): then it is the growth of what the sentence named before;
	 * "技术合同成交额增长21%" is the growth of something else.
	 */
	private static boolean bareGrowth(String lower, int clauseStart, int quantityStart) {
		String before = lower.substring(clauseStart, quantityStart).strip();
		Matcher growth = GROWTH_BEFORE.matcher(before);
		return growth.find()
				&& before.substring(0, growth.start()).replaceAll("[\\s,，;；\\-–—(\\[\\]\\d]", "").length() <= 4;
	}

	/**
	 * The indicator a cue of {@code indicator} gives a quantity of {@code unit}, or null;
	 * {@code growthInClause}: whether the quantity's clause has a growth word.
	 */
	private static String fitting(String indicator, String unit, boolean growthInClause) {
		return switch (indicator) {
			case "gdp" -> unit.equals("CNY") ? "gdp" : unit.equals("percent") && growthInClause ? "gdp_growth" : null;
			case "rd_intensity" -> unit.equals("percent") ? indicator : null;
			case "rd_expenditure", "industrial_output" -> unit.equals("CNY") ? indicator : null;
			default -> unit.equals("count") ? indicator : null;
		};
	}

	private static boolean growthIn(String lower, int start, int end) {
		String clause = lower.substring(start, end);
		return GROWTH.stream().anyMatch((word) -> contains(clause, word));
	}

	/** The next occurrence of a cue as {@link #contains} defines it, or -1. */
	private static int find(String lower, String cue, int from) {
		boolean han = Character.UnicodeScript.of(cue.charAt(0)) == Character.UnicodeScript.HAN;
		while (true) {
			int at = lower.indexOf(cue, from);
			if (at < 0 || han) {
				return at;
			}
			int end = at + cue.length();
			boolean startOk = at == 0 || !Character.isLetter(lower.charAt(at - 1));
			boolean endOk = end >= lower.length() || !Character.isLetter(lower.charAt(end))
					|| cue.equals("bip") && lower.startsWith("s", end);
			if (startOk && endOk) {
				return at;
			}
			from = at + 1;
		}
	}

	/**
	 * Whether the cue occurs as a word (Latin cues) or anywhere (Chinese cues).
	 */
	static boolean contains(String lower, String cue) {
		return find(lower, cue, 0) >= 0;
	}

}
