package org.corridor.geo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.corridor.support.Languages;

/**
 * A trie over the keys ({@link NameKey}) of every name, walked once from each possible
 * start in a text: leftmost-longest matching whose cost is the text length times the
 * length of the longest match, independent of how many names there are.
 * <p>
 * Latin names must begin and end on word boundaries (a German genitive {@code s} or
 * {@code es} may follow), begin with a capital in running text, and cross as many spaces
 * as the name has (so "Wang Cheng" is not read as Wangcheng); they may cross hyphens and
 * apostrophes ("Yangtze-Delta", "Xi'an"). Chinese names match anywhere, so text without
 * spaces is segmented by the names themselves.
 */
public final class NameAutomaton {

	/**
	 * Running-text keys shorter than this are not matched in Latin script (Bei, Jin,
	 * Aba).
	 */
	static final int MIN_LATIN_KEY_IN_TEXT = 4;

	/**
	 * What a name stands for.
	 *
	 * @param kind {@code region} or {@code grouping}
	 * @param ref region code or grouping id
	 * @param name the name as written in the reference data
	 * @param lang its language
	 * @param form its kind (official, short, pinyin, exonym, ...)
	 * @param spaces how many spaces the name has
	 */
	public record Entry(String kind, String ref, String name, String lang, String form, int spaces) {

		public Entry {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(ref, "ref");
		}

		public static Entry of(String kind, String ref, String name, String lang, String form) {
			return new Entry(kind, ref, name, lang, form, spacesIn(name));
		}

	}

	/**
	 * A match in a text, in code-point offsets.
	 *
	 * @param start first code point
	 * @param end code point after the last
	 * @param entries what the matched name stands for; empty for a blocked word
	 */
	public record Match(int start, int end, List<Entry> entries) {

	}

	private static final class Node {

		final Map<Character, Node> children = new HashMap<>(4);

		List<Entry> entries;

		boolean blocked;

	}

	private final Node root = new Node();

	private final Map<String, List<Entry>> exact = new HashMap<>();

	/** The length of the longest key added. */
	private int longestKey;

	/**
	 * Adds a name.
	 */
	public void add(Entry entry) {
		String key = NameKey.of(entry.name());
		if (key.isEmpty()) {
			return;
		}
		this.longestKey = Math.max(this.longestKey, key.length());
		List<Entry> list = this.exact.computeIfAbsent(key, (k) -> new ArrayList<>(1));
		if (list.stream()
			.noneMatch((e) -> e.kind().equals(entry.kind()) && e.ref().equals(entry.ref())
					&& e.spaces() == entry.spaces())) {
			list.add(entry);
		}
		Node node = this.root;
		for (int i = 0; i < key.length(); i++) {
			node = node.children.computeIfAbsent(key.charAt(i), (c) -> new Node());
		}
		node.entries = list;
	}

	/**
	 * Marks a word that contains or equals a place name without being one ("Yuan" the
	 * currency, 双城记 "tale of two cities"): in running text it is consumed and yields no
	 * match. Looking up the word on its own ({@link #lookup}) still finds the places.
	 */
	public void block(String word) {
		String key = NameKey.of(word);
		if (key.isEmpty()) {
			return;
		}
		Node node = this.root;
		for (int i = 0; i < key.length(); i++) {
			node = node.children.computeIfAbsent(key.charAt(i), (c) -> new Node());
		}
		node.blocked = true;
	}

	/**
	 * The entries whose key equals the key of the whole of {@code name}. Cost: at most
	 * the length of the longest name, however long {@code name} is.
	 */
	public List<Entry> lookup(String name) {
		String key = NameKey.of(name, this.longestKey);
		return (key != null) ? this.exact.getOrDefault(key, List.of()) : List.of();
	}

	/**
	 * All distinct keys, for suggestions.
	 */
	public Set<String> keys() {
		return this.exact.keySet();
	}

	/**
	 * The names in a running text, leftmost-longest, without overlaps.
	 */
	public List<Match> scan(String text) {
		return scan(codePoints(text));
	}

	/**
	 * The names in a running text given as code points, leftmost-longest, without
	 * overlaps.
	 */
	public List<Match> scan(int[] text) {
		Normalized norm = Normalized.of(text);
		List<Match> matches = new ArrayList<>();
		int n = norm.length();
		int k = 0;
		while (k < n) {
			Match match = longestAt(norm, k);
			if (match == null) {
				k++;
			}
			else {
				if (!match.entries().isEmpty()) {
					matches.add(match);
				}
				while (k < n && norm.origin(k) < match.end()) {
					k++;
				}
			}
		}
		return matches;
	}

	private Match longestAt(Normalized norm, int k) {
		boolean latinStart = !norm.han(k);
		if (latinStart && !(norm.wordStart(k) && norm.capitalOrDigit(k))) {
			return null;
		}
		Node node = this.root;
		Match best = null;
		for (int j = k; j < norm.length(); j++) {
			if (j > k && norm.hardBreakBefore(j)) {
				break;
			}
			node = node.children.get(norm.charAt(j));
			if (node == null) {
				break;
			}
			if (node.entries == null && !node.blocked) {
				continue;
			}
			int end = endOfMatch(norm, k, j + 1);
			if (end < 0) {
				continue;
			}
			if (node.blocked) {
				best = new Match(norm.origin(k), norm.originEnd(end - 1), List.of());
				continue;
			}
			int spaces = norm.spacesBetween(k, j);
			int keyLength = j + 1 - k;
			List<Entry> valid = node.entries.stream()
				.filter((e) -> e.spaces() == spaces)
				.filter((e) -> !latinStart || keyLength >= MIN_LATIN_KEY_IN_TEXT || e.kind().equals("grouping"))
				.toList();
			if (!valid.isEmpty()) {
				best = new Match(norm.origin(k), norm.originEnd(end - 1), valid);
			}
		}
		return best;
	}

