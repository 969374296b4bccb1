package org.corridor.ingest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controlled indicator vocabulary with its cues in German, English and Chinese. The
 * first indicator whose cue a sentence contains names the quantity; growth cues with a
 * percentage turn {@code gdp} into {@code gdp_growth}.
 */
public final class IndicatorCues {

	private static final Map<String, List<String>> CUES = new LinkedHashMap<>();

	static {
		CUES.put("rd_intensity", List.of("f&e-quote", "f&e-intensität", "forschungsintensität", "r&d intensity",
				"r&d spending as a share", "研发投入强度", "研发强度", "研发经费投入强度"));
		CUES.put("rd_expenditure", List.of("f&e-ausgaben", "f&e-investitionen", "forschungsausgaben", "r&d expenditure",
				"r&d spending", "研发投入", "研发经费"));
		CUES.put("high_tech_enterprises", List.of("high-tech-unternehmen", "hightech-unternehmen",
				"hochtechnologieunternehmen", "high-tech enterprises", "high-tech companies", "高新技术企业"));
		CUES.put("national_platforms", List.of("nationale plattformen", "nationalen plattformen", "national platforms",
				"national-level platforms", "国家级平台", "国家级创新平台", "国家级科技创新平台"));
		CUES.put("gdp", List.of("bruttoinlandsprodukt", "bip", "wirtschaftsleistung", "gdp", "economic output",
				"地区生产总值", "生产总值", "经济总量"));
		CUES.put("industrial_output",
				List.of("industrieproduktion", "industrial output", "industrial revenue", "工业总产值", "工业产值"));
		CUES.put("patents", List.of("patente", "patents", "专利"));
	}

	private static final List<String> GROWTH = List.of("wachstum", "wachsen", "gewachsen", "growth", "grew", "grow",
			"增长", "增速");

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
						return GROWTH.stream().anyMatch(lower::contains) ? "gdp_growth" : null;
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
	 * Whether the cue occurs as a word (Latin cues) or anywhere (Chinese cues).
	 */
	static boolean contains(String lower, String cue) {
		if (Character.UnicodeScript.of(cue.charAt(0)) == Character.UnicodeScript.HAN) {
			return lower.contains(cue);
		}
		int from = 0;
		while (true) {
			int at = lower.indexOf(cue, from);
			if (at < 0) {
				return false;
			}
			boolean startOk = at == 0 || !Character.isLetter(lower.charAt(at - 1));
			int end = at + cue.length();
			boolean endOk = end >= lower.length() || !Character.isLetter(lower.charAt(end))
					|| cue.equals("bip") && lower.startsWith("s", end);
			if (startOk && endOk) {
				return true;
			}
			from = at + 1;
		}
	}

}
