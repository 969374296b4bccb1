package org.corridor.geo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.corridor.geo.internal.ChineseNames;
import org.corridor.support.Csv;
import org.corridor.geo.internal.PinyinNames;

/**
 * The reference geography in memory, read from the data bundled with Corridor
 * ({@code src/main/resources/geo}, origins in its {@code SOURCES.md}): 3,213 divisions
 * with their names in Chinese, pinyin, English and German, administrative ranks, 2020
 * census population where known, and the groupings with their memberships over time.
 * <p>
 * Immutable and thread-safe. {@link #bundled()} reads the data once per JVM (about a
 * tenth of a second); the store is loaded from the same object, so the resolver and the
 * store agree.
 */
public final class Gazetteer {

	private static final String DIR = "geo/";

	private static volatile Gazetteer bundled;

	private final Map<String, Region> regions;

	private final Map<String, List<Region>> children;

	private final Map<String, List<RegionName>> names;

	private final Map<String, String> ranks;

	private final Map<String, Long> population;

	private final Map<String, Grouping> groupings;

	private final Map<String, List<RegionName>> groupingNames;

	private final List<Membership> memberships;

	/**
	 * {@link #membershipsOf} by division code, filled as asked: the resolver asks for the
	 * same divisions in every document, and each answer costs a pass over all
	 * memberships.
	 */
	private final Map<String, List<Membership>> membershipsOf = new ConcurrentHashMap<>();

	private final List<String> notPlaces;

	private final String checksum;

	private Gazetteer(Map<String, Region> regions, Map<String, List<RegionName>> names, Map<String, String> ranks,
			Map<String, Long> population, Map<String, Grouping> groupings, Map<String, List<RegionName>> groupingNames,
			List<Membership> memberships, List<String> notPlaces) {
		this.regions = Collections.unmodifiableMap(regions);
		this.names = Collections.unmodifiableMap(names);
		this.ranks = Collections.unmodifiableMap(ranks);
		this.population = Collections.unmodifiableMap(population);
		this.groupings = Collections.unmodifiableMap(groupings);
		this.groupingNames = Collections.unmodifiableMap(groupingNames);
		this.memberships = List.copyOf(memberships);
		this.notPlaces = List.copyOf(notPlaces);
		Map<String, List<Region>> byParent = new LinkedHashMap<>();
		for (Region region : regions.values()) {
			if (region.parentCode() != null) {
				byParent.computeIfAbsent(region.parentCode(), (k) -> new ArrayList<>()).add(region);
			}
		}
		byParent.replaceAll((k, v) -> List.copyOf(v));
		this.children = Collections.unmodifiableMap(byParent);
		this.checksum = computeChecksum();
	}

	/**
	 * The reference data bundled with Corridor, read on first use.
	 * @throws IllegalStateException naming the file and line if the bundled data is
	 * broken
	 */
	public static Gazetteer bundled() {
		Gazetteer result = bundled;
		if (result == null) {
			synchronized (Gazetteer.class) {
				result = bundled;
				if (result == null) {
					result = read();
					bundled = result;
				}
			}
		}
		return result;
	}

