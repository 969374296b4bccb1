package org.corridor.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A listing on the other side, with the score and its parts.
 *
 * @param listing the matching listing
 * @param score the weighted sum of the parts, 0–1
 * @param reasons the parts: each with its value 0–1, its weight and an explanation
 */
public record Match(Listing listing, double score, List<Reason> reasons) {

	public Match {
		reasons = List.copyOf(reasons);
	}

	/**
	 * One part of a match score. The {@code code} and its {@code arguments} say what the
	 * explanation says, in identifiers a reader's language can label; the codes are
	 * stable:
	 * <table>
	 * <caption>codes and their arguments</caption>
	 * <tr>
	 * <th>part</th>
	 * <th>code</th>
	 * <th>arguments</th>
	 * </tr>
	 * <tr>
	 * <td>text</td>
	 * <td>{@code text_relevance}</td>
	 * <td>{@code share}: of the best text match, 0–1</td>
	 * </tr>
	 * <tr>
	 * <td>text</td>
	 * <td>{@code no_common_words}</td>
	 * <td></td>
	 * </tr>
	 * <tr>
	 * <td>concepts</td>
	 * <td>{@code shared_concepts}</td>
	 * <td>{@code concepts}: concept ids</td>
	 * </tr>
	 * <tr>
	 * <td>concepts</td>
	 * <td>{@code no_shared_concepts}</td>
	 * <td></td>
	 * </tr>
	 * <tr>
	 * <td>chain</td>
	 * <td>{@code upstream_fit}, {@code downstream_fit}</td>
	 * <td>{@code offered}, {@code needed}: concept ids (upstream: the offered feeds the
	 * needed; downstream: the other way)</td>
	 * </tr>
	 * <tr>
	 * <td>chain</td>
	 * <td>{@code industry_chain}</td>
	 * <td>{@code upstream}, {@code downstream}: industry codes, the offer's upstream of
	 * the need's</td>
	 * </tr>
	 * <tr>
	 * <td>chain</td>
	 * <td>{@code same_industry}</td>
	 * <td>{@code industry}: industry code</td>
	 * </tr>
	 * <tr>
	 * <td>chain</td>
	 * <td>{@code no_chain_link}</td>
	 * <td></td>
	 * </tr>
	 * <tr>
	 * <td>proximity</td>
	 * <td>{@code distance}</td>
	 * <td>{@code from}, {@code to}: region codes; {@code km}: great-circle distance;
	 * {@code rail_hours}: estimated high-speed rail hours (0.5 h + distance at 200
	 * km/h)</td>
	 * </tr>
	 * <tr>
	 * <td>proximity</td>
	 * <td>{@code no_coordinates}</td>
	 * <td></td>
	 * </tr>
	 * <tr>
	 * <td>grouping</td>
	 * <td>{@code same_grouping}</td>
	 * <td>{@code groupings}: grouping ids</td>
	 * </tr>
	 * <tr>
	 * <td>grouping</td>
	 * <td>{@code no_grouping}</td>
	 * <td></td>
	 * </tr>
	 * <tr>
	 * <td>history</td>
	 * <td>{@code history}</td>
	 * <td>{@code events}: count; {@code from}, {@code to}: city codes; {@code since}:
	 * first day counted (ISO date)</td>
	 * </tr>
	 * <tr>
	 * <td>history</td>
	 * <td>{@code same_city}</td>
	 * <td></td>
	 * </tr>
	 * </table>
	 *
	 * @param part text, concepts, chain, proximity, grouping or history
	 * @param value 0–1
	 * @param weight its weight in the score
	 * @param code what the explanation says, such as {@code shared_concepts}
	 * @param arguments the code's arguments: strings, numbers or lists of strings
	 * @param explanation in English words, such as "shared concepts: solid-state battery"
	 */
	public record Reason(String part, double value, double weight, String code, Map<String, Object> arguments,
			String explanation) {

		public Reason {
			Objects.requireNonNull(part, "part");
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(explanation, "explanation");
			arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
		}

		/** A reason whose code has no arguments. */
		public Reason(String part, double value, double weight, String code, String explanation) {
			this(part, value, weight, code, Map.of(), explanation);
		}

		/** value × weight. */
		public double contribution() {
			return this.value * this.weight;
		}

	}

}
