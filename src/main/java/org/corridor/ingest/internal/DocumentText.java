package org.corridor.ingest.internal;

import java.util.List;

import org.corridor.ingest.Extraction;
import org.corridor.ingest.Extraction.Span;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored document read back for display: its text, its extraction and its sentences,
 * with the conversion from the extraction's code-point offsets to the text's char indices
 * (they differ where the text holds characters outside the Basic Multilingual Plane).
 */
final class DocumentText {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final String text;

	private final Extraction extraction;

	private final List<Sentence> sentences;

	private final int codePoints;

	private DocumentText(String text, Extraction extraction) {
		this.text = text;
		this.extraction = extraction;
		this.sentences = Sentences.split(text);
		this.codePoints = text.codePointCount(0, text.length());
	}

	static DocumentText of(String text, String extractionJson) {
		return new DocumentText(text, JSON.readValue(extractionJson, Extraction.class));
	}

	String text() {
		return this.text;
	}

	Extraction extraction() {
		return this.extraction;
	}

	List<Sentence> sentences() {
		return this.sentences;
	}

	/** The char index of a code-point offset, clamped to the text. */
	int charIndex(int codePoint) {
		if (codePoint <= 0) {
			return 0;
		}
		if (codePoint >= this.codePoints) {
			return this.text.length();
		}
		return this.text.offsetByCodePoints(0, codePoint);
	}

	/** The code-point offset of a char index. */
	int codePoint(int charIndex) {
		return this.text.codePointCount(0, Math.min(charIndex, this.text.length()));
	}

	/**
	 * The index of the sentence holding a char index, or of the last sentence starting
	 * before it; -1 before the first sentence.
	 */
	int sentenceAt(int charIndex) {
		int found = -1;
		for (int k = 0; k < this.sentences.size(); k++) {
			Sentence s = this.sentences.get(k);
			if (s.start() > charIndex) {
				break;
			}
			found = k;
			if (charIndex < s.end()) {
				break;
			}
		}
		return found;
	}

	/** The sentence an evidence span begins in; -1 without evidence. */
	int sentenceOf(Span evidence) {
		if (evidence == null || evidence.end() <= evidence.start()) {
			return -1;
		}
		return sentenceAt(charIndex(evidence.start()));
	}

	/** Whether a sentence belongs to an appended glossary or is a refusal. */
	boolean glossary(int sentence) {
		return sentence >= 0 && this.sentences.get(sentence).glossary();
	}

}