	private static Gazetteer read() {
		Map<String, Region> regions = new LinkedHashMap<>();
		for (Map<String, String> row : Csv.readResource(DIR + "china_regions.csv")) {
			String parent = row.get("parent_code");
			GeoPoint point = row.get("lat").isEmpty() ? null
					: new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
			Region region = new Region(row.get("code"), row.get("name_zh"), row.get("name_en"),
					Level.of(Integer.parseInt(row.get("level"))), parent.isEmpty() ? null : parent, point);
			regions.put(region.code(), region);
		}
		for (Region region : regions.values()) {
			if (region.parentCode() != null && !regions.containsKey(region.parentCode())) {
				throw new IllegalStateException("geo/china_regions.csv: parent " + region.parentCode() + " of "
						+ region.code() + " is not a division");
			}
		}
		Map<String, List<RegionName>> names = new LinkedHashMap<>();
		for (Region region : regions.values()) {
			names.put(region.code(), new ArrayList<>(generatedNames(region)));
		}
		for (Map<String, String> row : Csv.readResource(DIR + "region_names.csv")) {
			List<RegionName> list = names.get(requireRegion(regions, row.get("code"), "geo/region_names.csv"));
			addName(list, new RegionName(row.get("name"), row.get("lang"), row.get("kind")));
		}
		names.replaceAll((k, v) -> List.copyOf(v));
		Map<String, String> ranks = new LinkedHashMap<>();
		for (Map<String, String> row : Csv.readResource(DIR + "region_ranks.csv")) {
			ranks.put(requireRegion(regions, row.get("code"), "geo/region_ranks.csv"), row.get("rank"));
		}
		Map<String, Long> population = new LinkedHashMap<>();
		for (Map<String, String> row : Csv.readResource(DIR + "population_2020.csv")) {
			population.put(requireRegion(regions, row.get("code"), "geo/population_2020.csv"),
					Long.parseLong(row.get("population")));
		}
		Map<String, Grouping> groupings = new LinkedHashMap<>();
		for (Map<String, String> row : Csv.readResource(DIR + "groupings.csv")) {
			Grouping grouping = new Grouping(row.get("id"), GroupingKind.of(row.get("kind")), row.get("name_en"),
					row.get("name_zh"), row.get("name_de"), row.get("membership_note"));
			groupings.put(grouping.id(), grouping);
		}
		Map<String, List<RegionName>> groupingNames = new LinkedHashMap<>();
		for (Grouping grouping : groupings.values()) {
			List<RegionName> list = new ArrayList<>();
			addName(list, new RegionName(grouping.nameEn(), "en", "official"));
			addName(list, new RegionName(grouping.nameZh(), "zh", "official"));
			addName(list, new RegionName(grouping.nameDe(), "de", "official"));
			groupingNames.put(grouping.id(), list);
		}
		for (Map<String, String> row : Csv.readResource(DIR + "grouping_names.csv")) {
			List<RegionName> list = groupingNames.get(row.get("grouping_id"));
			if (list == null) {
				throw new IllegalStateException("geo/grouping_names.csv: unknown grouping " + row.get("grouping_id"));
			}
			addName(list, new RegionName(row.get("name"), row.get("lang"), "alias"));
		}
		groupingNames.replaceAll((k, v) -> List.copyOf(v));
		List<Membership> memberships = new ArrayList<>();
		for (Map<String, String> row : Csv.readResource(DIR + "grouping_members.csv")) {
			if (!groupings.containsKey(row.get("grouping_id"))) {
				throw new IllegalStateException("geo/grouping_members.csv: unknown grouping " + row.get("grouping_id"));
			}
			memberships.add(new Membership(row.get("grouping_id"),
					requireRegion(regions, row.get("code"), "geo/grouping_members.csv"), date(row.get("valid_from")),
					emptyToNull(row.get("from_precision")), date(row.get("valid_to")), row.get("role"),
					row.get("source")));
		}
		List<String> notPlaces = Csv.readResource(DIR + "not_places.csv")
			.stream()
			.map((row) -> row.get("text"))
			.toList();
		return new Gazetteer(regions, names, ranks, population, groupings, groupingNames, memberships, notPlaces);
	}

	/**
	 * The names every division has by construction: the official Chinese name, its short
	 * form, the pinyin of the reference data, toned pinyin, and forms with a type word in
	 * English and German ("Putuo District", "Bezirk Putuo", "Provinz Zhejiang").
	 */
	private static List<RegionName> generatedNames(Region region) {
		List<RegionName> list = new ArrayList<>();
		String zh = region.nameZh();
		String shortZh = ChineseNames.shortForm(zh);
		String pinyin = region.nameEn();
		addName(list, new RegionName(zh, "zh", "official"));
		addName(list, new RegionName(shortZh, "zh", "short"));
		addName(list, new RegionName(pinyin, "pinyin", "pinyin"));
		String toned = PinyinNames.toned(shortZh, pinyin);
		if (toned != null) {
			addName(list, new RegionName(toned, "pinyin", "toned"));
		}
		String suffix = zh.substring(shortZh.length());
		switch (suffix) {
			case "省" -> {
				addName(list, new RegionName(pinyin + " Province", "en", "generated"));
				addName(list, new RegionName("Provinz " + pinyin, "de", "generated"));
			}
			case "市" -> {
				addName(list, new RegionName(pinyin + " City", "en", "generated"));
				addName(list, new RegionName("Stadt " + pinyin, "de", "generated"));
			}
			case "区" -> {
				addName(list, new RegionName(pinyin + " District", "en", "generated"));
				addName(list, new RegionName("Bezirk " + pinyin, "de", "generated"));
				addName(list, new RegionName(pinyin + "-Distrikt", "de", "generated"));
			}
			case "县" -> {
				addName(list, new RegionName(pinyin + " County", "en", "generated"));
				addName(list, new RegionName("Kreis " + pinyin, "de", "generated"));
			}
			case "自治区" -> addName(list, new RegionName(pinyin + " Autonomous Region", "en", "generated"));
			case "地区" -> addName(list, new RegionName(pinyin + " Prefecture", "en", "generated"));
			default -> {
			}
		}
		return list;
	}

