package org.corridor.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The language cues of the reading stages, kept as data: tab-separated rows under
 * {@code src/main/resources/ingest/cues/} ({@code #} starts a comment line). A new unit,
 * qualifier or counted word is a new row, not a new pattern.
 */
public final class Cues {

	private Cues() {
	}

	/** The rows of a cue file, each split at tabs. */
	public static List<String[]> rows(String file) {
		String path = "/ingest/cues/" + file;
		try (InputStream in = Cues.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing cue file " + path);
			}
			List<String[]> rows = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				rows.add(line.strip().split("\t"));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One pattern of alternatives, longest first, so that the longest form wins; forms
	 * written in Latin letters match in any case and only as whole words.
	 */
	public static Pattern alternatives(List<String> forms) {
		return alternatives(forms, true);
	}

	/**
	 * As {@link #alternatives(List)}; with {@code ignoreCase} false, Latin forms match
	 * only as written (names: "JAC" but not "jac"), still as whole words.
	 * <p>
	 * The pattern is a trie of the forms, one branch per next char, so that an attempt at
	 * a position costs a few char comparisons rather than one per form. It matches what
	 * the list of forms, longest first, would match: at a position the forms that match
	 * are prefixes of one another, and the trie tries a longer one before a shorter one
	 * (the branches below a char before the end of a form there; a branch of forms with
	 * Latin letters, which can only be longer, before one without).
	 */
	public static Pattern alternatives(List<String> forms, boolean ignoreCase) {
		Node root = new Node();
		for (String form : forms) {
			boolean latin = form.chars().anyMatch((c) -> c < 0x3000 && Character.isLetter(c));
			boolean folded = latin && ignoreCase;
			Node node = root;
			for (int k = 0; k < form.length();) {
				int c = form.codePointAt(k);
				k += Character.charCount(c);
				String edge = folded ? "(?iu:" + Pattern.quote(Character.toString(Character.toLowerCase(c))) + ")"
						: Pattern.quote(Character.toString(c));
				node = node.children.computeIfAbsent(new Edge(folded ? 0 : 1, edge), (e) -> new Node());
			}
			node.end = latin ? End.WORD : End.ANY;
		}
		return Pattern.compile("(?:" + root.regex() + ")");
	}

	/** A branch of the trie: folded (Latin, case ignored) branches sort first. */
	private record Edge(int order, String regex) implements Comparable<Edge> {

		@Override
		public int compareTo(Edge other) {
			int c = Integer.compare(this.order, other.order);
			return (c != 0) ? c : this.regex.compareTo(other.regex);
		}

	}

	/** Where a form ends: nowhere, anywhere, or only before a char that is no letter. */
	private enum End {

		NONE, ANY, WORD

	}

	/** A node of the trie of forms. */
	private static final class Node {

		private final java.util.TreeMap<Edge, Node> children = new java.util.TreeMap<>();

		private End end = End.NONE;

		String regex() {
			List<String> branches = new ArrayList<>();
			this.children.forEach((edge, child) -> branches.add(edge.regex() + child.regex()));
			if (this.end == End.WORD) {
				branches.add("(?![\\p{L}])");
			}
			else if (this.end == End.ANY) {
				branches.add("");
			}
			return (branches.size() == 1) ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
		}

	}

}
