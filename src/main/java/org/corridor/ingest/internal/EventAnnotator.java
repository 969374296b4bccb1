package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.ingest.Extraction.Actor;
import org.corridor.ingest.Extraction.EventFact;
import org.corridor.ingest.Extraction.Place;
import org.corridor.ingest.internal.Annotation.Layer;
import org.corridor.ingest.internal.Dates.TimeExpression;

/**
 * Cooperation events, one per occasion: the types each sentence reports ({@link Events}),
 * each with its day, its place (the host: "in Shanghai", "在连云港召开", "Shunde hosted"), its
 * actors (the places and organisations the sentence names) and, for a project signing,
 * the count and value stated; then the sentences of one occasion merged.
 */
public final class EventAnnotator implements Annotator {

	/**
	 * A place hosting: "Shapingba District of Chongqing hosted …", "Shunde empfing …".
	 */
	private static final Pattern HOSTED = Pattern
		.compile("(?i)(?:[\\s\\p{L}]{0,30}?\\s)?(?:hosted|hosts|empfing|empfängt|richtete|war gastgeber)\\b");

	/**
	 * What is counted when projects are signed: 项目, projects, Projekte, agreements, 事项.
	 */
	private static final Pattern SIGNED_THINGS = Pattern
		.compile("(?i)(项目|項目|事项|事項|协议|協議|project|projekt|agreement|abkommen|vereinbarung|deal)");

	/** A Chinese place followed by the verb of holding: "在连云港召开", "盐城举行". */
	private static final Pattern CHINESE_HOSTED = Pattern.compile("\\G(?:市|区|县|省)?(?:召开|举行|举办|召開|舉行|舉辦|开幕|開幕|隆重举行)");

	/** A preposition of place right before a place name: the event happened there. */
	private static final Pattern LOCATION_CUE = Pattern.compile("(?:\\bin|\\bnach|\\bto|到|赴|在)\\s*$");

	@Override
	public Set<Layer> requires() {
		return EnumSet.of(Layer.SENTENCES, Layer.PLACES, Layer.ORGANISATIONS, Layer.FOCUS, Layer.TIMES,
				Layer.QUANTITIES);
	}

	@Override
	public Set<Layer> provides() {
		return EnumSet.of(Layer.EVENTS);
	}

	@Override
	public void annotate(Annotation document) {
		List<Sentence> sentences = document.sentences;
		List<Found> found = new ArrayList<>();
		List<TimeExpression> dates = new ArrayList<>();
		document.eventTypes = new ArrayList<>(sentences.size());
		document.hostAfter = new String[sentences.size()];
		String host = null;
		for (int s = 0; s < sentences.size(); s++) {
			Sentence sentence = sentences.get(s);
			if (sentence.glossary()) {
				document.eventTypes.add(List.of());
				document.hostAfter[s] = host;
				continue;
			}
			document.checkpoint(sentence.start());
			List<TimeExpression> times = document.times.get(s);
			List<String> regionsHere = document.regionsIn(s);
			List<String> types = Events.types(sentence);
			document.eventTypes.add(types);
			for (String type : types) {
				EventFact event = event(document, type, sentence, document.ownDay[s], regionsHere, document.mainRegion,
						document.placesIn(s), host, document.organisationsIn.get(s), document.quantities.get(s));
				boolean ownTime = event.date() != null || times.stream()
					.anyMatch((t) -> !t.kind().equals("date") && !t.kind().equals("deadline")
							&& !insideTitle(sentence, t.start()));
				boolean title = dates.isEmpty() && !sentence.text().strip().matches("(?s).*[.!?。！？]$");
				found.add(new Found(event, dates.size(), ownTime, title));
				if (host == null && event.location() != null) {
					host = event.location().code();
				}
			}
			document.hostAfter[s] = host;
			dates.add(document.day[s]);
		}
		document.events.addAll(occasions(found, dates));
	}