	private static void addName(List<RegionName> list, RegionName name) {
		if (name.name() != null && !name.name().isBlank()
				&& list.stream().noneMatch((n) -> n.name().equals(name.name()) && n.lang().equals(name.lang()))) {
			list.add(name);
		}
	}

	private static String requireRegion(Map<String, Region> regions, String code, String file) {
		if (!regions.containsKey(code)) {
			throw new IllegalStateException(file + ": " + code + " is not a division code");
		}
		return code;
	}

	private static LocalDate date(String text) {
		return (text == null || text.isEmpty()) ? null : LocalDate.parse(text);
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	private String computeChecksum() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			StringBuilder all = new StringBuilder();
			this.regions.values().forEach((r) -> all.append(r).append('\n'));
			this.names.forEach((k, v) -> all.append(k).append(v).append('\n'));
			this.groupings.values().forEach((g) -> all.append(g).append('\n'));
			this.groupingNames.forEach((k, v) -> all.append(k).append(v).append('\n'));
			this.memberships.forEach((m) -> all.append(m).append('\n'));
			return HexFormat.of().formatHex(digest.digest(all.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** SHA-256 over the whole content; equal checksums mean equal data. */
	public String checksum() {
		return this.checksum;
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(this.regions.get(code));
	}

	/** All divisions, parents before children. */
	public Collection<Region> regions() {
		return this.regions.values()
			.stream()
			.sorted(Comparator.comparing(Region::level).thenComparing(Region::code))
			.toList();
	}

	public List<Region> children(String code) {
		return this.children.getOrDefault(code, List.of());
	}

	/** The chain of parents, nearest first: Kunshan → [Suzhou, Jiangsu]. */
	public List<Region> ancestors(String code) {
		List<Region> chain = new ArrayList<>();
		Region region = this.regions.get(code);
		while (region != null && region.parentCode() != null) {
			region = this.regions.get(region.parentCode());
			chain.add(region);
		}
		return chain;
	}

	public List<RegionName> names(String code) {
		return this.names.getOrDefault(code, List.of());
	}

	/** The administrative rank (municipality, sub_provincial, ...), if it has one. */
	public Optional<String> rank(String code) {
		return Optional.ofNullable(this.ranks.get(code));
	}

	/** Resident population at the 2020 census, where the bundled data has it. */
	public OptionalLong population(String code) {
		Long value = this.population.get(code);
		return (value != null) ? OptionalLong.of(value) : OptionalLong.empty();
	}

	public Collection<Grouping> groupings() {
		return this.groupings.values();
	}

	public Optional<Grouping> grouping(String id) {
		return Optional.ofNullable(this.groupings.get(id));
	}

	public List<RegionName> groupingNames(String id) {
		return this.groupingNames.getOrDefault(id, List.of());
	}

	public List<Membership> memberships() {
		return this.memberships;
	}

	/**
	 * The memberships of a division and of its ancestors (Kunshan is in the G60 corridor
	 * because Suzhou is).
	 */
	public List<Membership> membershipsOf(String code) {
		if (!this.regions.containsKey(code)) {
			return findMembershipsOf(code);
		}
		return this.membershipsOf.computeIfAbsent(code, this::findMembershipsOf);
	}

	private List<Membership> findMembershipsOf(String code) {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(code);
		ancestors(code).forEach((r) -> codes.add(r.code()));
		return this.memberships.stream().filter((m) -> codes.contains(m.code())).toList();
	}

	/**
	 * Words that contain or equal a place name without being a place in running text
	 * ("Yuan", 双城记), from {@code geo/not_places.csv}.
	 */
	public List<String> notPlaces() {
		return this.notPlaces;
	}

	@Override
	public String toString() {
		return "Gazetteer[" + this.regions.size() + " regions, " + this.groupings.size() + " groupings, checksum "
				+ this.checksum.substring(0, 12) + "]";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Gazetteer that && Objects.equals(this.checksum, that.checksum);
	}

	@Override
	public int hashCode() {
		return this.checksum.hashCode();
	}

}
