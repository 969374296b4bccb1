package org.corridor.geo;

/**
 * One name of a division or grouping.
 *
 * @param name the name as written
 * @param lang {@code zh}, {@code en}, {@code de} or {@code pinyin}
 * @param kind {@code official}, {@code short}, {@code pinyin}, {@code exonym},
 * {@code historical}, {@code alias} or {@code generated} (a name with a type word, such
 * as "Putuo District")
 */
public record RegionName(String name, String lang, String kind) {

}
