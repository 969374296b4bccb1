package org.corridor.ingest;

import java.util.List;

/**
 * A reader's brief of one document in one language (zh, en, de): its facts grouped by
 * theme as key points, each citing the sentences it comes from as {@code [n]}, and a
 * glossary of the places, groupings and organisations it names, described from Corridor's
 * own knowledge only.
 * <p>
 * Citations: {@code n} numbers the cited sentences in text order, 1 for the first cited
 * sentence of the document. Sentences of an appended glossary (article 004's entries
 * after the body) and refusals are never cited and never described: the brief's glossary
 * comes from the reference geography and the organisation register, not from the
 * document. Citation marks the document already carries (article 003's "[1][5]", which
 * point into a source Corridor does not have) stay literal text and are not used.
 *
 * @param documentId the document
 * @param language the language of the labels and descriptions
 * @param title the document's title
 * @param sections the themes that have key points, in a fixed order
 * @param citations every cited sentence, by number
 * @param glossary the entities named, places first, then groupings and organisations
 */
public record Brief(long documentId, String language, String title, List<Section> sections, List<Citation> citations,
		List<GlossaryEntry> glossary) {

	/** The themes, in the order a brief shows them. */
	public static final List<String> THEMES = List.of("agreements_goals", "infrastructure", "innovation_industry",
			"figures");

	public Brief {
		sections = List.copyOf(sections);
		citations = List.copyOf(citations);
		glossary = List.copyOf(glossary);
	}

	/**
	 * The key points of one theme.
	 *
	 * @param theme one of {@link #THEMES}
	 * @param title the theme's name in the brief's language
	 * @param points the key points
	 */
	public record Section(String theme, String title, List<KeyPoint> points) {

		public Section {
			points = List.copyOf(points);
		}

	}

	/**
	 * One key point: a statement made from extracted facts (never free text) and the
	 * numbers of the sentences it rests on.
	 *
	 * @param text the statement in the brief's language
	 * @param citations citation numbers, ascending
	 * @param facts ids of the facts it states ({@code e-0}, {@code t-1}, {@code f-2};
	 * empty for points drawn from cue words)
	 */
	public record KeyPoint(String text, List<Integer> citations, List<String> facts) {

		public KeyPoint {
			citations = List.copyOf(citations);
			facts = List.copyOf(facts);
		}

	}

	/**
	 * A cited sentence.
	 *
	 * @param number the {@code n} of {@code [n]}
	 * @param sentence the sentence's index in the document (the reading view's anchor
	 * {@code s-<sentence>})
	 * @param start code-point offset of its start in the text
	 * @param end code-point offset of its end
	 * @param text the sentence
	 */
	public record Citation(int number, int sentence, int start, int end, String text) {

	}

	/**
	 * A named entity described from Corridor's knowledge.
	 *
	 * @param kind region, grouping or organisation
	 * @param ref region code, grouping id or organisation id; {@code null} for an
	 * organisation Corridor does not know
	 * @param name its name in the brief's language
	 * @param mentioned how the document names it first
	 * @param type level, grouping kind or organisation type (a code)
	 * @param description what Corridor knows, in the brief's language
	 * @param known whether Corridor's store knows it (false: only what the text's own
	 * name shows)
	 */
	public record GlossaryEntry(String kind, String ref, String name, String mentioned, String type, String description,
			boolean known) {

	}

}
