package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.corridor.geo.RegionResolver;
import org.corridor.geo.Resolution;
import org.corridor.ingest.Extraction.Span;
import org.corridor.ingest.internal.Annotation.Layer;

/**
 * The divisions and groupings a text names, through the {@link RegionResolver} (which
 * tells apart names shared by several divisions from the context), looked up in a
 * simplified copy of the text ({@link Simplified}) so that traditional characters are
 * found too; spans keep the text as written. A division named inside a grouping's name or
 * before the word of a lake or river is not counted as a place.
 */
public final class PlaceAnnotator implements Annotator {

	/**
	 * A name followed by the word of a natural feature or a route is that feature, not
	 * the division: "Taihu Lake", "Yangtze River", "Huangshan Mountain".
	 */
	private static final java.util.regex.Pattern NOT_A_PLACE = java.util.regex.Pattern
		.compile("\\s*(?:Lake|River|Mountains?|Bay|Expressway|Railway|See|Fluss|Gebirge)\\b");

	private final RegionResolver resolver;

	public PlaceAnnotator(RegionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public Set<Layer> requires() {
		return EnumSet.of(Layer.SENTENCES);
	}

	@Override
	public Set<Layer> provides() {
		return EnumSet.of(Layer.PLACES);
	}

	@Override
	public void annotate(Annotation document) {
		String text = document.text();
		CodePoints offsets = document.offsets();
		Resolution resolution = this.resolver.resolve(Simplified.of(text));
		List<int[]> groupings = new ArrayList<>();
		for (Resolution.Mention mention : resolution.mentions()) {
			if (!mention.best().kind().equals("region")) {
				groupings.add(new int[] { offsets.charIndex(mention.start()), offsets.charIndex(mention.end()) });
			}
		}
		int nextGrouping = 0;
		for (Resolution.Mention mention : resolution.mentions()) {
			Resolution.Candidate best = mention.best();
			int start = offsets.charIndex(mention.start());
			int end = offsets.charIndex(mention.end());
			while (nextGrouping < groupings.size() && groupings.get(nextGrouping)[1] < end) {
				nextGrouping++;
			}
			boolean inGrouping = nextGrouping < groupings.size() && groupings.get(nextGrouping)[0] <= start
					&& end <= groupings.get(nextGrouping)[1];
			if (best.kind().equals("region") && (inGrouping
					|| NOT_A_PLACE.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt())) {
				continue;
			}
			Span span = new Span(mention.start(), mention.end(), text.substring(start, end));
			if (best.kind().equals("region")) {
				document.regionMentions.computeIfAbsent(best.code(), (k) -> new ArrayList<>()).add(span);
				document.placeSpans.add(new int[] { start, end });
				document.placeRefs.add(best.code());
			}
			else {
				document.groupingMentions.computeIfAbsent(best.id(), (k) -> new ArrayList<>()).add(span);
			}
		}
		List<Sentence> sentences = document.sentences;
		document.firstPlace = new int[sentences.size()];
		int first = 0;
		for (int s = 0; s < sentences.size(); s++) {
			while (first < document.placeSpans.size() && document.placeSpans.get(first)[0] < sentences.get(s).start()) {
				first++;
			}
			document.firstPlace[s] = first;
		}
	}

}
