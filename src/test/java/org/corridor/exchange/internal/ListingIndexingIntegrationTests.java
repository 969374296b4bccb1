package org.corridor.exchange.internal;

import org.corridor.CorridorIntegrationTest;
import org.corridor.exchange.MatchIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

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

	@Test
	void anIndexOutOfStepWithTheStoreIsRebuiltAtStart() {
		long published = this.listings.published().size();
		assertThat(published).as("the demo listings are published").isPositive();
		assertThat(this.index.fingerprint()).isEqualTo(this.indexing.storeFingerprint());
		long lost = this.listings.published().get(0).id();
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
		assertThat(batched).isEqualTo(this.listings.published().stream().map((l) -> l.id()).toList());
		assertThat(batched.size()).as("more than a few batches").isGreaterThan(3 * 7);
	}

}