	/**
	 * The event a sentence reports; {@code when} is the day the sentence names (after its
	 * dateline), or null.
	 */
	private static EventFact event(Annotation document, String type, Sentence sentence, TimeExpression when,
			List<String> regionsHere, String mainRegion, Map<String, int[]> placesHere, String documentHost,
			List<Actor> organisationsHere, List<Quantity> quantities) {
		String location = null;
		Matcher in = LOCATION_CUE.matcher("");
		Matcher hosted = HOSTED.matcher("");
		List<String> countiesFirst = new ArrayList<>(regionsHere);
		countiesFirst.sort(java.util.Comparator.comparingInt((String code) -> -document.level(code)));
		for (String code : countiesFirst) {
			int[] mention = placesHere.get(code);
			if (mention == null) {
				continue;
			}
			int at = mention[0] - sentence.start();
			int after = mention[1] - sentence.start();
			boolean cue = at > 0 && in.reset(sentence.text().substring(Math.max(0, at - 6), at)).find();
			boolean host = hosted
				.reset(sentence.text().substring(after, Math.min(sentence.text().length(), after + 40)))
				.lookingAt()
					|| CHINESE_HOSTED.matcher(sentence.text()).region(after, sentence.text().length()).lookingAt();
			if (cue || host) {
				location = code;
				break;
			}
		}
		if (location == null && regionsHere.isEmpty() && documentHost != null) {
			location = documentHost;
		}
		List<Actor> actors = new ArrayList<>();
		for (String code : regionsHere) {
			if (!code.equals(location) && actors.stream().noneMatch((a) -> a.ref().equals(code))) {
				actors.add(document.regionActor(code));
			}
		}
		if (actors.isEmpty() && mainRegion != null && !mainRegion.equals(location)) {
			actors.add(document.regionActor(mainRegion));
		}
		actors.addAll(organisationsHere);
		Place place = (location != null)
				? new Place(location, document.gazetteer().region(location).orElseThrow().nameEn()) : null;
		Double count = null;
		Double value = null;
		if (type.equals("project_signing")) {
			for (Quantity quantity : quantities) {
				if (count == null && quantity.unit().equals("count") && quantity.counted() != null
						&& SIGNED_THINGS.matcher(quantity.counted()).find()) {
					count = quantity.value();
				}
				if (value == null && quantity.unit().equals("CNY")) {
					value = quantity.value();
				}
			}
			if (count == null) {
				for (Quantity quantity : quantities) {
					int at = quantity.start() - sentence.start();
					if (count == null && quantity.unit().equals("count")
							&& SIGNED_THINGS.matcher(sentence.text()).region(Math.max(0, at - 8), at).find()) {
						count = quantity.value();
					}
				}
			}
		}
		return new EventFact(type, (when != null) ? when.value() : null, (when != null) ? when.text() : null, actors,
				place, document.span(sentence.start(), sentence.end()), count, value);
	}

	/**
	 * An event found in a sentence: the index of the sentence among those read, and
	 * whether the sentence has a time of its own (a day, or a year, period or deadline
	 * that places it elsewhere in time), and whether it is the document's title.
	 */
	private record Found(EventFact fact, int sentence, boolean ownTime, boolean title) {

	}

