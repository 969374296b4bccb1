package org.corridor.ingest.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stage 7: the type of cooperation event a sentence reports, from cue words in German,
 * English and Chinese, checked in this order: project signing, agreement, conference,
 * platform launch, visit, policy. Sentences of a glossary, refusals and sentences without
 * a cue report none.
 */
public final class Events {

	private static final List<Map.Entry<String, Pattern>> CUES = List.of(Map.entry("project_signing", Pattern.compile(
			"(?i)(projekte?\\b.{0,60}unterzeichnet|unterzeichnet.{0,60}projekt|projects?\\b.{0,60}signed|signed.{0,60}projects?|签约项目|项目签约|签约)")),
			Map.entry("agreement", Pattern.compile(
					"(?i)(rahmenabkommen|rahmenvereinbarung|kooperationsvereinbarung|kooperationsabkommen|abkommen unterzeichnet|vereinbarung unterzeichnet|unterzeichneten|framework agreement|cooperation agreement|signed an? (?:\\w+ )?agreement|signed|签署|签订|合作协议|框架协议)")),
			Map.entry("conference", Pattern.compile(
					"(?i)(matchmaking|(?<![\\p{L}])konferenz|joint meeting|(?<![\\p{L}])conference|(?<![\\p{L}])forum|gipfel|summit|联席会议|对接会|大会|峰会|论坛)")),
			Map.entry("platform_launch", Pattern.compile(
					"(?i)((plattform|zentrum|park|platform|center|centre|hub)\\w*\\b.{0,80}(gegründet|eingerichtet|eröffnet|initiiert|launched|established|opened|inaugurated)|(launched|established|opened|inaugurated).{0,60}(platform|center|centre|park|hub)|揭牌|成立)")),
			Map.entry("visit", Pattern.compile(
					"(?i)(besuchte|besuchten|besuch\\b|besuchs|lernreise|inspektionsreise|prüfungsbesuch|lernbesuch|delegation|visited|visit\\b|inspection tour|study tour|考察|调研|访问|参观)")),
			Map.entry("policy", Pattern.compile(
					"(?i)(veröffentlichten .{0,40}(plan|entwurf|leitlinie)|beschloss|beschlossen|published .{0,40}(plan|outline|guideline)|issued .{0,40}(plan|outline|guideline)|印发|出台|发布.{0,20}(规划|方案|意见))")));

	/** Words one of which a sentence must contain before the cue patterns are tried. */
	private static final Map<String, List<String>> TRIGGERS = Map.of("project_signing",
			List.of("unterzeichne", "signed", "签约"), "agreement",
			List.of("abkommen", "vereinbarung", "unterzeichne", "agreement", "signed", "签署", "签订", "协议"), "conference",
			List.of("matchmaking", "konferenz", "joint meeting", "conference", "forum", "gipfel", "summit", "会议", "对接会",
					"大会", "峰会", "论坛"),
			"platform_launch",
			List.of("gegründet", "eingerichtet", "eröffnet", "initiiert", "launched", "established", "opened",
					"inaugurated", "揭牌", "成立"),
			"visit",
			List.of("besuch", "lernreise", "inspektionsreise", "delegation", "visit", "inspection tour", "study tour",
					"考察", "调研", "访问", "参观"),
			"policy", List.of("veröffentlicht", "beschl", "published", "issued", "印发", "出台", "发布"));

	private Events() {
	}

	/**
	 * The event type of a sentence, or null.
	 */
	public static String type(Sentence sentence) {
		if (sentence.glossary()) {
			return null;
		}
		String text = sentence.lower();
		for (Map.Entry<String, Pattern> cue : CUES) {
			if (TRIGGERS.get(cue.getKey()).stream().anyMatch(text::contains) && cue.getValue().matcher(text).find()) {
				return cue.getKey();
			}
		}
		return null;
	}

}
