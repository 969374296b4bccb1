package org.corridor.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.geo.Grouping;
import org.corridor.geo.Groupings;
import org.corridor.geo.Level;
import org.corridor.geo.Region;
import org.corridor.geo.Regions;
import org.corridor.geo.Regions.RegionPage;
import org.corridor.geo.Regions.RegionQuery;
import org.corridor.web.ApiViews.MembershipView;
import org.corridor.web.ApiViews.Page;
import org.corridor.web.ApiViews.RegionDetail;
import org.corridor.web.ApiViews.RegionView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/regions}: the divisions, their hierarchy and groupings.
 */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions", description = "Chinese divisions: search, hierarchy, groupings")
class RegionsApi {

	static final int MAX_QUERY_LENGTH = 200;

	private final Regions regions;

	private final Groupings groupings;

	RegionsApi(Regions regions, Groupings groupings) {
		this.regions = regions;
		this.groupings = groupings;
	}

	@GetMapping
	@Operation(summary = "Search divisions by name in any language, level and parent; paged")
	Page<RegionView> search(
			@Parameter(description = "a name or its beginning: 昆山, Kunshan, Schanghai") @RequestParam(
					required = false) String q,
			@Parameter(description = "1 province, 2 prefecture, 3 county") @RequestParam(
					required = false) Integer level,
			@Parameter(description = "code of the parent division") @RequestParam(required = false) String parent,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		if (q != null && q.length() > MAX_QUERY_LENGTH) {
			throw new BadParameterException("q",
					"q is " + q.length() + " characters long; at most " + MAX_QUERY_LENGTH);
		}
		if (parent != null) {
			Parameters.code("parent", parent);
			if (this.regions.find(parent).isEmpty()) {
				throw new NotFoundException("region", parent);
			}
		}
		Parameters.paging(page, size);
		RegionPage result = this.regions
			.search(new RegionQuery(q, (level != null) ? level(level) : null, parent, page, size));
		return new Page<>(result.items().stream().map(RegionView::of).toList(), result.page(), result.size(),
				result.total());
	}

	@GetMapping("/{code}")
	@Operation(summary = "One division: names, level, parent chain, children count, point, groupings with dates")
	RegionDetail get(@PathVariable String code) {
		Region region = find(code);
		List<Region> parents = this.regions.ancestors(code);
		StringBuilder path = new StringBuilder(region.nameEn());
		parents.forEach((p) -> path.append(" → ").append(p.nameEn()));
		Map<String, Grouping> byId = this.groupings.all()
			.stream()
			.collect(Collectors.toMap(Grouping::id, Function.identity()));
		List<MembershipView> memberships = this.groupings.membershipsOf(code)
			.stream()
			.map((m) -> MembershipView.of(m, byId.get(m.groupingId()), code))
			.toList();
		RegionView view = RegionView.of(region);
		return new RegionDetail(view.code(), view.nameZh(), view.nameEn(), view.level(), view.parentCode(), view.lat(),
				view.lon(), path.toString(), parents.stream().map(RegionView::of).toList(),
				this.regions.children(code).size(), this.regions.names(code), memberships);
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "The divisions directly below one")
	List<RegionView> children(@PathVariable String code) {
		find(code);
		return this.regions.children(code).stream().map(RegionView::of).toList();
	}

	@GetMapping("/{code}/descendants")
	@Operation(summary = "The divisions below one at a level (the counties of a province)")
	List<RegionView> descendants(@PathVariable String code, @RequestParam int level) {
		find(code);
		return this.regions.descendants(code, level(level)).stream().map(RegionView::of).toList();
	}

	private Region find(String code) {
		Parameters.code("code", code);
		return this.regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
	}

	private static Level level(int level) {
		if (level < 1 || level > 3) {
			throw new BadParameterException("level",
					"level must be 1 (province), 2 (prefecture) or 3 (county), not " + level);
		}
		return Level.of(level);
	}

}
