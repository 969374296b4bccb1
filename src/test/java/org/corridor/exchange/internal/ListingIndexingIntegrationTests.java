package org.corridor.exchange.internal;

import org.corridor.CorridorIntegrationTest;
import org.corridor.exchange.MatchIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is derived from the store: when the two are out of step (a crash between the
 * commit and the index write), the check at start rebuilds it.
 */
@CorridorIntegrationTest
class ListingIndexingIntegrationTests {

	@Autowired
	ListingIndexing indexing;

	@Autowired
	MatchIndex index;

	@Autowired
	JdbcListings listings;

	@Autowired
	JdbcClient jdbc;

	private java.util.List<Long> publishedIds() {
		return this.jdbc.sql("SELECT id FROM exchange_listing WHERE status = 'published' ORDER BY id")
			.query(Long.class)
			.list();
	}

	@Test
	void anIndexOutOfStepWithTheStoreIsRebuiltAtStart() {
		long published = publishedIds().size();
		assertThat(published).as("the demo listings are published").isPositive();
		assertThat(this.index.fingerprint()).isEqualTo(this.indexing.storeFingerprint());
		long lost = publishedIds().get(0);
		this.index.remove(lost);
		assertThat(this.index.fingerprint()).isNotEqualTo(this.indexing.storeFingerprint());
		this.indexing.checkAtStart();
		assertThat(this.index.fingerprint()).isEqualTo(this.indexing.storeFingerprint());
		assertThat(this.index.size()).isEqualTo(published);
	}

	@Test
	void theRebuildReadsTheStoreInBatchesAndMissesNone() {
		java.util.List<Long> batched = new java.util.ArrayList<>();
		this.listings.publishedInBatches(7).forEach((listing) -> batched.add(listing.id()));
		assertThat(batched).isEqualTo(publishedIds());
		assertThat(batched.size()).as("more than a few batches").isGreaterThan(3 * 7);
	}

}
