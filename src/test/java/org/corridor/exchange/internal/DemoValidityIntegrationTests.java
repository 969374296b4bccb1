package org.corridor.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.corridor.CorridorIntegrationTest;
import org.corridor.actor.Organisations;
import org.corridor.support.CsvTable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo listings loaded on a later day than their dates were written for keep the validity
 * they had left; a user's import keeps its dates as written.
 */
@CorridorIntegrationTest
class DemoValidityIntegrationTests {

	private static final String HEADER = "key,organisation,kind,factor,language,title,description,industries,"
			+ "region_code,terms,trl,budget_min_cny,budget_max_cny,valid_until\n";

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcListings listings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	/** A day 200 days from now: far enough that an unshifted date would show. */
	private final LocalDate loadDay = LocalDate.now(ZoneOffset.UTC).plusDays(200);

	@Test
	void demoListingsKeepTheValidityTheyHadLeftWhenLoadedLater() {
		LocalDate written = CsvListingImports.DEMO_WRITTEN.plusDays(45);
		imports().importDemo(organisation("demo"), listing("demo", written), "exchange/demo_validity.csv");

		assertThat(validUntil("demo_validity.csv#demo-" + this.run)).isEqualTo(this.loadDay.plusDays(45));
	}

	@Test
	void importedListingsKeepTheirDates() {
		LocalDate written = LocalDate.now(ZoneOffset.UTC).plusDays(45);
		imports().importCsv(organisation("user"), listing("user", written), "user_listings.csv", false);

		assertThat(validUntil("user_listings.csv#user-" + this.run)).isEqualTo(written);
	}

	@Test
	void everyBundledDemoListingIsValidAfterTheDayItsDatesWereWritten() {
		CsvTable table = CsvTable.parse(resource(), "demo_listings.csv");
		for (int row = 0; row < table.rowCount(); row++) {
			String until = table.text(row, table.column("valid_until", "valid_until"));
			assertThat(LocalDate.parse(until)).as("row " + (row + 2)).isAfter(CsvListingImports.DEMO_WRITTEN);
		}
	}

	/** The loader under test, built after the beans are injected. */
	private CsvListingImports imports() {
		return new CsvListingImports(this.organisations, this.listings, this.jdbc, this.transactions,
				Clock.fixed(this.loadDay.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), false);
	}

	private String organisation(String who) {
		return "key,name,type,region_code,industries,language\n" + who + ",Validity Lab " + who + " " + this.run
				+ ",research_institute,330106,batteries,en\n";
	}

	private String listing(String who, LocalDate validUntil) {
		return HEADER + who + "-" + this.run + "," + who + ",offer,technology,en,Pilot line for solid-state cells "
				+ this.run
				+ ",\"We run a dry-room pilot line for solid-state battery cells and help partners scale up.\","
				+ "batteries,330106,service,6,,," + validUntil + "\n";
	}

	private LocalDate validUntil(String demoKey) {
		return this.jdbc.sql("SELECT valid_until FROM exchange_listing WHERE demo_key = ?")
			.param(demoKey)
			.query(LocalDate.class)
			.single();
	}

	private static String resource() {
		try (InputStream in = DemoValidityIntegrationTests.class.getClassLoader()
			.getResourceAsStream("exchange/demo_listings.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
