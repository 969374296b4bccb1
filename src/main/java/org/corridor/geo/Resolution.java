package org.corridor.geo;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link RegionResolver} found in a text.
 *
 * @param text the text as given
 * @param mentions the names found, in text order, each with ranked candidates
 * @param suggestions close names when nothing was found ("Kunshn" → Kunshan), else empty
 */
public record Resolution(String text, List<Mention> mentions, List<String> suggestions) {

	public Resolution {
		mentions = List.copyOf(mentions);
		suggestions = List.copyOf(suggestions);
	}

	/**
	 * One name in the text.
	 *
	 * @param start first code point of the name in the text
	 * @param end code point after its last
	 * @param text the name as written
	 * @param ambiguous whether several candidates remain that nothing in the text tells
	 * apart
	 * @param reason why the first candidate is first
	 * @param candidates best first
	 */
	public record Mention(int start, int end, String text, boolean ambiguous, String reason,
			List<Candidate> candidates) {

		public Mention {
			candidates = List.copyOf(candidates);
		}

		public Candidate best() {
			return this.candidates.get(0);
		}

	}

	/**
	 * A division or grouping a name may stand for.
	 *
	 * @param kind {@code region} or {@code grouping}
	 * @param code division code (regions)
	 * @param id grouping id (groupings)
	 * @param nameZh Chinese name
	 * @param nameEn English or pinyin name
	 * @param level 1–3 for divisions, {@code null} for groupings
	 * @param parents the chain of parents, nearest first (divisions)
	 * @param groupings the groupings the division belongs to, directly or through a
	 * parent
	 * @param matchedName the name in the reference data that matched
	 * @param matchedLang its language
	 * @param matchedForm its kind (official, short, pinyin, exonym, historical, ...)
	 * @param score prior plus context; comparable within one mention only
	 * @param reasons what the score is made of, in words
	 */
	public record Candidate(String kind, String code, String id, String nameZh, String nameEn, Integer level,
			List<PlaceRef> parents, List<GroupingRef> groupings, String matchedName, String matchedLang,
			String matchedForm, double score, List<String> reasons) {

	}

	/**
	 * A division named in a result.
	 */
	public record PlaceRef(String code, String nameZh, String nameEn, int level) {

		static PlaceRef of(Region region) {
			return new PlaceRef(region.code(), region.nameZh(), region.nameEn(), region.level().number());
		}

	}

	/**
	 * A membership of a grouping, as a result shows it.
	 *
	 * @param id grouping id
	 * @param nameEn grouping name
	 * @param kind grouping kind
	 * @param validFrom first day, {@code null} where no source states it
	 * @param validTo last day, {@code null} while it lasts
	 * @param role the role a source states
	 * @param via the member division when the membership comes through a parent (Kunshan
	 * via Suzhou), else {@code null}
	 */
	public record GroupingRef(String id, String nameEn, String kind, LocalDate validFrom, LocalDate validTo,
			String role, String via) {

	}

}
