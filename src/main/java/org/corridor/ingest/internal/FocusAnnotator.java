package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.ingest.Extraction.Actor;
import org.corridor.ingest.Extraction.Span;
import org.corridor.ingest.internal.Annotation.Layer;
import org.corridor.ingest.internal.Annotation.Named;

/**
 * What the document is about: the region named most often outside organisation names and
 * the glossary, the grouping named most often, and the places and groupings (in text
 * order) a target or figure may be of.
 */
public final class FocusAnnotator implements Annotator {

	@Override
	public Set<Layer> requires() {
		return EnumSet.of(Layer.SENTENCES, Layer.PLACES, Layer.ORGANISATIONS);
	}

	@Override
	public Set<Layer> provides() {
		return EnumSet.of(Layer.FOCUS);
	}

	@Override
	public void annotate(Annotation document) {
		document.mainRegion = mainRegion(document.placeSpans, document.placeRefs, document.sentences,
				document.inOrganisation);
		document.mainGrouping = document.groupingMentions.entrySet()
			.stream()
			.max(Map.Entry.<String, List<Span>>comparingByValue(java.util.Comparator.comparingInt(List::size))
				.thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
			.map(Map.Entry::getKey)
			.orElse(null);
		document.subjects = subjectMentions(document, document.placeSpans, document.placeRefs, document.inOrganisation,
				document.groupingMentions, document.offsets());
	}

	/**
	 * The region the document is about: the prefecture-level or higher region named most
	 * often outside the glossary.
	 */
	private static String mainRegion(List<int[]> spans, List<String> refs, List<Sentence> sentences,
			boolean[] inOrganisation) {
		Map<String, Integer> counts = new HashMap<>();
		int glossaryStart = Integer.MAX_VALUE;
		for (int k = sentences.size() - 1; k >= 0 && sentences.get(k).glossary(); k--) {
			glossaryStart = sentences.get(k).start();
		}
		for (int k = 0; k < spans.size(); k++) {
			boolean glossary = spans.get(k)[0] >= glossaryStart;
			if (!glossary && !inOrganisation[k]) {
				counts.merge(refs.get(k), 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElse(null);
	}

	/**
	 * The regions (outside organisation names) and groupings named in the text, in text
	 * order, as possible subjects of targets and figures.
	 */
	private static List<Named> subjectMentions(Annotation document, List<int[]> placeSpans, List<String> placeRefs,
			boolean[] inOrganisation, Map<String, List<Span>> groupingMentions, CodePoints offsets) {
		List<Named> named = new ArrayList<>();
		for (int k = 0; k < placeSpans.size(); k++) {
			if (!inOrganisation[k]) {
				named
					.add(new Named(placeSpans.get(k)[0], placeSpans.get(k)[1], document.regionActor(placeRefs.get(k))));
			}
		}
		groupingMentions.forEach((id, spans) -> {
			Actor grouping = document.groupingActor(id);
			for (Span span : spans) {
				named.add(new Named(offsets.charIndex(span.start()), offsets.charIndex(span.end()), grouping));
			}
		});
		named.sort(java.util.Comparator.comparingInt(Named::start));
		return named;
	}

}
