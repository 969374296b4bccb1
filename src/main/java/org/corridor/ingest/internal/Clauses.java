package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of a sentence, for deciding which words belong to which quantity: "Yubei
 * aims for 1,500 high-tech enterprises by 2027, while Chengdu targets R&amp;D spending of
 * 120 billion yuan by 2026" has two. A clause ends at a semicolon (; ；), a Chinese comma
 * (，), an English or German comma followed by a space (not "1,81"), before "while",
 * "whereas", "während" and 而, and before "and" / "und" between two numbers ("6 platforms
 * by 2028 and 1,000 enterprises by 2027").
 */
public final class Clauses {

	private static final List<String> JOINING_WORDS = List.of(" while ", " whereas ", " während ");

	private final int start;

	private final int[] bounds;

	private Clauses(int start, int[] bounds) {
		this.start = start;
		this.bounds = bounds;
	}

	/** The clause bounds of a sentence. Cost: one pass over its text. */
	public static Clauses of(Sentence sentence) {
		String text = sentence.text();
		String lower = sentence.lower();
		List<Integer> bounds = new ArrayList<>();
		bounds.add(0);
		int[] digits = null;
		int[] commas = null;
		boolean wordsComparable = lower.length() == text.length();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean bound = c == ';' || c == '；' || c == '，' || c == '而'
					|| (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ');
			if (!bound && c == ' ' && wordsComparable) {
				for (String word : JOINING_WORDS) {
					if (lower.startsWith(word, i)) {
						bound = true;
						break;
					}
				}
			}
			if (!bound && c == ' ' && wordsComparable
					&& (lower.startsWith(" and ", i) || lower.startsWith(" und ", i))) {
				if (digits == null) {
					digits = digitsBefore(text);
					commas = nextCommas(text);
				}
				int last = bounds.get(bounds.size() - 1);
				bound = digits[i] > digits[last] && digits[commas[i]] > digits[i];
			}
			if (bound) {
				bounds.add(i + 1);
			}
		}
		bounds.add(text.length());
		return new Clauses(sentence.start(), bounds.stream().mapToInt(Integer::intValue).toArray());
	}

	/** {@code digits[i]}: how many digits stand before char i. */
	private static int[] digitsBefore(String text) {
		int[] digits = new int[text.length() + 1];
		for (int i = 0; i < text.length(); i++) {
			digits[i + 1] = digits[i] + (Character.isDigit(text.charAt(i)) ? 1 : 0);
		}
		return digits;
	}

	/**
	 * {@code commas[i]}: the first comma or semicolon at or after char i, or the length.
	 */
	private static int[] nextCommas(String text) {
		int[] commas = new int[text.length() + 1];
		commas[text.length()] = text.length();
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			commas[i] = (c == ',' || c == ';' || c == '，' || c == '；') ? i : commas[i + 1];
		}
		return commas;
	}

	/**
	 * The clause around a char offset of the text, as {start, end} char offsets of the
	 * text.
	 */
	public int[] around(int offset) {
		int relative = offset - this.start;
		for (int k = 1; k < this.bounds.length; k++) {
			if (relative < this.bounds[k] || k == this.bounds.length - 1) {
				return new int[] { this.start + this.bounds[k - 1], this.start + this.bounds[k] };
			}
		}
		return new int[] { this.start, this.start };
	}

}
