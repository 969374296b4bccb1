package org.corridor.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.corridor.exchange.Listing;
import org.corridor.exchange.MatchIndex;
import org.corridor.exchange.UnknownException;

import org.springframework.context.ApplicationContext;

/**
 * Test-only access to the exchange's package-private parts, for the end-to-end match
 * benchmark ({@code org.corridor.bench.MatchEndToEndBenchmark}): the index rebuild from
 * the store and the index request a match sends. Production code never sees this class.
 */
public final class ExchangeInternals {

	private final ListingIndexing indexing;

	private final ExchangeMatches matches;

	private final JdbcListings listings;

	private final Clock clock;

	public ExchangeInternals(ApplicationContext context) {
		this.indexing = context.getBean(ListingIndexing.class);
		this.matches = context.getBean(ExchangeMatches.class);
		this.listings = context.getBean(JdbcListings.class);
		this.clock = context.getBean(Clock.class);
	}

	/**
	 * Rebuilds the match index from the published listings of the store, as at a start
	 * that finds the index out of step; returns how many listings it holds.
	 */
	public long rebuildIndex() {
		return this.indexing.rebuild();
	}

	/**
	 * The index request {@code Matches.match} sends for a listing: same text, concepts,
	 * translations, favoured industries, filters and candidate count.
	 */
	public MatchIndex.Request request(long listingId) {
		Listing listing = this.listings.load(listingId).orElseThrow(() -> new UnknownException("listing", listingId));
		String text = listing.title() + "\n" + listing.description();
		Set<String> concepts = this.indexing.entry(listing).concepts();
		return this.matches.request(listing, text, concepts, LocalDate.now(this.clock), ExchangeMatches.CANDIDATES);
	}

}
