package org.corridor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.corridor.geo.Gazetteer;
import org.corridor.geo.RegionResolver;
import org.corridor.geo.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corridor regions ...}: the reference geography without a store.
 */
@Command(name = "regions", description = "Look up Chinese divisions and groupings.", mixinStandardHelpOptions = true,
		subcommands = RegionsCommand.Resolve.class)
final class RegionsCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	/**
	 * {@code corridor regions resolve TEXT...}: prints a JSON array with one resolution
	 * per text; exit status 1 if any text names nothing.
	 */
	@Command(name = "resolve", mixinStandardHelpOptions = true, description = {
			"Resolve names of places and groupings in Chinese, English or German to division codes.",
			"Each TEXT is one name (\"昆山\", \"Schanghai\") or a sentence; prints a JSON array, one object per TEXT." })
	static final class Resolve implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(arity = "1..*", paramLabel = "TEXT", description = "names or sentences to resolve")
		List<String> texts;

		@Override
		public Integer call() {
			RegionResolver resolver = new RegionResolver(Gazetteer.bundled());
			List<Resolution> resolutions = new ArrayList<>();
			boolean allFound = true;
			for (String text : this.texts) {
				Resolution resolution = resolver.resolve(text);
				resolutions.add(resolution);
				if (resolution.mentions().isEmpty()) {
					allFound = false;
					String hint = resolution.suggestions().isEmpty() ? ""
							: "; did you mean " + String.join(", ", resolution.suggestions()) + "?";
					this.spec.commandLine()
						.getErr()
						.println("corridor: no division or grouping found in \"" + text + "\"" + hint);
				}
			}
			this.spec.commandLine().getOut().println(Json.write(resolutions));
			return allFound ? 0 : 1;
		}

	}

}