	/**
	 * The events of a document, one per occasion. An article usually reports one occasion
	 * over several sentences and dates it once ("Am 14. März besuchte …", then "Während
	 * des Besuchs unterzeichneten …", "会上…", "on the same day"). An event sentence with
	 * no time of its own takes the day of the nearest sentence before it that names one
	 * (or, for a headline or lead, of the first one after it). An event of the same type
	 * and day as an earlier one is the same occasion: a headline and the body, or the
	 * stops of a delegation's tour; they are merged, keeping the evidence of the sentence
	 * that names the day and the actors of both. A delegation sentence on the day of a
	 * conference names its participants and is merged into the conference. A title (the
	 * first line, without final punctuation) names the occasion the body reports: its
	 * event is merged into the body's first event of the same type, whatever the day.
	 */
	private static List<EventFact> occasions(List<Found> found, List<TimeExpression> dates) {
		List<EventFact> events = new ArrayList<>();
		List<Boolean> inherited = new ArrayList<>();
		Map<String, Integer> firstOfType = new HashMap<>();
		Map<String, List<Integer>> byOccasion = new HashMap<>();
		TimeExpression[] dayBefore = new TimeExpression[dates.size()];
		TimeExpression[] dayAfter = new TimeExpression[dates.size()];
		for (int k = 0; k < dates.size(); k++) {
			dayBefore[k] = (dates.get(k) != null) ? dates.get(k) : (k > 0) ? dayBefore[k - 1] : null;
		}
		for (int k = dates.size() - 2; k >= 0; k--) {
			dayAfter[k] = (dates.get(k + 1) != null) ? dates.get(k + 1) : dayAfter[k + 1];
		}
		List<Found> titleLast = new ArrayList<>(found.stream().filter((f) -> !f.title()).toList());
		found.stream().filter(Found::title).forEach(titleLast::add);
		for (Found f : titleLast) {
			EventFact event = f.fact();
			Integer first = firstOfType.get(event.type());
			if (f.title() && !f.ownTime() && first != null) {
				EventFact body = events.get(first);
				List<Actor> actors = new ArrayList<>(body.actors());
				event.actors()
					.stream()
					.filter((a) -> !actors.contains(a)
							&& (body.location() == null || !a.ref().equals(body.location().code())))
					.forEach(actors::add);
				events.set(first,
						body.with(body.date(), body.dateText(), actors, body.location(), body.evidence(), event));
				continue;
			}
			boolean borrowed = false;
			if (!f.ownTime()) {
				TimeExpression day = (dayBefore[f.sentence()] != null) ? dayBefore[f.sentence()]
						: dayAfter[f.sentence()];
				if (day != null) {
					event = event.with(day.value(), day.text(), event.actors(), event.location(), event.evidence(),
							null);
					borrowed = true;
				}
			}
			int same = sameOccasion(event, borrowed, events, byOccasion);
			if (same < 0) {
				byOccasion.computeIfAbsent(occasionKey(event.type(), event), (k) -> new ArrayList<>())
					.add(events.size());
				firstOfType.putIfAbsent(event.type(), events.size());
				events.add(event);
				inherited.add(borrowed);
				continue;
			}
			EventFact earlier = events.get(same);
			List<Actor> actors = new ArrayList<>(earlier.actors());
			boolean keepEarlier = !inherited.get(same) || borrowed;
			for (Actor actor : event.actors()) {
				if (!actors.contains(actor) && (earlier.type().equals("conference") || !keepEarlier
						|| actor.kind().equals("organisation"))) {
					actors.add(actor);
				}
			}
			EventFact base = keepEarlier ? earlier : event;
			Place location = (base.location() != null) ? base.location()
					: keepEarlier ? event.location() : earlier.location();
			if (location != null) {
				actors.removeIf((a) -> a.ref().equals(location.code()));
			}
			events.set(same, earlier.with(base.date(), base.dateText(), actors, location, base.evidence(), event));
			inherited.set(same, inherited.get(same) && borrowed);
		}
		return events;
	}

	/**
	 * The index of the earlier event the given one belongs to, or -1: the same type (or a
	 * conference, for a delegation sentence that borrowed its day) on the same day;
	 * without a day, the same type and location and no actor the earlier one lacks.
	 * Events are looked up by type, day and location, so a long document costs linear
	 * time.
	 */
	private static int sameOccasion(EventFact event, boolean borrowed, List<EventFact> events,
			Map<String, List<Integer>> byOccasion) {
		List<String> types = (borrowed && event.type().equals("visit")) ? List.of("visit", "conference")
				: List.of(event.type());
		for (String type : types) {
			for (int k : byOccasion.getOrDefault(occasionKey(type, event), List.of())) {
				if (event.date() != null || places(events.get(k).actors()).containsAll(places(event.actors()))) {
					return k;
				}
			}
		}
		return -1;
	}

	/** The places and groupings among actors (organisations left out). */
	private static List<Actor> places(List<Actor> actors) {
		return actors.stream().filter((a) -> !a.kind().equals("organisation")).toList();
	}

	/** Type and day of an event; without a day, type and location. */
	private static String occasionKey(String type, EventFact event) {
		return type + "|" + ((event.date() != null) ? event.date()
				: "-|" + ((event.location() != null) ? event.location().code() : "-"));
	}

	/**
	 * Whether a char offset lies inside a quoted title (《…》, „…“, “…”): the year of a
	 * plan's title ("（2026—2028年）") does not date the sentence.
	 */
	static boolean insideTitle(Sentence sentence, int offset) {
		String before = sentence.text().substring(0, Math.max(0, offset - sentence.start()));
		return before.lastIndexOf('《') > before.lastIndexOf('》') || before.lastIndexOf('„') > before.lastIndexOf('“')
				|| before.lastIndexOf('“') > before.lastIndexOf('”') && before.indexOf('„') < 0;
	}

}
