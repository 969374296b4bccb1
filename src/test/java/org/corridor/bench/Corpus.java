package org.corridor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The five demo articles, as the benchmarks read them.
 */
final class Corpus {

	static final List<String> NAMES = List.of("000_49366d1017bd9b70.txt", "001_c4aabd8d21241dfd.txt",
			"002_4abfc73a101edbfc.txt", "003_0d526b853c6c2687.txt", "004_2e3c64913e468b1c.txt");

	private Corpus() {
	}

	static byte[] read(String name) {
		try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
