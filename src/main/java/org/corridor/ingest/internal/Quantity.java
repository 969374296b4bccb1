package org.corridor.ingest.internal;

/**
 * A number in a sentence, in base units: {@code CNY}, {@code percent} or {@code count}.
 *
 * @param start char offset of its first character
 * @param end char offset after its last (scale and unit words included)
 * @param value the value in base units
 * @param unit CNY, percent or count
 * @param text the text as written
 */
public record Quantity(int start, int end, double value, String unit, String text) {

}
