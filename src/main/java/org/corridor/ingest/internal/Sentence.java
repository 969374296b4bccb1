package org.corridor.ingest.internal;

/**
 * A sentence: char offsets into the text, its language, the paragraph it is in, and
 * whether it belongs to an appended glossary or is a non-statement ("I cannot provide a
 * summary").
 */
public record Sentence(int start, int end, String text, String language, int paragraph, boolean glossary) {

	Sentence asGlossary() {
		return new Sentence(this.start, this.end, this.text, this.language, this.paragraph, true);
	}

}
