package org.corridor.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corridor.actor.Organisation;
import org.corridor.actor.OrganisationType;
import org.corridor.actor.Organisations;
import org.corridor.exchange.Factor;
import org.corridor.exchange.ListingImports;
import org.corridor.exchange.ListingInput;
import org.corridor.exchange.ListingKind;
import org.corridor.support.CsvTable;
import org.corridor.support.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ListingImports} in one transaction; also loads the bundled demo organisations
 * and listings ({@code exchange/demo_*.csv}) into a store without demo listings, unless
 * {@code corridor.demo-exchange=false}. The demo's validity dates were written on
 * {@link #DEMO_WRITTEN}; loaded on a later day they move by as many days, so every demo
 * listing keeps the validity it had left and a demo started in 2027 shows no expired
 * listings. Imported files keep their dates as written.
 */
@Service
class CsvListingImports implements ListingImports {

	private static final Logger log = LoggerFactory.getLogger(CsvListingImports.class);

	/** The day {@code demo_listings.csv}'s {@code valid_until} dates count from. */
	static final LocalDate DEMO_WRITTEN = LocalDate.of(2026, 11, 21);

	private final Organisations organisations;

	private final JdbcListings listings;

	private final JdbcClient jdbc;

	private final boolean loadDemo;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CsvListingImports(Organisations organisations, JdbcListings listings, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock, @Value("${corridor.demo-exchange:true}") boolean loadDemo) {
		this.transactions = transactions;
		this.clock = clock;
		this.organisations = organisations;
		this.listings = listings;
		this.jdbc = jdbc;
		this.loadDemo = loadDemo;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void loadDemo() {
		if (!this.loadDemo) {
			return;
		}
		boolean loaded = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM exchange_listing WHERE demo)")
			.query(Boolean.class)
			.single();
		if (!loaded) {
			Imported imported = importDemo(resource("exchange/demo_organisations.csv"),
					resource("exchange/demo_listings.csv"), "exchange/demo_listings.csv");
			log.info("Demo exchange loaded: {} organisations, {} listings", imported.organisations(),
					imported.listings());
		}
	}

	/**
	 * Imports demo data in one transaction, its validity dates moved from
	 * {@link #DEMO_WRITTEN} to today.
	 */
	Imported importDemo(String organisationsCsv, String listingsCsv, String source) {
		long days = ChronoUnit.DAYS.between(DEMO_WRITTEN, LocalDate.now(this.clock));
		return this.transactions.execute((status) -> importRows(organisationsCsv, listingsCsv, source, true, days));
	}

	@Override
	@Transactional
	public Imported importCsv(String organisationsCsv, String listingsCsv, String source, boolean demo) {
		return importRows(organisationsCsv, listingsCsv, source, demo, 0);
	}

	/** The import, with each {@code valid_until} moved by {@code validityShift} days. */
	private Imported importRows(String organisationsCsv, String listingsCsv, String source, boolean demo,
			long validityShift) {
		Map<String, Organisation> byKey = new HashMap<>();
		int organisationCount = 0;
		if (organisationsCsv != null) {
			CsvTable table = CsvTable.parse(organisationsCsv, "organisations");
			for (int row = 0; row < table.rowCount(); row++) {
				String key = text(table, row, "key");
				try {
					Organisation organisation = this.organisations
						.register(new Organisations.NewOrganisation(text(table, row, "name"),
								OrganisationType.of(text(table, row, "type")), text(table, row, "region_code"),
								list(text(table, row, "industries")), text(table, row, "language"), demo));
					byKey.put(key, organisation);
					organisationCount++;
				}
				catch (IllegalArgumentException ex) {
					throw at(table, row, ex);
				}
			}
		}
		CsvTable table = CsvTable.parse(listingsCsv, source);
		int created = 0;
		int unchanged = 0;
		for (int row = 0; row < table.rowCount(); row++) {
			try {
				String key = text(table, row, "key");
				String owner = text(table, row, "organisation");
				Organisation organisation = byKey.containsKey(owner) ? byKey.get(owner)
						: this.organisations.findByName(owner)
							.orElseThrow(() -> new InvalidInputException("organisation", "no organisation \"" + owner
									+ "\" (neither a key of the organisations file nor a registered name)"));
				String demoKey = (key.isEmpty()) ? null : source.replaceAll(".*/", "") + "#" + key;
				if (demoKey != null
						&& this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM exchange_listing WHERE demo_key = ?)")
							.param(demoKey)
							.query(Boolean.class)
							.single()) {
					unchanged++;
					continue;
				}
				String trl = text(table, row, "trl");
				ListingInput input = new ListingInput(ListingKind.of(text(table, row, "kind")),
						Factor.of(text(table, row, "factor")), blankToNull(text(table, row, "language")),
						text(table, row, "title"), text(table, row, "description"),
						list(text(table, row, "industries")), blankToNull(text(table, row, "region_code")),
						list(text(table, row, "terms")), trl.isEmpty() ? null : Integer.valueOf(trl),
						money(table, row, "budget_min_cny"), money(table, row, "budget_max_cny"),
						later(date(table, row, "valid_until"), validityShift));
				this.listings.insert(organisation, input, true, demo, demoKey, null);
				created++;
			}
			catch (IllegalArgumentException ex) {
				throw at(table, row, ex);
			}
		}
		return new Imported(organisationCount, created, unchanged);
	}

	private static InvalidInputException at(CsvTable table, int row, IllegalArgumentException ex) {
		String field = (ex instanceof InvalidInputException invalid) ? invalid.field() : "row";
		return new InvalidInputException(field,
				table.source() + ":" + (row + 2) + ": " + field + ": " + ex.getMessage());
	}

	private static String text(CsvTable table, int row, String column) {
		if (!table.hasColumn(column)) {
			throw new InvalidInputException(column, "the file has no column " + column);
		}
		String value = table.text(row, table.column(column, column));
		return (value != null) ? value.strip() : "";
	}

	private static String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	private static List<String> list(String value) {
		return value.isEmpty() ? List.of() : new ArrayList<>(
				Arrays.stream(value.split("\\|")).map(String::strip).filter((s) -> !s.isEmpty()).toList());
	}

	private static BigDecimal money(CsvTable table, int row, String column) {
		String value = table.hasColumn(column) ? text(table, row, column) : "";
		try {
			return value.isEmpty() ? null : new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(column, column + " must be a number of yuan, not \"" + value + "\"");
		}
	}

	private static LocalDate date(CsvTable table, int row, String column) {
		String value = table.hasColumn(column) ? text(table, row, column) : "";
		try {
			return value.isEmpty() ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(column, column + " must be a date YYYY-MM-DD, not \"" + value + "\"");
		}
	}

	private static LocalDate later(LocalDate day, long days) {
		return (day != null) ? day.plusDays(days) : null;
	}

	private static String resource(String name) {
		try (InputStream in = CsvListingImports.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("bundled data " + name + " is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
