package org.corridor.ingest.internal;

import java.util.Locale;

/**
 * A sentence: char offsets into the text, its language, the paragraph it is in, and
 * whether it belongs to an appended glossary or is a non-statement ("I cannot provide a
 * summary"). {@code lower} is the text in lower case ({@link Locale#ROOT}), made once so
 * that the stages looking for cue words do not each lower the sentence again; its offsets
 * may differ from the text's, so it is for finding words, not positions.
 */
public record Sentence(int start, int end, String text, String language, int paragraph, boolean glossary,
		String lower) {

	public Sentence(int start, int end, String text, String language, int paragraph, boolean glossary) {
		this(start, end, text, language, paragraph, glossary, text.toLowerCase(Locale.ROOT));
	}

	Sentence asGlossary() {
		return new Sentence(this.start, this.end, this.text, this.language, this.paragraph, true, this.lower);
	}

}
