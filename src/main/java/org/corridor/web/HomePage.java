package org.corridor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corridor.geo.Groupings;
import org.corridor.geo.Level;
import org.corridor.geo.Membership;
import org.corridor.geo.RegionResolver;
import org.corridor.geo.Regions;
import org.corridor.geo.Resolution;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page: what Corridor is, what the store holds, a name lookup, links to the API.
 */
@Controller
class HomePage {

	private final Regions regions;

	private final Groupings groupings;

	private final RegionResolver resolver;

	private final Clock clock;

	HomePage(Regions regions, Groupings groupings, RegionResolver resolver, Clock clock) {
		this.regions = regions;
		this.groupings = groupings;
		this.resolver = resolver;
		this.clock = clock;
	}

	record GroupingRow(String id, String kind, String nameEn, String nameZh, String nameDe, long members) {

	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String lookup, Model model) {
		Map<Level, Long> counts = this.regions.countByLevel();
		LocalDate today = LocalDate.now(this.clock);
		List<GroupingRow> rows = this.groupings.all().stream().map((g) -> {
			List<Membership> memberships = this.groupings.memberships(g.id());
			return new GroupingRow(g.id(), g.kind().id().replace('_', ' '), g.nameEn(), g.nameZh(), g.nameDe(),
					memberships.stream().filter((m) -> m.activeOn(today)).count());
		}).toList();
		model.addAttribute("provinces", counts.getOrDefault(Level.PROVINCE, 0L));
		model.addAttribute("prefectures", counts.getOrDefault(Level.PREFECTURE, 0L));
		model.addAttribute("counties", counts.getOrDefault(Level.COUNTY, 0L));
		model.addAttribute("groupings", rows);
		model.addAttribute("today", today);
		if (lookup != null && !lookup.isBlank()) {
			String text = (lookup.length() > ResolveApi.MAX_QUERY_TEXT) ? lookup.substring(0, ResolveApi.MAX_QUERY_TEXT)
					: lookup;
			Resolution resolution = this.resolver.resolve(text);
			model.addAttribute("lookup", text);
			model.addAttribute("resolution", resolution);
		}
		return "home";
	}

}
