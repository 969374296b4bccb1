package org.corridor.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code corridor}: the entry point of {@code target/corridor.jar}. Without a command it
 * serves.
 */
@Command(name = "corridor", mixinStandardHelpOptions = true, version = "corridor 0.1.0",
		description = "Open platform for regional collaborative innovation systems.",
		subcommands = { ServeCommand.class, RegionsCommand.class, DeaCommand.class, MalmquistCommand.class,
				NetworkCommand.class, ExtractCommand.class, IngestCommand.class, ExchangeCommand.class })
public final class CorridorCommand implements Runnable {

	@Override
	public void run() {
		throw new IllegalStateException("main() runs serve when no command is given");
	}

	/**
	 * Runs a command line and exits with its status (unless the command is serving, in
	 * which case it returns when the server stops).
	 */
	public static void main(String[] args) {
		System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/**
	 * Runs a command line, writing to the given streams.
	 * @return the exit status: 0 success, 1 failure, 2 bad usage
	 */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new CorridorCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler((ex, arguments) -> {
			err.println("corridor: " + ex.getMessage() + " (see 'corridor "
					+ ex.getCommandLine()
						.getCommandSpec()
						.qualifiedName(" ")
						.replaceFirst("^corridor ?", "")
						.concat(" --help")
						.strip()
					+ "')");
			return 2;
		});
		commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
			err.println("corridor: " + oneLine(ex));
			return 1;
		});
		return commandLine.execute(servesByDefault(args) ? prepend("serve", args) : args);
	}

	/**
	 * Whether the command line is serve's: no command at all, or only serve's options
	 * ({@code corridor --port 9090}).
	 */
	static boolean servesByDefault(String[] args) {
		if (args.length == 0) {
			return true;
		}
		String first = args[0];
		return first.startsWith("-") && !List.of("-h", "--help", "-V", "--version").contains(first);
	}

	private static String[] prepend(String first, String[] rest) {
		String[] all = new String[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	static String oneLine(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

}
