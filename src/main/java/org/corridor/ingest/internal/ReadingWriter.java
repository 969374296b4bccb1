package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.corridor.geo.Region;
import org.corridor.geo.Regions;
import org.corridor.ingest.Extraction;
import org.corridor.ingest.Extraction.Actor;
import org.corridor.ingest.Extraction.EventFact;
import org.corridor.ingest.Extraction.FigureFact;
import org.corridor.ingest.Extraction.GroupingFact;
import org.corridor.ingest.Extraction.OrganisationFact;
import org.corridor.ingest.Extraction.RegionFact;
import org.corridor.ingest.Extraction.Span;
import org.corridor.ingest.Extraction.TargetFact;
import org.corridor.ingest.Reading;
import org.corridor.ingest.Reading.Fact;
import org.corridor.ingest.Reading.Line;
import org.corridor.ingest.Reading.Paragraph;
import org.corridor.ingest.Reading.Segment;
import org.corridor.support.LocalisedAmounts;

/**
 * Lays a stored document out for reading ({@link Reading}): its sentences, numbered as
 * the brief cites them, cut into plain and highlighted segments. Highlights are the
 * mentions of places, groupings and organisations, the date of each event and the value
 * of each target as written; where two overlap, the one starting first (the longer on a
 * tie) wins, so "AU Optronics (Kunshan) Co., Ltd." is one organisation, not a place
 * inside one. A mention belongs to the facts of its sentence that name it.
 */
public final class ReadingWriter {

	private final Regions regions;

	public ReadingWriter(Regions regions) {
		this.regions = Objects.requireNonNull(regions, "regions");
	}

	/** A highlight in char indices. */
	private record Mark(int start, int end, String kind, String ref, String title, List<String> facts) {

	}

	public Reading write(String text, String extractionJson, String language, BriefLabels labels) {
		DocumentText doc = DocumentText.of(text, extractionJson);
		Extraction x = doc.extraction();
		Map<String, String> names = new HashMap<>();
		List<Fact> facts = facts(doc, language, names);
		Map<Integer, List<Fact>> bySentence = new HashMap<>();
		facts.forEach((f) -> bySentence.computeIfAbsent(f.sentence(), (k) -> new ArrayList<>()).add(f));
		Map<String, Set<String>> refsOfFact = refsOfFacts(x);
		List<Mark> marks = new ArrayList<>();
		for (RegionFact r : list(x.regions())) {
			String title = regionTitle(r, language, labels);
			for (Span m : list(r.mentions())) {
				marks.add(mark(doc, m, "region", r.code(), title, bySentence, refsOfFact));
			}
		}
		for (GroupingFact g : list(x.groupings())) {
			for (Span m : list(g.mentions())) {
				marks.add(mark(doc, m, "grouping", g.id(), g.nameEn() + " · " + g.id(), bySentence, refsOfFact));
			}
		}
		for (OrganisationFact o : list(x.organisations())) {
			String title = o.name() + ((o.type() != null) ? " · " + labels.get("brief.type." + o.type()) : "");
			for (Span m : list(o.mentions())) {
				marks.add(mark(doc, m, "organisation", o.name(), title, bySentence, refsOfFact));
			}
		}
		List<EventFact> events = list(x.events());
		for (int i = 0; i < events.size(); i++) {
			EventFact e = events.get(i);
			Mark mark = within(doc, e.evidence(), e.dateText(), "date", e.date(),
					labels.get("event." + e.type()) + ((e.date() != null) ? " · " + e.date() : ""), "e-" + i);
			if (mark != null) {
				marks.add(mark);
			}
		}
		List<TargetFact> targets = list(x.targets());
		for (int i = 0; i < targets.size(); i++) {
			TargetFact t = targets.get(i);
			String title = ((t.indicatorText() != null) ? t.indicatorText() : labels.get("indicator." + t.indicator()))
					+ " · " + LocalisedAmounts.format(t.value(), t.unit(), Locale.forLanguageTag(language))
					+ ((t.deadline() != null) ? " · " + t.deadline() : "");
			Mark mark = within(doc, t.evidence(), t.valueText(), "value", t.indicator(), title, "t-" + i);
			if (mark != null) {
				marks.add(mark);
			}
		}
		marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
		List<Sentence> sentences = doc.sentences();
		List<Paragraph> paragraphs = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		int next = 0;
		for (int k = 0; k < sentences.size(); k++) {
			Sentence s = sentences.get(k);
			List<Segment> segments = new ArrayList<>();
			int at = s.start();
			while (next < marks.size() && marks.get(next).start() < s.start()) {
				next++;
			}
			while (next < marks.size() && marks.get(next).start() < s.end()) {
				Mark m = marks.get(next++);
				if (m.start() < at || m.end() > s.end()) {
					continue;
				}
				if (m.start() > at) {
					segments.add(new Segment(text.substring(at, m.start()), null, null, null, List.of()));
				}
				segments.add(new Segment(text.substring(m.start(), m.end()), m.kind(), m.ref(), m.title(), m.facts()));
				at = m.end();
			}
			if (at < s.end()) {
				segments.add(new Segment(text.substring(at, s.end()), null, null, null, List.of()));
			}
			boolean last = k + 1 == sentences.size() || sentences.get(k + 1).paragraph() != s.paragraph();
			String after = last ? "" : text.substring(s.end(), sentences.get(k + 1).start());
			List<String> factIds = bySentence.getOrDefault(k, List.of()).stream().map(Fact::id).toList();
			lines.add(new Line(k, segments, after, factIds));
			if (last) {
				paragraphs.add(new Paragraph(s.glossary(), lines));
				lines = new ArrayList<>();
			}
		}
		return new Reading(paragraphs, facts);
	}

