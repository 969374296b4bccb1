package org.corridor.web;

import java.util.HashMap;
import java.util.Map;

import org.corridor.geo.Region;
import org.corridor.geo.Regions;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A region's name in the reader's language for a page ({@code ${regionNames.of(code)}}):
 * the Chinese name for Chinese readers, the English (pinyin) name otherwise; the code
 * when it is not a division. Remembers what it looked up for the one page it serves.
 */
final class RegionNames {

	private final Regions regions;

	private final Map<String, String> names = new HashMap<>();

	RegionNames(Regions regions) {
		this.regions = regions;
	}

	public String of(String code) {
		if (code == null) {
			return "";
		}
		boolean chinese = LocaleContextHolder.getLocale().getLanguage().equals("zh");
		return this.names.computeIfAbsent(code + (chinese ? "/zh" : "/en"),
				(key) -> this.regions.find(code).map((Region r) -> chinese ? r.nameZh() : r.nameEn()).orElse(code));
	}

}