	/**
	 * Where a match of normalised characters [k, e) ends, or -1 if it may not end there.
	 */
	private static int endOfMatch(Normalized norm, int k, int e) {
		if (norm.han(e - 1)) {
			return e;
		}
		if (e == norm.length() || norm.wordStart(e) || norm.han(e)) {
			return e;
		}
		boolean genitive = norm.charAt(e) == 's' && (e + 1 == norm.length() || norm.wordStart(e + 1));
		if (genitive) {
			return e + 1;
		}
		boolean longGenitive = e + 1 < norm.length() && norm.charAt(e) == 'e' && norm.charAt(e + 1) == 's'
				&& (e + 2 == norm.length() || norm.wordStart(e + 2));
		return longGenitive ? e + 2 : -1;
	}

	/** The code points of a text, as {@link String#codePoints()} gives them. */
	public static int[] codePoints(String text) {
		int[] cps = new int[text.length()];
		int n = 0;
		for (int i = 0; i < text.length(); i += Character.charCount(cps[n - 1])) {
			cps[n++] = text.codePointAt(i);
		}
		return (n == cps.length) ? cps : Arrays.copyOf(cps, n);
	}

	/**
	 * How many runs of white space a name has.
	 */
	static int spacesIn(String name) {
		int[] cps = name.strip().codePoints().toArray();
		int spaces = 0;
		for (int i = 1; i < cps.length; i++) {
			if (isSpace(cps[i]) && !isSpace(cps[i - 1])) {
				spaces++;
			}
		}
		return spaces;
	}

	static boolean isSpace(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
	}

	/**
	 * A text reduced to key characters, each remembering where it came from: the origin
	 * code point, flags and the count of spaces before it, in parallel arrays (no object
	 * per character).
	 */
	private static final class Normalized {

		private final StringBuilder chars;

		private int[] origins;

		private int[] flags;

		private int[] spaces;

		private static final int WORD_START = 1;

		private static final int HARD_BREAK = 2;

		private static final int HAN = 4;

		private static final int CAPITAL = 8;

		private Normalized(int capacity) {
			this.chars = new StringBuilder(capacity);
			this.origins = new int[capacity];
			this.flags = new int[capacity];
			this.spaces = new int[capacity];
		}

		static Normalized of(int[] cps) {
			Normalized norm = new Normalized(cps.length + 16);
			int spaces = 0;
			boolean gap = true;
			boolean hardBreak = false;
			boolean previousHan = false;
			for (int i = 0; i < cps.length; i++) {
				int cp = cps[i];
				boolean upper = cp >= 'A' && cp <= 'Z';
				boolean digit = cp >= '0' && cp <= '9';
				if (upper || digit || (cp >= 'a' && cp <= 'z')) {
					// the common case, as the general path below would treat it: one key
					// char
					int flags = (gap || previousHan) ? WORD_START : 0;
					flags |= (hardBreak ? HARD_BREAK : 0) | (upper || digit ? CAPITAL : 0);
					norm.chars.append(upper ? (char) (cp + ('a' - 'A')) : (char) cp);
					norm.set(norm.length() - 1, i, flags, spaces);
					gap = false;
					hardBreak = false;
					previousHan = false;
					continue;
				}
				boolean han = Languages.han(cp);
				if (NameKey.isSeparator(cp)) {
					if (isSpace(cp) && (i == 0 || !isSpace(cps[i - 1]))) {
						spaces++;
					}
					gap = true;
					continue;
				}
				if (!han && !Character.isLetterOrDigit(cp) && cp != '&') {
					gap = true;
					hardBreak = true;
					continue;
				}
				int first = norm.length();
				NameKey.append(cp, norm.chars);
				for (int c = first; c < norm.length(); c++) {
					int flags = 0;
					if (c == first && (gap || han != previousHan || han)) {
						flags |= WORD_START;
					}
					if (c == first && hardBreak) {
						flags |= HARD_BREAK;
					}
					if (han) {
						flags |= HAN;
					}
					if (c == first && (Character.isUpperCase(cp) || Character.isDigit(cp))) {
						flags |= CAPITAL;
					}
					norm.set(c, i, flags, spaces);
				}
				gap = false;
				hardBreak = false;
				previousHan = han;
			}
			return norm;
		}

		/** Records where the key char {@code k}, already appended, came from. */
		private void set(int k, int origin, int flags, int spaces) {
			if (k >= this.origins.length) {
				int capacity = Math.max(k + 1, this.origins.length * 2);
				this.origins = Arrays.copyOf(this.origins, capacity);
				this.flags = Arrays.copyOf(this.flags, capacity);
				this.spaces = Arrays.copyOf(this.spaces, capacity);
			}
			this.origins[k] = origin;
			this.flags[k] = flags;
			this.spaces[k] = spaces;
		}

		int length() {
			return this.chars.length();
		}

		char charAt(int k) {
			return this.chars.charAt(k);
		}

		int origin(int k) {
			return this.origins[k];
		}

		/** The code point after the one that normalised character {@code k} came from. */
		int originEnd(int k) {
			return origin(k) + 1;
		}

		boolean wordStart(int k) {
			return (this.flags[k] & WORD_START) != 0;
		}

		boolean hardBreakBefore(int k) {
			return (this.flags[k] & HARD_BREAK) != 0;
		}

		boolean han(int k) {
			return (this.flags[k] & HAN) != 0;
		}

		boolean capitalOrDigit(int k) {
			return (this.flags[k] & CAPITAL) != 0;
		}

		/** Spaces crossed between normalised characters k and j (inclusive). */
		int spacesBetween(int k, int j) {
			return this.spaces[j] - this.spaces[k];
		}

	}

}
