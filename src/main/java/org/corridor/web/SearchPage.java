package org.corridor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.actor.Organisations;
import org.corridor.geo.Region;
import org.corridor.geo.RegionResolver;
import org.corridor.geo.Regions;
import org.corridor.geo.Regions.RegionQuery;
import org.corridor.geo.Resolution;
import org.corridor.ingest.Documents;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One search box for everything: places and groupings named anywhere in the text (the geo
 * resolver, so "Ningbos", "宁波" and "Schanghai" all work, and a whole sentence too),
 * places whose name begins with it, organisations and documents whose name or title
 * contains it.
 */
@Controller
@WebPage
class SearchPage {

	static final int MAX_QUERY = 200;

	private static final int LIMIT = 20;

	private final RegionResolver resolver;

	private final Regions regions;

	private final Organisations organisations;

	private final Documents documents;

	SearchPage(RegionResolver resolver, Regions regions, Organisations organisations, Documents documents) {
		this.resolver = resolver;
		this.regions = regions;
		this.organisations = organisations;
		this.documents = documents;
	}

	/** A place found, and how. */
	record PlaceHit(String code, String nameZh, String nameEn, int level, String parents, boolean ambiguous) {

	}

	/** A grouping found. */
	record GroupingHit(String id, String nameZh, String nameEn) {

	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, Model model) {
		String text = (q == null) ? "" : q.strip();
		if (text.length() > MAX_QUERY) {
			text = text.substring(0, MAX_QUERY);
		}
		model.addAttribute("q", text);
		if (text.isEmpty()) {
			model.addAttribute("empty", true);
			return "search";
		}
		Resolution resolution = this.resolver.resolve(text);
		Map<String, PlaceHit> places = new LinkedHashMap<>();
		Map<String, GroupingHit> groupings = new LinkedHashMap<>();
		for (Resolution.Mention mention : resolution.mentions()) {
			for (Resolution.Candidate c : mention.candidates()) {
				if ("grouping".equals(c.kind())) {
					groupings.putIfAbsent(c.id(), new GroupingHit(c.id(), c.nameZh(), c.nameEn()));
				}
				else {
					places.putIfAbsent(c.code(),
							new PlaceHit(c.code(), c.nameZh(), c.nameEn(), (c.level() != null) ? c.level() : 0,
									String.join(" → ", c.parents().stream().map((p) -> p.nameEn()).toList()),
									mention.ambiguous()));
				}
			}
		}
		for (Region r : this.regions.search(new RegionQuery(text, null, null, 0, LIMIT)).items()) {
			if (places.size() >= 2 * LIMIT) {
				break;
			}
			places.putIfAbsent(r.code(),
					new PlaceHit(r.code(), r.nameZh(), r.nameEn(), r.level().number(), parentsOf(r.code()), false));
		}
		model.addAttribute("places", new ArrayList<>(places.values()));
		model.addAttribute("groupings", new ArrayList<>(groupings.values()));
		model.addAttribute("organisations", this.organisations.search(text, LIMIT));
		model.addAttribute("documents", this.documents.search(text, LIMIT));
		model.addAttribute("suggestions", resolution.suggestions());
		model.addAttribute("regionNames", new RegionNames(this.regions));
		return "search";
	}

	private String parentsOf(String code) {
		List<Region> ancestors = this.regions.ancestors(code);
		return String.join(" → ", ancestors.stream().map(Region::nameEn).toList());
	}

}
