package org.corridor.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.ingest.internal.Annotation.Layer;
import org.corridor.ingest.internal.Dates.TimeExpression;

/**
 * The times of each sentence ({@link Dates}: days, years, periods, deadlines, resolved
 * against the publication date), the day a sentence names after its dateline, "the next
 * day" resolved against the last day named, and the last day named so far.
 */
public final class TimeAnnotator implements Annotator {

	/** Words one of which a sentence must contain before {@link #NEXT_DAY} is tried. */
	private static final List<String> NEXT_DAY_WORDS = List.of("tag", "day", "次日", "第二天", "翌日");

	/** The day after the one named last: "Tags darauf", "the next day", 次日. */
	private static final Pattern NEXT_DAY = Pattern.compile(
			"(?i)\\b(?:tags darauf|am (?:folgenden|nächsten) tag|am tag darauf|the (?:next|following) day|on the second day|am zweiten tag)\\b|次日|第二天|翌日");

	/**
	 * A wire report's dateline ("BENGBU, Anhui, March 18 (Corridor Wire) --", "SUZHOU,
	 * China, 30. April 2024 /PRNewswire/ --"): its date is the day of the report, not of
	 * the event.
	 */
	private static final Pattern DATELINE = Pattern
		.compile("\\p{Lu}{2,}[\\p{Lu} ]*,[^()\\n]{0,40}(?:\\([^)]{1,40}\\)|/[\\p{L} ]{2,30}/)\\s*(?:--|—|–)");

	@Override
	public Set<Layer> requires() {
		return EnumSet.of(Layer.SENTENCES);
	}

	@Override
	public Set<Layer> provides() {
		return EnumSet.of(Layer.TIMES);
	}

	@Override
	public void annotate(Annotation document) {
		List<Sentence> sentences = document.sentences;
		int n = sentences.size();
		document.times = new ArrayList<>(n);
		document.ownDay = new TimeExpression[n];
		document.day = new TimeExpression[n];
		document.lastDay = new TimeExpression[n];
		TimeExpression lastDay = null;
		for (int s = 0; s < n; s++) {
			Sentence sentence = sentences.get(s);
			if (sentence.glossary()) {
				document.times.add(List.of());
				document.lastDay[s] = lastDay;
				continue;
			}
			document.checkpoint(sentence.start());
			List<TimeExpression> times = Dates.find(sentence, document.published());
			document.times.add(times);
			int bodyStart = bodyStart(sentence);
			TimeExpression day = times.stream()
				.filter((t) -> t.kind().equals("date") && t.start() >= bodyStart)
				.findFirst()
				.orElse(null);
			document.ownDay[s] = day;
			if (day == null && lastDay != null && containsAny(sentence.lower(), NEXT_DAY_WORDS)) {
				Matcher next = NEXT_DAY.matcher(sentence.text());
				if (next.find()) {
					day = new TimeExpression("date", LocalDate.parse(lastDay.value()).plusDays(1).toString(),
							next.group().strip(), sentence.start() + next.start());
				}
			}
			if (day != null && day.value() != null) {
				lastDay = day;
				document.day[s] = day;
			}
			document.lastDay[s] = lastDay;
		}
	}

	/**
	 * Where a sentence begins after its dateline, if it has one (a char offset of the
	 * text).
	 */
	static int bodyStart(Sentence sentence) {
		Matcher dateline = DATELINE.matcher(sentence.text());
		return sentence.start() + (dateline.lookingAt() ? dateline.end() : 0);
	}

	private static boolean containsAny(String text, List<String> words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
