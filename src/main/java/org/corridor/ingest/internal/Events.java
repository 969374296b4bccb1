package org.corridor.ingest.internal;

import java.util.List;

/**
 * Stage 7: the type of cooperation event a sentence reports, from cue words in German,
 * English and Chinese, checked in this order: project signing, agreement, policy,
 * conference, platform launch, visit (a plan published "at the conference" is the
 * policy). Sentences of a glossary, refusals and sentences without a cue report none.
 */
public final class Events {

	/**
	 * An event type with the words one of which a sentence must contain before its
	 * pattern is tried, and the chars its pattern's matches can begin with in lower-case
	 * text (the first chars of its alternatives), where alone it is tried.
	 */
	private record Cue(String type, List<String> triggers, AnchoredPattern pattern) {

		Cue(String type, List<String> triggers, String regex, String firstChars) {
			this(type, triggers, new AnchoredPattern(regex, (c) -> firstChars.indexOf(c) >= 0));
		}

		boolean in(String lower) {
			for (String trigger : this.triggers) {
				if (lower.contains(trigger)) {
					return this.pattern.in(lower).find();
				}
			}
			return false;
		}

	}

	private static final List<Cue> CUES = List.of(new Cue("project_signing", List.of("unterzeichne", "signed", "签约"),
			"(?i)(projekte?\\b.{0,60}unterzeichnet|unterzeichnet.{0,60}projekt|projects?\\b.{0,60}signed|signed.{0,60}projects?|签约项目|项目签约|签约)",
			"pus签项"),
			new Cue("agreement",
					List.of("abkommen", "vereinbarung", "unterzeichne", "agreement", "signed", "签署", "签订", "协议"),
					"(?i)(rahmenabkommen|rahmenvereinbarung|kooperationsvereinbarung|kooperationsabkommen|abkommen unterzeichnet|vereinbarung unterzeichnet|unterzeichneten|framework agreement|cooperation agreement|signed (?:an? |the )?(?:[\\w-]+ ){0,4}(?:agreement|memorandum|accord|pact|deal)|签署|签订|合作协议|框架协议)",
					"rkavufcs签合框"),
			new Cue("policy",
					List.of("veröffentlicht", "beschl", "published", "issued", "unveiled", "released", "印发", "出台",
							"发布"),
					"(?i)(veröffentlicht\\w* .{0,60}(plan|entwurf|leitlinie|strategie|programm)|beschloss|beschlossen|(?:published|issued|unveiled|released) .{0,40}(plan|outline|guideline|strategy|programme|program)|印发|出台|发布.{0,20}(规划|方案|意见))",
					"vbpiur印出发"),
			new Cue("conference",
					List.of("matchmaking", "konferenz", "joint meeting", "conference", "forum", "gipfel", "summit",
							"会议", "对接会", "大会", "峰会", "论坛"),
					"(?i)(matchmaking|(?<![\\p{L}])konferenz(?!bericht)|joint meeting|(?<![\\p{L}])conference|(?<![\\p{L}])forum|gipfel|summit|联席会议|对接会|大会|峰会|论坛)",
					"mkjcfgs联对大峰论"),
			new Cue("platform_launch",
					List.of("gegründet", "eingerichtet", "eröffnet", "initiiert", "betrieb", "launched", "established",
							"opened", "inaugurated", "unveiled", "into operation", "live", "an den start", "揭牌", "挂牌",
							"成立", "组建", "上线", "投用", "投入使用", "启用", "正式发布"),
					"(?i)((plattform|zentrum|park|platform|center|centre|hub|allianz|alliance|labor|lab)\\w*\\b.{0,80}(gegründet|eingerichtet|eröffnet|initiiert|in betrieb genommen|betrieb auf|launched|established|opened|inaugurated|unveiled|into operation)|(launched|established|opened|inaugurated|unveiled).{0,60}(platform|center|centre|park|hub|alliance|lab)|(went|go|goes|ging) live|an den start|揭牌|挂牌|成立|组建|上线|投用|投入使用|启用|正式发布.{0,30}(平台|联盟|中心))",
					"pzchlaleoiugwa揭挂成组上投启正"),
			new Cue("visit",
					List.of("besuch", "lernreise", "inspektionsreise", "delegation", "visit", "inspection tour",
							"study tour", "考察", "调研", "访问", "参观"),
					"(?i)(besuchte|besuchten|besuch\\b|besuchs|lernreise|inspektionsreise|prüfungsbesuch|lernbesuch|delegation|visited|visit\\b|inspection tour|study tour|考察|调研|访问|参观)",
					"blipdvs考调访参"));

	private Events() {
	}

	/**
	 * The event type of a sentence, or null. Cost: a search of the lower-cased sentence
	 * per trigger word, and one anchored pattern search per cue whose trigger is present.
	 */
	public static String type(Sentence sentence) {
		if (sentence.glossary()) {
			return null;
		}
		String text = sentence.lower();
		for (Cue cue : CUES) {
			if (cue.in(text)) {
				return cue.type();
			}
		}
		return null;
	}

}
