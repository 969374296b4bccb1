package org.corridor.ingest.internal;

import java.util.List;

import org.corridor.geo.Gazetteer;
import org.corridor.ingest.internal.Annotation.Layer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The chain of annotators: assembled only in an order where each reads what is there. */
class PipelineTests {

	@Test
	void refusesAnAnnotatorThatReadsALayerNoEarlierOneAdds() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Pipeline(List.of(new SentenceAnnotator(), new EventAnnotator())))
			.withMessage("EventAnnotator reads PLACES, which no annotator before it adds");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Pipeline(List.of(new SentenceAnnotator(), new SentenceAnnotator())))
			.withMessage("SentenceAnnotator adds SENTENCES, which is added already");
	}

	@Test
	void theStandardChainAddsEveryLayerInTurn() {
		Pipeline standard = Pipeline.standard(Gazetteer.bundled());
		assertThat(standard.annotators()).extracting((a) -> a.getClass().getSimpleName())
			.containsExactly("SentenceAnnotator", "PlaceAnnotator", "OrganisationAnnotator", "FocusAnnotator",
					"TimeAnnotator", "QuantityAnnotator", "EventAnnotator", "FactAnnotator");
		assertThat(standard.annotators().stream().flatMap((a) -> a.provides().stream()))
			.containsExactly(Layer.values());
	}

	@Test
	void aLayerIsReadOnlyAfterItIsAdded() {
		Annotation sentencesOnly = Stages.upTo(SentenceAnnotator.class, "Ningbo und Shanghai.", null);
		assertThat(sentencesOnly.sentences()).hasSize(1);
		assertThatIllegalStateException().isThrownBy(sentencesOnly::events)
			.withMessage("layer EVENTS is read before an annotator provides it");
	}

}