	private static <T> List<T> list(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private String regionTitle(RegionFact r, String language, BriefLabels labels) {
		String name = "zh".equals(language) ? r.nameZh() : r.nameEn();
		return name + " · " + r.code() + " · " + labels.get("brief.level." + r.level());
	}

	private static Mark mark(DocumentText doc, Span span, String kind, String ref, String title,
			Map<Integer, List<Fact>> bySentence, Map<String, Set<String>> refsOfFact) {
		int start = doc.charIndex(span.start());
		int sentence = doc.sentenceAt(start);
		List<String> facts = bySentence.getOrDefault(sentence, List.of())
			.stream()
			.map(Fact::id)
			.filter((id) -> refsOfFact.getOrDefault(id, Set.of()).contains(ref))
			.toList();
		return new Mark(start, doc.charIndex(span.end()), kind, ref, title, facts);
	}

	/** The first occurrence of a fact's own words inside its evidence. */
	private static Mark within(DocumentText doc, Span evidence, String words, String kind, String ref, String title,
			String fact) {
		if (evidence == null || words == null || words.isBlank()) {
			return null;
		}
		int start = doc.charIndex(evidence.start());
		int end = doc.charIndex(evidence.end());
		int found = doc.text().substring(start, end).indexOf(words);
		if (found < 0) {
			return null;
		}
		return new Mark(start + found, start + found + words.length(), kind, ref, title, List.of(fact));
	}

	private static Map<String, Set<String>> refsOfFacts(Extraction x) {
		Map<String, Set<String>> refs = new HashMap<>();
		List<EventFact> events = list(x.events());
		for (int i = 0; i < events.size(); i++) {
			Set<String> r = new LinkedHashSet<>();
			for (Actor a : list(events.get(i).actors())) {
				r.add((a.ref() != null) ? a.ref() : a.name());
			}
			if (events.get(i).location() != null) {
				r.add(events.get(i).location().code());
			}
			refs.put("e-" + i, r);
		}
		List<TargetFact> targets = list(x.targets());
		for (int i = 0; i < targets.size(); i++) {
			refs.put("t-" + i, refsOf(targets.get(i).subject()));
		}
		List<FigureFact> figures = list(x.figures());
		for (int i = 0; i < figures.size(); i++) {
			refs.put("f-" + i, refsOf(figures.get(i).subject()));
		}
		return refs;
	}

	private static Set<String> refsOf(Actor subject) {
		if (subject == null) {
			return Set.of();
		}
		Set<String> r = new LinkedHashSet<>();
		if (subject.ref() != null) {
			r.add(subject.ref());
		}
		if (subject.name() != null) {
			r.add(subject.name());
		}
		return r;
	}

	private List<Fact> facts(DocumentText doc, String language, Map<String, String> names) {
		Extraction x = doc.extraction();
		List<Fact> facts = new ArrayList<>();
		List<EventFact> events = list(x.events());
		for (int i = 0; i < events.size(); i++) {
			EventFact e = events.get(i);
			List<String> actors = list(e.actors()).stream().map((a) -> name(a, language, names)).distinct().toList();
			String location = (e.location() != null && e.location().code() != null)
					? regionName(e.location().code(), language, names) : null;
			facts.add(new Fact("e-" + i, "event", e.type(), actors, location, e.date(), null, null,
					doc.sentenceOf(e.evidence())));
		}
		List<TargetFact> targets = list(x.targets());
		for (int i = 0; i < targets.size(); i++) {
			TargetFact t = targets.get(i);
			facts.add(new Fact("t-" + i, "target", t.indicator(), List.of(name(t.subject(), language, names)), null,
					(t.deadline() != null) ? t.deadline().toString() : null, t.value(), t.unit(),
					doc.sentenceOf(t.evidence())));
		}
		List<FigureFact> figures = list(x.figures());
		for (int i = 0; i < figures.size(); i++) {
			FigureFact f = figures.get(i);
			facts.add(new Fact("f-" + i, "figure", f.indicator(), List.of(name(f.subject(), language, names)), null,
					f.period(), f.value(), f.unit(), doc.sentenceOf(f.evidence())));
		}
		return facts;
	}

	private String name(Actor actor, String language, Map<String, String> names) {
		if (actor == null) {
			return "";
		}
		if ("region".equals(actor.kind()) && actor.ref() != null) {
			return regionName(actor.ref(), language, names);
		}
		return (actor.name() != null) ? actor.name() : String.valueOf(actor.ref());
	}

	private String regionName(String code, String language, Map<String, String> names) {
		return names.computeIfAbsent(code,
				(c) -> this.regions.find(c)
					.map((Region r) -> "zh".equals(language) ? r.nameZh() : r.nameEn())
					.orElse(c));
	}

}
