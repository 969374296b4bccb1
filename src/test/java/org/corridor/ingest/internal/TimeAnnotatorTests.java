package org.corridor.ingest.internal;

import java.util.Arrays;

import org.corridor.ingest.internal.Dates.TimeExpression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The day of each sentence, resolved against the publication date. */
class TimeAnnotatorTests {

	/** Asserts the day of each sentence (null where it names none). */
	static Annotation assertDays(String text, String published, String... days) {
		Annotation document = Stages.upTo(TimeAnnotator.class, text, published);
		assertThat(Arrays.stream(document.day).map((d) -> (d != null) ? d.value() : null).toList())
			.containsExactly(days);
		return document;
	}

	@Test
	void aWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
		assertDays("Leaders gathered for a forum in Shanghai on Wednesday.", "2022-08-17", "2022-08-17");
		assertDays("Leaders gathered for a forum in Shanghai on Wednesday.", "2022-08-18", "2022-08-17");
		assertDays("昨日，合肥市代表团赴无锡考察。", "2026-05-07", "2026-05-06");
	}

	@Test
	void theNextDayAndADatelineAreResolved() {
		assertDays("Am 3. Juni besuchte eine Delegation Wuxi. Tags darauf besuchte sie Changzhou.", "2026-06-10",
				"2026-06-03", "2026-06-04");
		Annotation wire = assertDays(
				"SUZHOU, China, 30. April 2024 /PRNewswire/ -- In Suzhou fand am Freitag eine Konferenz statt.",
				"2024-04-30", "2024-04-26");
		assertThat(wire.times.get(0)).extracting(TimeExpression::kind).contains("date");
	}

}
