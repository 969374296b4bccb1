package org.corridor.cooperation.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.corridor.CorridorIntegrationTest;
import org.corridor.cooperation.CooperationEvent;
import org.corridor.cooperation.CooperationRecord;
import org.corridor.ingest.Documents;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@CorridorIntegrationTest
class ExtractedEventsIntegrationTests {

	@Autowired
	Documents documents;

	@Autowired
	CooperationRecord record;

	@Autowired
	ExtractedEvents extracted;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIngestedAgreementEntersTheRecordOnce() {
		byte[] text = "On May 14, 2018 Zhoushan and Lishui signed a framework agreement to share port logistics."
			.getBytes(StandardCharsets.UTF_8);
		Documents.Ingested ingested = this.documents.ingest(text, "zhoushan-lishui.txt", LocalDate.of(2018, 5, 20));
		assertThat(ingested.events()).isEqualTo(1);
		List<CooperationEvent> events = fromIngest("330900", LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 31));
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.date()).as("the event's own date, not the publication date")
				.isEqualTo(LocalDate.of(2018, 5, 14));
			assertThat(event.type()).isEqualTo("agreement");
			assertThat(event.reviewStatus()).isEqualTo("extracted");
			assertThat(event.title()).contains("Zhoushan and Lishui signed a framework agreement");
			assertThat(event.parties()).extracting(CooperationEvent.Party::regionCode).contains("330900", "331100");
		});
		assertThat(fromIngest("331100", LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 31))).hasSize(1);
		assertThat(this.record.countBetween("330900", "331100", LocalDate.of(2018, 1, 1))).isEqualTo(1);

		assertThat(this.documents.ingest(text, "again.txt", null).created()).isFalse();
		assertThat(this.extracted.catchUp(this.documents.replay())).as("a replay of the stored documents adds nothing")
			.isZero();
		assertThat(fromIngest("330900", LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 31))).hasSize(1);
	}

	@Test
	void documentsStoredBeforeTheRecordListenedAreCaughtUp() {
		this.documents.ingest("On April 9, 2015 Wenzhou and Lishui signed a cooperation agreement on shoe exports."
			.getBytes(StandardCharsets.UTF_8), "wenzhou-lishui.txt", null);
		CooperationEvent event = fromIngest("330300", LocalDate.of(2015, 4, 9), LocalDate.of(2015, 4, 9)).get(0);
		this.jdbc.sql("DELETE FROM cooperation_event WHERE id = ?").param(event.id()).update();
		assertThat(fromIngest("330300", LocalDate.of(2015, 4, 9), LocalDate.of(2015, 4, 9))).isEmpty();
		assertThat(this.extracted.catchUp(this.documents.replay())).isEqualTo(1);
		assertThat(fromIngest("330300", LocalDate.of(2015, 4, 9), LocalDate.of(2015, 4, 9))).singleElement()
			.extracting(CooperationEvent::originRef)
			.isEqualTo(event.originRef());
	}

	@Test
	void theDemoCorpusEventsAreInTheRecord() {
		assertThat(this.record.involving(null, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 7), 100))
			.anySatisfy((e) -> {
				assertThat(e.origin()).isEqualTo("ingest");
				assertThat(e.type()).isEqualTo("visit");
			});
	}

	@Test
	void anEventWithoutADateTakesThePublicationDate() {
		this.documents.ingest("Quzhou and Taizhou signed a cooperation agreement on mountain tourism."
			.getBytes(StandardCharsets.UTF_8), "quzhou-taizhou.txt", LocalDate.of(2017, 9, 3));
		assertThat(fromIngest("330800", LocalDate.of(2017, 9, 3), LocalDate.of(2017, 9, 3))).singleElement()
			.satisfies((event) -> assertThat(event.detail()).contains("publication date"));
	}

	@Test
	void aFailedIngestRecordsNothing() {
		byte[] text = "On June 2, 2016 Jinhua and Huzhou signed a framework agreement on hardware fairs."
			.getBytes(StandardCharsets.UTF_8);
		assertThatIllegalStateException().isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			assertThat(this.documents.ingest(text, "jinhua-huzhou.txt", null).events()).isEqualTo(1);
			assertThat(fromIngest("330700", LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 30)))
				.as("recorded inside the ingest's transaction")
				.hasSize(1);
			throw new IllegalStateException("the ingest fails after the document is stored");
		}));
		assertThat(fromIngest("330700", LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 30))).isEmpty();
		assertThat(this.documents.search("jinhua-huzhou", 10)).isEmpty();
	}

	private List<CooperationEvent> fromIngest(String region, LocalDate from, LocalDate to) {
		return this.record.involving(region, from, to, 100)
			.stream()
			.filter((e) -> e.origin().equals("ingest"))
			.toList();
	}

}
