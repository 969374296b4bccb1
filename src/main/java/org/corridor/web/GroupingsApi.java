package org.corridor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.geo.Grouping;
import org.corridor.geo.Groupings;
import org.corridor.geo.Membership;
import org.corridor.geo.Regions;
import org.corridor.web.ApiViews.GroupingDetail;
import org.corridor.web.ApiViews.GroupingSummary;
import org.corridor.web.ApiViews.MemberView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/groupings}: corridors, axes, twin cities, clusters and their members
 * over time.
 */
@RestController
@RequestMapping("/api/v1/groupings")
@Tag(name = "groupings", description = "Corridors, axes, twin cities, clusters, circles, mechanisms, macro-regions")
class GroupingsApi {

	private final Groupings groupings;

	private final Regions regions;

	private final Clock clock;

	GroupingsApi(Groupings groupings, Regions regions, Clock clock) {
		this.groupings = groupings;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "All groupings with their kind and member counts today")
	List<GroupingSummary> all() {
		LocalDate today = LocalDate.now(this.clock);
		return this.groupings.all().stream().map((g) -> {
			List<Membership> memberships = this.groupings.memberships(g.id());
			int current = (int) memberships.stream().filter((m) -> m.activeOn(today)).count();
			return new GroupingSummary(g.id(), g.kind().id(), g.nameEn(), g.nameZh(), g.nameDe(), current,
					memberships.size(), g.membershipNote());
		}).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One grouping with its members on a date (default today) and its whole membership history")
	GroupingDetail get(@PathVariable String id, @Parameter(
			description = "date YYYY-MM-DD; members on that day") @RequestParam(required = false) String at) {
		Grouping grouping = this.groupings.find(id).orElseThrow(() -> new NotFoundException("grouping", id));
		LocalDate day = Parameters.date("at", at, this.clock);
		List<Membership> memberships = this.groupings.memberships(id);
		List<MemberView> history = memberships.stream().map(this::member).toList();
		List<MemberView> members = memberships.stream().filter((m) -> m.activeOn(day)).map(this::member).toList();
		return new GroupingDetail(grouping.id(), grouping.kind().id(), grouping.nameEn(), grouping.nameZh(),
				grouping.nameDe(), grouping.membershipNote(), this.groupings.names(id), day, members, history);
	}

	private MemberView member(Membership m) {
		return MemberView.of(m, this.regions.find(m.code()).orElseThrow());
	}

}
