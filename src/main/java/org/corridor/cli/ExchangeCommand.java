package org.corridor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corridor.exchange.ListingImports;
import org.corridor.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code corridor exchange import [--organisations ORGS.csv] LISTINGS.csv}: imports
 * published listings into the store in one transaction (a bad row stores nothing).
 */
@Command(name = "exchange", mixinStandardHelpOptions = true, description = "The factor exchange.",
		subcommands = ExchangeCommand.Import.class)
final class ExchangeCommand {

	@Command(name = "import", mixinStandardHelpOptions = true, description = {
			"Import listings from CSV, all or nothing (format in the README).",
			"Columns: key,organisation,kind,factor,language,title,description,industries,region_code,terms,trl,budget_min_cny,budget_max_cny,valid_until" })
	static final class Import implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--organisations",
				description = "organisations to register first (key,name,type,region_code,industries,language)")
		Path organisations;

		@Option(names = "--data-dir", description = "data directory of the embedded PostgreSQL")
		Path dataDirectory;

		@Parameters(paramLabel = "LISTINGS.csv", description = "the listings")
		Path listings;

		@Override
		public Integer call() {
			String organisationsCsv;
			String listingsCsv;
			try {
				organisationsCsv = (this.organisations != null)
						? Files.readString(this.organisations, StandardCharsets.UTF_8) : null;
				listingsCsv = Files.readString(this.listings, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				this.spec.commandLine().getErr().println("corridor: cannot read " + CorridorCommand.oneLine(ex));
				return 1;
			}
			try (Store store = Store.open(ServeCommand.batchStoreSettings(this.dataDirectory))) {
				try (ConfigurableApplicationContext context = ServeCommand.batchContext(store)) {
					ListingImports.Imported imported = context.getBean(ListingImports.class)
						.importCsv(organisationsCsv, listingsCsv, this.listings.getFileName().toString(), false);
					this.spec.commandLine()
						.getOut()
						.printf("%d organisations registered, %d listings imported, %d already there%n",
								imported.organisations(), imported.listings(), imported.unchanged());
					return 0;
				}
				catch (IllegalArgumentException ex) {
					this.spec.commandLine().getErr().println("corridor: " + ex.getMessage() + "; nothing was imported");
					return 1;
				}
			}
		}

	}

}
