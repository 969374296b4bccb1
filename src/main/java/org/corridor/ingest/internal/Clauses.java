package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of a sentence, for deciding which words belong to which quantity: "Yubei
 * aims for 1,500 high-tech enterprises by 2027, while Chengdu targets R&amp;D spending of
 * 120 billion yuan by 2026" has two. A clause ends at a semicolon (; ；), a Chinese comma
 * (，), an English or German comma followed by a space (not "1,81"), and before "while",
 * "whereas", "während" and 而.
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
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean bound = c == ';' || c == '；' || c == '，' || c == '而'
					|| (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ');
			if (!bound && c == ' ' && lower.length() == text.length()) {
				for (String word : JOINING_WORDS) {
					if (lower.startsWith(word, i)) {
						bound = true;
						break;
					}
				}
			}
			if (bound) {
				bounds.add(i + 1);
			}
		}
		bounds.add(text.length());
		return new Clauses(sentence.start(), bounds.stream().mapToInt(Integer::intValue).toArray());
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
