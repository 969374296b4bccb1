package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 6c: what a quantity outside the controlled vocabulary counts or measures, as a
 * short English noun phrase normalised so that equal things read the same ("重大项目" =
 * "Großprojekte" = "major projects", {@code ingest/cues/counted-words.tsv}). Looked for
 * in the words the quantity stage found next to the number ("52个重大项目", "120
 * Großprojekte", "40 cooperation agreements"), then in the clause right before it
 * ("总投资1365.8亿元", "investment of 79.3 billion yuan", "Investitionsvolumen von 96,4
 * Milliarden Yuan"), the nearest entry winning. A noun phrase after a count that is not
 * in the list is kept in the text's words.
 */
public final class CountedWords {

	private static final Map<String, Pattern> FORMS = new HashMap<>();

	private static final Map<String, Map<String, String>> ENGLISH = new HashMap<>();

	/** How far before the number (chars) a counted word may stand. */
	private static final int BEFORE = 24;

	static {
		Map<String, List<String>> forms = new HashMap<>();
		for (String[] row : Cues.rows("counted-words.tsv")) {
			forms.computeIfAbsent(row[0], (k) -> new ArrayList<>()).add(row[1]);
			ENGLISH.computeIfAbsent(row[0], (k) -> new HashMap<>()).put(row[1].toLowerCase(Locale.ROOT), row[2]);
		}
		forms.forEach((language, list) -> FORMS.put(language, Cues.alternatives(list)));
	}

	private CountedWords() {
	}

	/**
	 * The name of what a quantity counts, or null when neither the words next to it nor
	 * the clause before it say.
	 * @param sentence the quantity's sentence
	 * @param quantity the quantity (char offsets of the text)
	 * @param clauseStart where its clause begins (a char offset of the text)
	 */
	public static String name(Sentence sentence, Quantity quantity, int clauseStart) {
		String language = FORMS.containsKey(sentence.language()) ? sentence.language() : "en";
		Pattern forms = FORMS.get(language);
		if (quantity.counted() != null) {
			Matcher m = forms.matcher(quantity.counted());
			if (m.find() && (language.equals("zh") || m.start() == 0 || !language.equals("de"))) {
				return english(language, m.group());
			}
			if (!language.equals("zh")) {
				return quantity.counted().toLowerCase(Locale.ROOT);
			}
		}
		int from = Math.max(clauseStart, quantity.start() - BEFORE) - sentence.start();
		int to = quantity.start() - sentence.start();
		if (to <= from) {
			return (quantity.counted() != null) ? quantity.counted() : null;
		}
		Matcher m = forms.matcher(sentence.text()).region(from, to);
		String last = null;
		while (m.find()) {
			last = m.group();
		}
		if (last != null) {
			return english(language, last);
		}
		return (quantity.counted() != null && language.equals("zh")) ? quantity.counted() : null;
	}

	private static String english(String language, String form) {
		return ENGLISH.get(language).getOrDefault(form.toLowerCase(Locale.ROOT), form.toLowerCase(Locale.ROOT));
	}

}
