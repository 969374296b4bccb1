package org.corridor.actor;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.corridor.support.Csv;

/**
 * The industry taxonomy ({@code actor/industries.csv}) and its supply-chain links
 * ({@code actor/industry_chain.csv}: an upstream industry supplies or enables a
 * downstream one). Immutable; plain Java.
 */
public final class Industries {

	private final Map<String, Industry> byCode;

	private final Map<String, Set<String>> downstream;

	private Industries(Map<String, Industry> byCode, Map<String, Set<String>> downstream) {
		this.byCode = Collections.unmodifiableMap(byCode);
		this.downstream = downstream;
	}

	/**
	 * The taxonomy bundled with Corridor.
	 * @throws IllegalStateException if the bundled files disagree (a link naming an
	 * unknown industry)
	 */
	public static Industries bundled() {
		Map<String, Industry> byCode = new LinkedHashMap<>();
		for (Map<String, String> row : Csv.readResource("actor/industries.csv")) {
			Industry industry = new Industry(row.get("code"), row.get("name_zh"), row.get("name_en"),
					row.get("name_de"), row.get("description_en"));
			byCode.put(industry.code(), industry);
		}
		Map<String, Set<String>> downstream = new LinkedHashMap<>();
		for (Map<String, String> row : Csv.readResource("actor/industry_chain.csv")) {
			String up = row.get("upstream");
			String down = row.get("downstream");
			if (!byCode.containsKey(up) || !byCode.containsKey(down)) {
				throw new IllegalStateException(
						"actor/industry_chain.csv links unknown industries " + up + " → " + down);
			}
			downstream.computeIfAbsent(up, (k) -> new LinkedHashSet<>()).add(down);
		}
		return new Industries(byCode, downstream);
	}

	public Collection<Industry> all() {
		return this.byCode.values();
	}

	public Optional<Industry> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	public boolean contains(String code) {
		return this.byCode.containsKey(code);
	}

	/**
	 * Checks codes against the taxonomy.
	 * @return the first unknown code, if any
	 */
	public Optional<String> firstUnknown(List<String> codes) {
		return codes.stream().filter((c) -> !this.byCode.containsKey(c)).findFirst();
	}

	/** Whether {@code upstream} supplies or enables {@code downstream}. */
	public boolean supplies(String upstream, String downstream) {
		return this.downstream.getOrDefault(upstream, Set.of()).contains(downstream);
	}

	/** The industries an industry supplies. */
	public Set<String> downstreamOf(String code) {
		return Collections.unmodifiableSet(this.downstream.getOrDefault(code, Set.of()));
	}

	/** The industries that supply an industry. */
	public Set<String> upstreamOf(String code) {
		Set<String> up = new LinkedHashSet<>();
		this.downstream.forEach((u, downs) -> {
			if (downs.contains(code)) {
				up.add(u);
			}
		});
		return up;
	}

}
