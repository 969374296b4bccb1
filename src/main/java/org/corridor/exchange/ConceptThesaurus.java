package org.corridor.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.corridor.support.Csv;

/**
 * Technology and industry concepts with Chinese, English and German labels and synonyms
 * ({@code exchange/concepts.csv}), and the supply links between them: the bridge that
 * lets 固态电池 meet "Festkörperbatterie" and "solid-state battery".
 * <p>
 * {@link #find(String)} finds the concepts a text names in one pass over the text with a
 * character trie of all labels (cost linear in the text times the longest label, not in
 * the number of labels). Text and labels are compared lower-cased, with hyphens, slashes
 * and runs of white space as one space. Chinese labels match anywhere (Chinese has no
 * spaces); Latin labels match whole words, allowing English and German inflection endings
 * (-s, -es, -n, -en, -e, -er, -ern; English -y as -ies); German labels of six letters or
 * more also match inside compounds ("Lithium-Festkörperbatteriezellen" names
 * Festkörperbatterie); Latin labels of up to three letters (SiC, BMS) must match in case
 * too.
 */
public final class ConceptThesaurus {

	private static final Set<String> ENDINGS = Set.of("s", "es", "n", "en", "e", "er", "ern", "ns");

	/**
	 * One concept.
	 *
	 * @param id snake_case identifier
	 * @param industry the industry of the taxonomy it belongs to
	 * @param zh Chinese labels, preferred first
	 * @param en English labels, preferred first
	 * @param de German labels, preferred first
	 * @param feeds concepts it is a direct input to, downstream in a supply chain
	 */
	public record Concept(String id, String industry, List<String> zh, List<String> en, List<String> de,
			Set<String> feeds) {

		public Concept {
			zh = List.copyOf(zh);
			en = List.copyOf(en);
			de = List.copyOf(de);
			feeds = Set.copyOf(feeds);
		}

		/** The labels in a language (zh, en, de). */
		public List<String> labels(String language) {
			return switch (language) {
				case "zh" -> this.zh;
				case "de" -> this.de;
				default -> this.en;
			};
		}

		/** The preferred label in a language. */
		public String label(String language) {
			List<String> labels = labels(language);
			return labels.isEmpty() ? this.en.get(0) : labels.get(0);
		}

	}

	private final Map<String, Concept> concepts;

	private final Node root = new Node();

	private ConceptThesaurus(Map<String, Concept> concepts) {
		this.concepts = concepts;
		for (Concept concept : concepts.values()) {
			concept.zh().forEach((label) -> add(label, concept.id(), false));
			concept.en().forEach((label) -> {
				add(label, concept.id(), false);
				if (label.length() > 3 && label.endsWith("y") && !label.endsWith("ay") && !label.endsWith("ey")) {
					add(label.substring(0, label.length() - 1) + "ies", concept.id(), false);
				}
			});
			concept.de().forEach((label) -> add(label, concept.id(), true));
		}
	}

	/** The thesaurus bundled with Corridor. */
	public static ConceptThesaurus bundled() {
		List<Concept> concepts = new ArrayList<>();
		for (Map<String, String> row : Csv.readResource("exchange/concepts.csv")) {
			concepts.add(new Concept(row.get("id"), row.get("industry"), split(row.get("zh")), split(row.get("en")),
					split(row.get("de")), new LinkedHashSet<>(split(row.get("feeds")))));
		}
		return of(concepts);
	}

	/**
	 * A thesaurus of the given concepts.
	 * @throws IllegalArgumentException if an id repeats or a concept feeds an unknown one
	 */
	public static ConceptThesaurus of(Collection<Concept> concepts) {
		Map<String, Concept> byId = new LinkedHashMap<>();
		for (Concept concept : concepts) {
			if (byId.put(concept.id(), concept) != null) {
				throw new IllegalArgumentException("concept " + concept.id() + " is defined twice");
			}
		}
		for (Concept concept : byId.values()) {
			for (String fed : concept.feeds()) {
				if (!byId.containsKey(fed)) {
					throw new IllegalArgumentException("concept " + concept.id() + " feeds unknown concept " + fed);
				}
			}
		}
		return new ConceptThesaurus(byId);
	}

