package org.corridor.exchange;

/**
 * The weights of the parts of a match score, normalised to sum to 1. Defaults: text 0.30,
 * concepts 0.30, chain 0.15, proximity 0.10, grouping 0.05, history 0.10; configurable as
 * {@code corridor.exchange.weights.*}.
 *
 * @param text text relevance (BM25 in the listing's language and over the thesaurus
 * translations), relative to the best text match of the same listing
 * @param concepts the IDF-weighted share of the listing's concepts the other side names
 * @param chain industry-chain complementarity (the offer's concepts or industry feed the
 * need's)
 * @param proximity exp(−d / 400 km) of the great-circle distance
 * @param grouping 1 − 0.5^n for n groupings both regions belong to today
 * @param history 1 − exp(−n / 2) for n recorded cooperation events between the two cities
 * in the last three years
 */
public record RankingWeights(double text, double concepts, double chain, double proximity, double grouping,
		double history) {

	/** The defaults. */
	public static final RankingWeights DEFAULT = new RankingWeights(0.30, 0.30, 0.15, 0.10, 0.05, 0.10);

	public RankingWeights {
		double[] all = { text, concepts, chain, proximity, grouping, history };
		double sum = 0;
		for (double w : all) {
			if (!(w >= 0) || Double.isInfinite(w)) {
				throw new IllegalArgumentException("corridor.exchange.weights: every weight must be 0 or more");
			}
			sum += w;
		}
		if (sum <= 0) {
			throw new IllegalArgumentException("corridor.exchange.weights: at least one weight must be positive");
		}
		text /= sum;
		concepts /= sum;
		chain /= sum;
		proximity /= sum;
		grouping /= sum;
		history /= sum;
	}

}
