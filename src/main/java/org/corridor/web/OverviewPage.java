package org.corridor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridor.cooperation.CooperationRecord;
import org.corridor.exchange.ExchangeStatistics;
import org.corridor.geo.Groupings;
import org.corridor.geo.Level;
import org.corridor.geo.Regions;
import org.corridor.indicator.Indicators;
import org.corridor.indicator.TargetProgress;
import org.corridor.ingest.Documents;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview: corridors and groupings with their members today, the latest cooperation
 * events, targets at risk, documents recently ingested and the exchange's activity, each
 * linking to its detail.
 */
@Controller
@WebPage
class OverviewPage {

	private static final Set<String> AT_RISK = Set.of("at risk", "off track", "missed");

	private final Regions regions;

	private final Groupings groupings;

	private final CooperationRecord record;

	private final Indicators indicators;

	private final Documents documents;

	private final ExchangeStatistics exchange;

	private final Clock clock;

	OverviewPage(Regions regions, Groupings groupings, CooperationRecord record, Indicators indicators,
			Documents documents, ExchangeStatistics exchange, Clock clock) {
		this.regions = regions;
		this.groupings = groupings;
		this.record = record;
		this.indicators = indicators;
		this.documents = documents;
		this.exchange = exchange;
		this.clock = clock;
	}

	/** A grouping with how many members it has today. */
	record GroupingRow(String id, String kind, String nameEn, String nameZh, String nameDe, long members) {

	}

	@GetMapping("/")
	String overview(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Level, Long> counts = this.regions.countByLevel();
		List<GroupingRow> rows = this.groupings.all()
			.stream()
			.map((g) -> new GroupingRow(g.id(), g.kind().id(), g.nameEn(), g.nameZh(), g.nameDe(),
					this.groupings.memberships(g.id()).stream().filter((m) -> m.activeOn(today)).count()))
			.toList();
		List<TargetProgress> atRisk = this.indicators.progress(null)
			.stream()
			.filter((p) -> AT_RISK.contains(p.status()))
			.toList();
		model.addAttribute("provinces", counts.getOrDefault(Level.PROVINCE, 0L));
		model.addAttribute("prefectures", counts.getOrDefault(Level.PREFECTURE, 0L));
		model.addAttribute("counties", counts.getOrDefault(Level.COUNTY, 0L));
		model.addAttribute("groupings", rows);
		model.addAttribute("events", this.record.involving(null, today.minusYears(1), today, 8));
		model.addAttribute("targets", atRisk);
		model.addAttribute("documents", this.documents.list(0, 6));
		model.addAttribute("activity", this.exchange.activity());
		model.addAttribute("regionNames", new RegionNames(this.regions));
		return "overview";
	}

}
