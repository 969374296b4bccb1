package org.corridor.web;

import java.time.LocalDate;
import java.util.List;

import org.corridor.geo.Grouping;
import org.corridor.geo.Membership;
import org.corridor.geo.Region;
import org.corridor.geo.RegionName;

/**
 * The JSON shapes of the API (snake_case on the wire).
 */
final class ApiViews {

	private ApiViews() {
	}

	record RegionView(String code, String nameZh, String nameEn, int level, String parentCode, Double lat, Double lon) {

		static RegionView of(Region region) {
			return new RegionView(region.code(), region.nameZh(), region.nameEn(), region.level().number(),
					region.parentCode(), (region.point() != null) ? region.point().lat() : null,
					(region.point() != null) ? region.point().lon() : null);
		}

	}

	record Page<T>(List<T> items, int page, int size, long total) {

	}

	record RegionDetail(String code, String nameZh, String nameEn, int level, String parentCode, Double lat, Double lon,
			String path, List<RegionView> parents, int childrenCount, List<RegionName> names,
			List<MembershipView> groupings) {

	}

	/**
	 * A membership as seen from a division; {@code via} names the member parent when the
	 * division belongs through it.
	 */
	record MembershipView(String groupingId, String groupingName, String kind, LocalDate validFrom,
			String fromPrecision, LocalDate validTo, String role, String source, String via) {

		static MembershipView of(Membership m, Grouping grouping, String code) {
			return new MembershipView(grouping.id(), grouping.nameEn(), grouping.kind().id(), m.validFrom(),
					m.fromPrecision(), m.validTo(), m.role(), m.source(), m.code().equals(code) ? null : m.code());
		}

	}

	record GroupingSummary(String id, String kind, String nameEn, String nameZh, String nameDe, int currentMembers,
			int recordedMembers, String membershipNote) {

	}

	record MemberView(String code, String nameZh, String nameEn, int level, LocalDate validFrom, String fromPrecision,
			LocalDate validTo, String role, String source) {

		static MemberView of(Membership m, Region region) {
			return new MemberView(region.code(), region.nameZh(), region.nameEn(), region.level().number(),
					m.validFrom(), m.fromPrecision(), m.validTo(), m.role(), m.source());
		}

	}

	record GroupingDetail(String id, String kind, String nameEn, String nameZh, String nameDe, String membershipNote,
			List<RegionName> names, LocalDate at, List<MemberView> members, List<MemberView> history) {

	}

}