	private static List<String> split(String labels) {
		List<String> list = new ArrayList<>();
		if (labels != null) {
			for (String label : labels.split("\\|")) {
				if (!label.isBlank()) {
					list.add(label.strip());
				}
			}
		}
		return list;
	}

	public int size() {
		return this.concepts.size();
	}

	public Collection<Concept> concepts() {
		return this.concepts.values();
	}

	public Optional<Concept> concept(String id) {
		return Optional.ofNullable(this.concepts.get(id));
	}

	/** Whether {@code upstream} is a direct input to {@code downstream}. */
	public boolean feeds(String upstream, String downstream) {
		Concept concept = this.concepts.get(upstream);
		return concept != null && concept.feeds().contains(downstream);
	}

	/**
	 * The concepts a text names, in order of first mention.
	 */
	public Set<String> find(String text) {
		Objects.requireNonNull(text, "text");
		Normalised normalised = Normalised.of(text);
		char[] t = normalised.chars;
		int n = normalised.length;
		Set<String> found = new LinkedHashSet<>();
		for (int i = 0; i < n; i++) {
			if (t[i] == ' ') {
				continue;
			}
			boolean wordStart = i == 0 || !wordChar(t[i - 1]);
			Node node = this.root;
			for (int j = i; j < n; j++) {
				node = node.next.get(t[j]);
				if (node == null) {
					break;
				}
				for (Label label : node.labels) {
					if (accepts(label, normalised, text, i, j + 1, wordStart)) {
						found.add(label.concept);
					}
				}
			}
		}
		return found;
	}

	private static boolean accepts(Label label, Normalised normalised, String original, int start, int end,
			boolean wordStart) {
		if (!label.latin) {
			return true;
		}
		char[] t = normalised.chars;
		if (!wordStart && !label.compound) {
			return false;
		}
		if (label.caseSensitive != null) {
			int from = normalised.origin[start];
			int to = normalised.origin[end - 1] + 1;
			if (!original.substring(from, to).equals(label.caseSensitive)) {
				return false;
			}
		}
		if (end == normalised.length || !wordChar(t[end])) {
			return true;
		}
		if (label.compound) {
			return true;
		}
		int k = end;
		while (k < normalised.length && wordChar(t[k])) {
			k++;
		}
		return ENDINGS.contains(new String(t, end, k - end));
	}

	private static boolean wordChar(char c) {
		return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
	}

	private void add(String label, String concept, boolean german) {
		Normalised key = Normalised.of(label);
		if (key.length == 0) {
			return;
		}
		boolean latin = false;
		for (int i = 0; i < key.length; i++) {
			if (wordChar(key.chars[i])) {
				latin = true;
			}
		}
		Node node = this.root;
		for (int i = 0; i < key.length; i++) {
			node = node.next.computeIfAbsent(key.chars[i], (c) -> new Node());
		}
		boolean compound = latin && german && key.length >= 6 && label.indexOf(' ') < 0;
		String caseSensitive = (latin && key.length <= 3) ? label : null;
		node.labels.add(new Label(concept, latin, compound, caseSensitive));
	}

	private record Label(String concept, boolean latin, boolean compound, String caseSensitive) {

	}

	private static final class Node {

		final Map<Character, Node> next = new HashMap<>(4);

		final List<Label> labels = new ArrayList<>(1);

	}

	/**
	 * Lower-cased text with separators as single spaces, and for each character the index
	 * of the original character it came from.
	 */
	private static final class Normalised {

		final char[] chars;

		final int[] origin;

		final int length;

		private Normalised(char[] chars, int[] origin, int length) {
			this.chars = chars;
			this.origin = origin;
			this.length = length;
		}

		static Normalised of(String text) {
			char[] chars = new char[text.length()];
			int[] origin = new int[text.length()];
			int n = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				boolean separator = Character.isWhitespace(c) || c == '-' || c == '‐' || c == '‑' || c == '–'
						|| c == '—' || c == '_' || c == '/' || c == '·' || c == '\u00a0' || c == '\u3000';
				if (separator) {
					if (n > 0 && chars[n - 1] != ' ') {
						chars[n] = ' ';
						origin[n] = i;
						n++;
					}
					continue;
				}
				chars[n] = Character.toLowerCase(c);
				origin[n] = i;
				n++;
			}
			if (n > 0 && chars[n - 1] == ' ') {
				n--;
			}
			return new Normalised(chars, origin, n);
		}

	}

}
