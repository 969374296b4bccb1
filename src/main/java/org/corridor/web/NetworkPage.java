package org.corridor.web;

import java.time.Clock;
import java.time.LocalDate;

import org.corridor.geo.Level;
import org.corridor.geo.Regions;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network page: the cooperation network of a window at province or prefecture level,
 * drawn with a force layout (node size by a chosen measure, communities coloured, bridges
 * and under-connected pairs highlighted), with the same measures in a table sortable by
 * any column and exports to GraphML and CSV. All its state is in the address:
 * {@code level}, {@code from}, {@code to} (years or days), {@code size}, {@code sort},
 * {@code dir}. What bridges and under-connected pairs are is defined in
 * {@link NetworkView}.
 */
@Controller
@WebPage
class NetworkPage {

	private final NetworkAnalysis analysis;

	private final Regions regions;

	private final Clock clock;

	NetworkPage(NetworkAnalysis analysis, Regions regions, Clock clock) {
		this.analysis = analysis;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/network")
	String network(@RequestParam(defaultValue = "2") String level, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "degree") String size,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
		if (!level.equals("1") && !level.equals("2")) {
			throw new BadParameterException("level",
					"level must be 1 (province) or 2 (prefecture), not \"" + Parameters.abbreviate(level) + "\"");
		}
		if (!NetworkView.SIZE_MEASURES.contains(size)) {
			throw new BadParameterException("size", "size must be one of " + NetworkView.SIZE_MEASURES + ", not \""
					+ Parameters.abbreviate(size) + "\"");
		}
		String column = (sort == null || sort.isBlank()) ? size : sort;
		if (!NetworkView.COLUMNS.contains(column)) {
			throw new BadParameterException("sort",
					"sort must be one of " + NetworkView.COLUMNS + ", not \"" + Parameters.abbreviate(column) + "\"");
		}
		if (dir != null && !dir.isBlank() && !dir.equals("asc") && !dir.equals("desc")) {
			throw new BadParameterException("dir",
					"dir must be asc or desc, not \"" + Parameters.abbreviate(dir) + "\"");
		}
		boolean descending = (dir == null || dir.isBlank()) ? !column.equals("name") : dir.equals("desc");
		LocalDate end = (to == null || to.isBlank()) ? LocalDate.now(this.clock) : NetworkView.bound("to", to, true);
		LocalDate start = (from == null || from.isBlank()) ? end.minusYears(3) : NetworkView.bound("from", from, false);
		if (start.isAfter(end)) {
			throw new BadParameterException("from", "from (" + start + ") must not be after to (" + end + ")");
		}
		NetworkAnalysis.Result result = this.analysis.analyse(Level.of(Integer.parseInt(level)), start, end);
		RegionNames names = new RegionNames(this.regions);
		model.addAttribute("regionNames", names);
		model.addAttribute("level", level);
		model.addAttribute("from", (from == null || from.isBlank()) ? start.toString() : from.strip());
		model.addAttribute("to", (to == null || to.isBlank()) ? end.toString() : to.strip());
		model.addAttribute("start", start);
		model.addAttribute("end", end);
		model.addAttribute("size", size);
		model.addAttribute("sort", column);
		model.addAttribute("descending", descending);
		model.addAttribute("measures", NetworkView.SIZE_MEASURES);
		model.addAttribute("columns", NetworkView.COLUMNS);
		model.addAttribute("palette", NetworkView.PALETTE);
		model.addAttribute("underConnectedBelow", NetworkView.UNDER_CONNECTED);
		model.addAttribute("bridgeCount", NetworkView.BRIDGES);
		model.addAttribute("gravityRegions", result.gravityRegions());
		model.addAttribute("edgeCount", result.edges().size());
		model.addAttribute("view", result.empty() ? null
				: NetworkView.of(result, names::of, size, column, descending, LocaleContextHolder.getLocale()));
		return "network/network";
	}

}
