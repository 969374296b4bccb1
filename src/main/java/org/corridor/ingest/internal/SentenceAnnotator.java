package org.corridor.ingest.internal;

import java.util.EnumSet;
import java.util.Set;

import org.corridor.ingest.internal.Annotation.Layer;
import org.corridor.support.Languages;

/**
 * Sentences ({@link Sentences}: ends, paragraphs, the language of each, glossaries and
 * refusals marked) and the language of the document.
 */
public final class SentenceAnnotator implements Annotator {

	@Override
	public Set<Layer> requires() {
		return EnumSet.noneOf(Layer.class);
	}

	@Override
	public Set<Layer> provides() {
		return EnumSet.of(Layer.SENTENCES);
	}

	@Override
	public void annotate(Annotation document) {
		document.sentences = Sentences.split(document.text());
		document.language = Languages.detect(document.text());
	}

}
