package org.corridor.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corridor.geo.Gazetteer;
import org.corridor.geo.RegionResolver;

/** The annotators up to a stage, run on a text: what the stage tests read. */
final class Stages {

	private static final Gazetteer GAZETTEER = Gazetteer.bundled();

	private static final RegionResolver RESOLVER = new RegionResolver(GAZETTEER);

	private Stages() {
	}

	/** The standard annotators, in order, up to and including the given one. */
	static Annotation upTo(Class<? extends Annotator> last, String text, String published) {
		List<Annotator> all = List.of(new SentenceAnnotator(), new PlaceAnnotator(RESOLVER),
				new OrganisationAnnotator(), new FocusAnnotator(), new TimeAnnotator(), new QuantityAnnotator(),
				new EventAnnotator(), new FactAnnotator());
		List<Annotator> chain = new ArrayList<>();
		for (Annotator annotator : all) {
			chain.add(annotator);
			if (last.isInstance(annotator)) {
				break;
			}
		}
		return new Pipeline(chain)
			.annotate(new Annotation(GAZETTEER, text, (published != null) ? LocalDate.parse(published) : null, null));
	}

}
