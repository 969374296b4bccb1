package org.corridor.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.corridor.ingest.Documents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the five demo articles ({@code src/main/resources/corpus}) when the store holds
 * no document yet, so a first start shows a populated platform. Ingestion is idempotent,
 * so a repeated load changes nothing.
 */
@Component
@ConditionalOnProperty(name = "corridor.demo-corpus", havingValue = "true", matchIfMissing = true)
class DemoCorpus implements SmartInitializingSingleton {

	static final List<String> ARTICLES = List.of("000_49366d1017bd9b70.txt", "001_c4aabd8d21241dfd.txt",
			"002_4abfc73a101edbfc.txt", "003_0d526b853c6c2687.txt", "004_2e3c64913e468b1c.txt");

	private static final Logger log = LoggerFactory.getLogger(DemoCorpus.class);

	private final Documents documents;

	DemoCorpus(Documents documents) {
		this.documents = documents;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.documents.count() > 0) {
			return;
		}
		for (String article : ARTICLES) {
			try (InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream("corpus/" + article)) {
				if (in == null) {
					throw new IllegalStateException(
							"demo article corpus/" + article + " is missing from the classpath");
				}
				this.documents.ingest(in.readAllBytes(), article, null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		log.info("Loaded the {} demo articles", ARTICLES.size());
	}

}
