package org.corridor.ingest.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences, their languages and the document's language. */
class SentenceAnnotatorTests {

	/** Asserts the sentences of a text, as text, and returns the annotation. */
	static Annotation assertSentences(String text, String language, String... sentences) {
		Annotation document = Stages.upTo(SentenceAnnotator.class, text, null);
		assertThat(document.sentences()).extracting(Sentence::text).containsExactly(sentences);
		assertThat(document.language()).isEqualTo(language);
		return document;
	}

	@Test
	void splitsRealSentencesButNotAtOrdinalsOrAbbreviations() {
		assertSentences("Am 7. Januar besuchte die Delegation Shanghai. Die Jiangsu Zenergy Co. Ltd. baut.", "de",
				"Am 7. Januar besuchte die Delegation Shanghai.", "Die Jiangsu Zenergy Co. Ltd. baut.");
		assertSentences("9月16日，长三角城市经济协调会在连云港召开。会议审议通过了文件。", "zh", "9月16日，长三角城市经济协调会在连云港召开。", "会议审议通过了文件。");
	}

	@Test
	void cutsAStretchWithoutSentenceEndsIntoBoundedPieces() {
		String words = "abc ".repeat(1000);
		Annotation document = Stages.upTo(SentenceAnnotator.class, words, null);
		assertThat(document.sentences()).hasSizeGreaterThan(3)
			.allSatisfy((s) -> assertThat(s.text().length()).isLessThanOrEqualTo(Sentences.MAX_LENGTH));
	}

}
