package org.corridor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridor.geo.Gazetteer;
import org.corridor.ingest.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corridor extract}: the extraction JSON of each document, one per line; no store.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, description = {
		"Extract places, groupings, organisations, events, targets and figures from documents (.txt, .md, .html);",
		"prints one corridor.extraction/1 JSON object per file (JSON Lines). Needs no store." })
final class ExtractCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--published", paramLabel = "YYYY-MM-DD",
			description = "publication date for relative dates (default: the first full date in each text)")
	String published;

	@Option(names = "--max-bytes", defaultValue = "52428800",
			description = "largest file read (default: ${DEFAULT-VALUE})")
	long maxBytes;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "documents")
	List<Path> files;

	/**
	 * The value of {@code --published}, or null.
	 */
	static LocalDate published(String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--published must be a date YYYY-MM-DD, not \"" + value + "\"");
		}
	}

	@Override
	public Integer call() {
		LocalDate date = null;
		if (this.published != null) {
			try {
				date = LocalDate.parse(this.published);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException(
						"--published must be a date YYYY-MM-DD, not \"" + this.published + "\"");
			}
		}
		Extractor extractor = new Extractor(Gazetteer.bundled(), this.maxBytes);
		int failed = 0;
		for (Path file : this.files) {
			try {
				if (Files.isDirectory(file)) {
					throw new IllegalArgumentException("is a directory; give the files in it");
				}
				byte[] bytes = Files.readAllBytes(file);
				this.spec.commandLine()
					.getOut()
					.println(Json.line(extractor.extract(bytes, file.getFileName().toString(), date)));
			}
			catch (NoSuchFileException ex) {
				failed++;
				this.spec.commandLine().getErr().println("corridor: " + file + ": no such file");
			}
			catch (IOException | IllegalArgumentException ex) {
				failed++;
				this.spec.commandLine().getErr().println("corridor: " + file + ": " + CorridorCommand.oneLine(ex));
			}
		}
		this.spec.commandLine().getOut().flush();
		return (failed == 0) ? 0 : 1;
	}

}
