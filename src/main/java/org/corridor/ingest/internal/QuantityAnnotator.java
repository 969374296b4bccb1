package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.corridor.ingest.internal.Annotation.Layer;

/** The quantities of each sentence outside a glossary ({@link Quantities}). */
public final class QuantityAnnotator implements Annotator {

	@Override
	public Set<Layer> requires() {
		return EnumSet.of(Layer.SENTENCES);
	}

	@Override
	public Set<Layer> provides() {
		return EnumSet.of(Layer.QUANTITIES);
	}

	@Override
	public void annotate(Annotation document) {
		document.quantities = new ArrayList<>(document.sentences.size());
		for (Sentence sentence : document.sentences) {
			document.checkpoint(sentence.start());
			document.quantities.add(sentence.glossary() ? List.of() : Quantities.find(document.text(), sentence));
		}
	}

}
