package org.corridor.ingest.internal;

import java.util.List;

/**
 * Stage 7: the types of cooperation event a sentence reports, from cue words in German,
 * English and Chinese (simplified and traditional) kept as data in
 * {@code ingest/cues/events.tsv}: project signing, agreement, policy, conference,
 * platform launch, visit, other (a groundbreaking, a line opened). Sentences of a
 * glossary, refusals and sentences without a cue report none.
 */
public final class Events {

	/**
	 * An event type with the words one of which a sentence must contain before its
	 * pattern is tried, and the chars its pattern's matches can begin with in lower-case
	 * text (the first chars of its alternatives), where alone it is tried.
	 */
	private record Cue(String type, List<String> triggers, AnchoredPattern.AnyOf alternatives) {

		boolean in(String lower) {
			for (String trigger : this.triggers) {
				if (lower.contains(trigger)) {
					return this.alternatives.foundIn(lower);
				}
			}
			return false;
		}

	}

	/** The cues of {@code ingest/cues/events.tsv}, in their order. */
	private static final List<Cue> CUES = new java.util.ArrayList<>();

	/** Names of national meetings ({@code ingest/cues/national-meetings.tsv}). */
	private static final List<String> NATIONAL = new java.util.ArrayList<>();

	static {
		for (String[] row : Cues.rows("events.tsv")) {
			AnchoredPattern.AnyOf alternatives = new AnchoredPattern.AnyOf(FirstChars.alternatives(row[2])
				.stream()
				.map((alternative) -> "(?iu)(?:" + alternative + ")")
				.toList());
			CUES.add(new Cue(row[0], List.of(row[1].split("\\|")), alternatives));
		}
		for (String[] row : Cues.rows("national-meetings.tsv")) {
			NATIONAL.add(row[0]);
		}
	}

	private Events() {
	}

	/**
	 * The event type of a sentence, or null: the first of {@link #types(Sentence)}.
	 */
	public static String type(Sentence sentence) {
		List<String> types = types(sentence);
		return types.isEmpty() ? null : types.get(0);
	}

	/**
	 * The event types a sentence reports, in the order of the cue file: a conference at
	 * which projects were signed and a platform unveiled reports all three. None for a
	 * glossary, a refusal, or a sentence about a national meeting (the Central Economic
	 * Work Conference, a Politburo meeting), which gives no event to the places around
	 * it. Cost: a search of the lower-cased sentence per trigger word, and one pattern
	 * search per cue whose trigger is present.
	 */
	public static List<String> types(Sentence sentence) {
		if (sentence.glossary()) {
			return List.of();
		}
		String text = sentence.lower();
		for (String national : NATIONAL) {
			if (text.contains(national)) {
				return List.of();
			}
		}
		List<String> types = new java.util.ArrayList<>();
		for (Cue cue : CUES) {
			if (cue.in(text)) {
				types.add(cue.type());
			}
		}
		return types;
	}

}
