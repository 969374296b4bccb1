package org.corridor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.corridor.ingest.Documents;
import org.corridor.store.Store;
import org.corridor.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code corridor ingest FILE|DIR...}: extracts and stores documents (the store of
 * {@code serve}); prints counts. A document already stored (same bytes) is left as it is.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
		"Extract and store documents; directories are read file by file (not recursively).",
		"Each document is stored once (by SHA-256) in its own transaction; a bad file is reported and skipped." })
final class IngestCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date for relative dates")
	String published;

	@Option(names = "--data-dir",
			description = "data directory of the embedded PostgreSQL (default: CORRIDOR_DATA_DIR or ./data/postgres)")
	Path dataDirectory;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "documents or directories of documents")
	List<Path> paths;

	@Override
	public Integer call() throws IOException {
		LocalDate date = ExtractCommand.published(this.published);
		List<Path> files = new ArrayList<>();
		int failed = 0;
		for (Path path : this.paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> children = Files.list(path)) {
					children.filter(Files::isRegularFile).sorted().forEach(files::add);
				}
			}
			else if (Files.exists(path)) {
				files.add(path);
			}
			else {
				failed++;
				this.spec.commandLine().getErr().println("corridor: " + path + ": no such file or directory");
			}
		}
		StoreSettings settings = ServeCommand.batchStoreSettings(this.dataDirectory);
		int created = 0;
		int unchanged = 0;
		int events = 0;
		int targets = 0;
		int figures = 0;
		try (Store store = Store.open(settings)) {
			try (ConfigurableApplicationContext context = ServeCommand.batchContext(store)) {
				Documents documents = context.getBean(Documents.class);
				for (Path file : files) {
					try {
						Documents.Ingested result = documents.ingest(Files.readAllBytes(file),
								file.getFileName().toString(), date);
						if (result.created()) {
							created++;
							events += result.events();
							targets += result.targets();
							figures += result.figures();
						}
						else {
							unchanged++;
						}
					}
					catch (IOException | IllegalArgumentException ex) {
						failed++;
						this.spec.commandLine()
							.getErr()
							.println("corridor: " + file + ": " + CorridorCommand.oneLine(ex));
					}
				}
			}
		}
		this.spec.commandLine()
			.getOut()
			.printf("%d new, %d already stored, %d failed; %d events, %d targets, %d figures extracted%n", created,
					unchanged, failed, events, targets, figures);
		return (failed == 0) ? 0 : 1;
	}

}
