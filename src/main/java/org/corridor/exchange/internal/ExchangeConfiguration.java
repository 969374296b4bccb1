package org.corridor.exchange.internal;

import java.nio.file.Path;

import org.corridor.exchange.ConceptThesaurus;
import org.corridor.exchange.MatchIndex;
import org.corridor.exchange.RankingWeights;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The exchange's beans: the thesaurus, the ranking weights and the match index (on disk
 * in {@code corridor.exchange.index-directory}, which {@code corridor serve} sets beside
 * the embedded store; in memory when unset, then rebuilt from the store at every start).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExchangeConfiguration {

	@Bean
	ConceptThesaurus conceptThesaurus() {
		return ConceptThesaurus.bundled();
	}

	@Bean
	RankingWeights rankingWeights(@Value("${corridor.exchange.weights.text:0.30}") double text,
			@Value("${corridor.exchange.weights.concepts:0.30}") double concepts,
			@Value("${corridor.exchange.weights.chain:0.15}") double chain,
			@Value("${corridor.exchange.weights.proximity:0.10}") double proximity,
			@Value("${corridor.exchange.weights.grouping:0.05}") double grouping,
			@Value("${corridor.exchange.weights.history:0.10}") double history) {
		return new RankingWeights(text, concepts, chain, proximity, grouping, history);
	}

	@Bean(destroyMethod = "close")
	MatchIndex matchIndex(@Value("${corridor.exchange.index-directory:}") String directory) {
		return directory.isBlank() ? LuceneMatchIndex.inMemory() : LuceneMatchIndex.on(Path.of(directory));
	}

}
