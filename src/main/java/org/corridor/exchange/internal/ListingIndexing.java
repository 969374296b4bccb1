package org.corridor.exchange.internal;

import java.util.List;
import java.util.stream.StreamSupport;

import org.corridor.exchange.ConceptThesaurus;
import org.corridor.exchange.Listing;
import org.corridor.exchange.ListingStatus;
import org.corridor.exchange.MatchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the match index derived from the store. A change reaches the index after its
 * transaction commits; at start the index's fingerprint (the sum of id·65536 + version
 * over the listings it holds) is compared with the store's published listings, and the
 * index is rebuilt from the store when they differ — after a crash between a commit and
 * the index write, after a restore of the database, or with an empty index directory.
 */
@Component
class ListingIndexing {

	private static final Logger log = LoggerFactory.getLogger(ListingIndexing.class);

	private final MatchIndex index;

	private final ConceptThesaurus thesaurus;

	private final JdbcClient jdbc;

	private final JdbcListings listings;

	ListingIndexing(MatchIndex index, ConceptThesaurus thesaurus, JdbcClient jdbc, JdbcListings listings) {
		this.index = index;
		this.thesaurus = thesaurus;
		this.jdbc = jdbc;
		this.listings = listings;
		listings.onChange(this::afterCommit);
	}

	/** The index entry of a listing. */
	MatchIndex.Entry entry(Listing listing) {
		String text = listing.title() + "\n" + listing.description();
		return new MatchIndex.Entry(listing.id(), listing.version(), listing.organisationId(), listing.kind(),
				listing.factor(), listing.language(), text, listing.industries(), listing.regionCode(),
				this.thesaurus.find(text), listing.validUntil());
	}

	private void afterCommit(Listing listing) {
		Runnable write = () -> {
			if (listing.status() == ListingStatus.PUBLISHED) {
				this.index.put(List.of(entry(listing)));
			}
			else {
				this.index.remove(listing.id());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					write.run();
				}
			});
		}
		else {
			write.run();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkAtStart() {
		this.listings.expire();
		long store = storeFingerprint();
		long held = this.index.fingerprint();
		if (store != held) {
			log.info("Match index out of step with the store; rebuilding it");
			rebuild();
		}
	}

	/**
	 * Rebuilds the index from the store, reading the listings {@value #REBUILD_BATCH} at
	 * a time so that the heap does not grow with the store; returns how many listings it
	 * holds.
	 */
	long rebuild() {
		long started = System.nanoTime();
		long[] count = { 0 };
		Iterable<Listing> published = this.listings.publishedInBatches(REBUILD_BATCH);
		this.index.replaceAll(() -> StreamSupport.stream(published.spliterator(), false).map((listing) -> {
			count[0]++;
			return entry(listing);
		}).iterator());
		log.info("Match index rebuilt: {} listings in {} ms", count[0], (System.nanoTime() - started) / 1_000_000);
		return count[0];
	}

	/** How many listings a rebuild reads from the store at a time. */
	static final int REBUILD_BATCH = 5_000;

	long storeFingerprint() {
		return this.jdbc.sql(
				"SELECT coalesce(sum(id::numeric * 65536 + version), 0) FROM exchange_listing WHERE status = 'published'")
			.query(java.math.BigDecimal.class)
			.single()
			.longValue();
	}

}
