package org.corridor.exchange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The search index behind matching: derived from the store, rebuildable from it at any
 * time. Embedded it is Lucene ({@code LuceneMatchIndex}); past one machine an OpenSearch
 * adapter would implement the same interface, fed with the tokens of Corridor's own
 * analysers so both rank alike.
 */
public interface MatchIndex extends AutoCloseable {

	/**
	 * What the index keeps of a published listing.
	 */
	record Entry(long id, int version, long organisationId, ListingKind kind, Factor factor, String language,
			String text, List<String> industries, String regionCode, Set<String> concepts, LocalDate validUntil) {

		public Entry {
			industries = List.copyOf(industries);
			concepts = Set.copyOf(concepts);
		}

	}

	/**
	 * What to look for.
	 *
	 * @param wanted the kind on the other side
	 * @param excludeOrganisation never return this organisation's listings
	 * @param language the language of {@code text}
	 * @param text the listing's own text
	 * @param translations words of the other languages to look for (the thesaurus labels
	 * of the listing's concepts), by language
	 * @param concepts the listing's concepts
	 * @param industries industries to favour (its own and those up or down its chain)
	 * @param validOn only listings valid on this day
	 * @param limit how many candidates
	 */
	record Request(ListingKind wanted, long excludeOrganisation, String language, String text,
			java.util.Map<String, String> translations, Set<String> concepts, Set<String> industries, LocalDate validOn,
			int limit) {

	}

	/**
	 * A candidate with its text relevance (BM25 over the analysed text, 0 when only
	 * concepts or industries brought it).
	 */
	record Hit(long id, double textScore, Set<String> concepts, List<String> industries, String regionCode,
			long organisationId) {

	}

	/** Adds or replaces listings; visible to searches when this returns. */
	void put(Collection<Entry> entries);

	void remove(long id);

	/** Empties the index and fills it with the entries, in one commit. */
	void replaceAll(Iterable<Entry> entries);

	/**
	 * Candidates for a query: by text, translated text, concepts and industries.
	 */
	List<Hit> candidates(Request request);

	/** The plain BM25 text query alone, in the listing's own language (the baseline). */
	List<Hit> textOnly(Request request);

	/** How many listings a concept occurs in. */
	int conceptFrequency(String concept);

	long size();

	/**
	 * A fingerprint of the (id, version) pairs held, to compare with the store's.
	 */
	long fingerprint();

	@Override
	void close();

}
