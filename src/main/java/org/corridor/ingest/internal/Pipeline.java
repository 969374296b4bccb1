package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.corridor.geo.Gazetteer;
import org.corridor.geo.RegionResolver;
import org.corridor.ingest.internal.Annotation.Layer;

/**
 * The annotators in the order they run, checked when assembled: each reads only layers
 * that an earlier one adds, and no layer is added twice.
 */
public final class Pipeline {

	private final List<Annotator> annotators;

	public Pipeline(List<Annotator> annotators) {
		Set<Layer> available = EnumSet.noneOf(Layer.class);
		for (Annotator annotator : annotators) {
			for (Layer layer : annotator.requires()) {
				if (!available.contains(layer)) {
					throw new IllegalArgumentException(annotator.getClass().getSimpleName() + " reads " + layer
							+ ", which no annotator before it adds");
				}
			}
			for (Layer layer : annotator.provides()) {
				if (!available.add(layer)) {
					throw new IllegalArgumentException(
							annotator.getClass().getSimpleName() + " adds " + layer + ", which is added already");
				}
			}
		}
		this.annotators = List.copyOf(annotators);
	}

	/**
	 * The reading of news: sentences, places, organisations, focus, times, quantities,
	 * events, facts.
	 */
	public static Pipeline standard(Gazetteer gazetteer) {
		return new Pipeline(List.of(new SentenceAnnotator(), new PlaceAnnotator(new RegionResolver(gazetteer)),
				new OrganisationAnnotator(), new FocusAnnotator(), new TimeAnnotator(), new QuantityAnnotator(),
				new EventAnnotator(), new FactAnnotator()));
	}

	/** Runs every annotator on the document, in order. */
	public Annotation annotate(Annotation document) {
		for (Annotator annotator : this.annotators) {
			annotator.annotate(document);
			document.provided(annotator.provides());
		}
		return document;
	}

	/** The annotators, in order. */
	public List<Annotator> annotators() {
		return new ArrayList<>(this.annotators);
	}

}
