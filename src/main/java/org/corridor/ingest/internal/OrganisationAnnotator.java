package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.ingest.Extraction.Actor;
import org.corridor.ingest.Extraction.OrganisationFact;
import org.corridor.ingest.Extraction.Span;
import org.corridor.ingest.internal.Annotation.Layer;

/**
 * Organisation names ({@link Organisations}, sentence by sentence outside a glossary),
 * which place names lie inside one ("Shanghai" in "Shanghai Institute of …", 宁德 in 宁德时代),
 * the organisations of each sentence as event actors, and one fact per organisation with
 * its short forms merged.
 */
public final class OrganisationAnnotator implements Annotator {

	@Override
	public Set<Layer> requires() {
		return EnumSet.of(Layer.SENTENCES, Layer.PLACES);
	}

	@Override
	public Set<Layer> provides() {
		return EnumSet.of(Layer.ORGANISATIONS);
	}

	@Override
	public void annotate(Annotation document) {
		List<Sentence> sentences = document.sentences;
		for (Sentence sentence : sentences) {
			document.checkpoint(sentence.start());
			if (!sentence.glossary()) {
				document.organisations.addAll(Organisations.find(sentence));
			}
		}
		List<Organisations.Mention> organisations = document.organisations;
		document.inOrganisation = insideOrganisations(document.placeSpans, organisations);
		document.organisationsIn = new ArrayList<>();
		int first = 0;
		for (Sentence sentence : sentences) {
			while (first < organisations.size() && organisations.get(first).start() < sentence.start()) {
				first++;
			}
			List<Actor> here = new ArrayList<>();
			for (int k = first; k < organisations.size() && organisations.get(k).end() <= sentence.end(); k++) {
				String name = organisations.get(k).name();
				Actor actor = new Actor("organisation", name, name);
				if (!here.contains(actor)) {
					here.add(actor);
				}
			}
			document.organisationsIn.add(here);
		}
		document.organisationFacts = organisationFacts(organisations, document.offsets(), document.placeSpans,
				document.placeRefs);
	}

	/**
	 * For each place span, whether it lies inside an organisation name ("Shanghai" in
	 * "Shanghai Institute of ..."). Both lists are in text order and organisation names
	 * do not overlap, so one merging pass suffices: O(places + organisations).
	 */
	private static boolean[] insideOrganisations(List<int[]> spans, List<Organisations.Mention> organisations) {
		boolean[] inside = new boolean[spans.size()];
		int o = 0;
		for (int k = 0; k < spans.size(); k++) {
			int[] span = spans.get(k);
			while (o < organisations.size() && organisations.get(o).end() < span[1]) {
				o++;
			}
			inside[k] = o < organisations.size() && span[0] >= organisations.get(o).start()
					&& span[1] <= organisations.get(o).end();
		}
		return inside;
	}

	/**
	 * One fact per organisation name, in order of first mention: the type of its last
	 * mention and the first region found inside one of its mentions (the last place span
	 * within that mention). Places are looked up by binary search: O((m + p) log p).
	 */
	private static List<OrganisationFact> organisationFacts(List<Organisations.Mention> mentions, CodePoints offsets,
			List<int[]> placeSpans, List<String> placeRefs) {
		Map<String, OrganisationFact> byName = new LinkedHashMap<>();
		for (Organisations.Mention m : mentions) {
			String region = null;
			for (int k = firstStartingAtOrAfter(placeSpans, m.start()); k < placeSpans.size()
					&& placeSpans.get(k)[0] < m.end(); k++) {
				if (placeSpans.get(k)[1] <= m.end()) {
					region = placeRefs.get(k);
				}
			}
			OrganisationFact existing = byName.get(m.name());
			List<Span> spans = (existing != null) ? existing.mentions() : new ArrayList<>();
			spans.add(new Span(offsets.codePoint(m.start()), offsets.codePoint(m.end()),
					offsets.text().substring(m.start(), m.end())));
			byName.put(m.name(), new OrganisationFact(m.name(), m.type(),
					(existing != null && existing.regionCode() != null) ? existing.regionCode() : region, spans));
		}
		return shortFormsMerged(new ArrayList<>(byName.values()));
	}

	/**
	 * Organisations named once in full and again by a part of the name ("长三角城市经济协调会",
	 * then "城市经济协调会"; "Anhui Chamber of Commerce Shanghai", then "Chamber of Commerce")
	 * are one: the short form's mentions join the longest name that contains it. Only for
	 * documents with at most {@value #MERGED_NAMES} names, so the pairwise check stays
	 * bounded.
	 */
	private static List<OrganisationFact> shortFormsMerged(List<OrganisationFact> facts) {
		if (facts.size() > MERGED_NAMES) {
			return facts;
		}
		List<OrganisationFact> longestFirst = new ArrayList<>(facts);
		longestFirst.sort(java.util.Comparator.comparingInt((OrganisationFact f) -> -f.name().length()));
		Map<String, OrganisationFact> kept = new LinkedHashMap<>();
		for (OrganisationFact fact : facts) {
			kept.put(fact.name(), fact);
		}
		for (OrganisationFact shorter : longestFirst) {
			for (OrganisationFact longer : longestFirst) {
				if (longer.name().length() <= shorter.name().length()) {
					break;
				}
				if (kept.containsKey(longer.name()) && longer.name().contains(shorter.name())) {
					OrganisationFact target = kept.get(longer.name());
					List<Span> spans = new ArrayList<>(target.mentions());
					spans.addAll(kept.get(shorter.name()).mentions());
					spans.sort(java.util.Comparator.comparingInt(Span::start));
					kept.put(longer.name(),
							new OrganisationFact(target.name(), target.type(), target.regionCode(), spans));
					kept.remove(shorter.name());
					break;
				}
			}
		}
		return new ArrayList<>(kept.values());
	}

	private static final int MERGED_NAMES = 500;

	/** The index of the first span beginning at or after a char offset. */
	private static int firstStartingAtOrAfter(List<int[]> spans, int offset) {
		int low = 0;
		int high = spans.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (spans.get(middle)[0] < offset) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
