package org.corridor.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 5: organisation names and their type. Latin names before a legal form ("Jiangsu
 * Zenergy Battery Technology Co., Ltd.", "AU Optronics (Kunshan) Co., Ltd.", "Bosideng
 * Group", "… GmbH"), before an institution word ("Huawei Research and Development
 * Center", "Changshu High-Tech Zone"), German institution compounds after a name
 * ("Zhongke Industrialisierungsbasis für kontrollierbare Informationstechnologie"),
 * ministries, quoted names after a platform word or in CamelCase ("ModuSpace"), and
 * Chinese names ending in 有限公司, 集团, 大学, 研究院, 研究所, 中心, 平台, 开发区, 产业园, 科技园, 协作园, 基地, 联盟,
 * 联合体, 合作区.
 */
public final class Organisations {

	/**
	 * An organisation mention: char offsets, name, type.
	 */
	public record Mention(int start, int end, String name, String type) {

	}

	private static final String WORD = "(?:[A-Z][\\p{L}\\d&'’-]*|\\([A-Z][\\p{L}]*\\))";

	/*
	 * LEGAL and INSTITUTION begin with a WORD (a capital or "("), GERMAN_INSTITUTION with
	 * a capital, MINISTRY with "M", QUOTED with a quotation mark: each is tried only
	 * where such a char stands (AnchoredPattern).
	 */

	private static final AnchoredPattern LEGAL = new AnchoredPattern(
			"(" + WORD + "(?:\\s+(?:" + WORD
					+ "|&|and|of|for))*)\\s+(Co\\.,?\\s*Ltd\\.?|Co\\.|Ltd\\.|Group|GmbH|AG|Inc\\.|Corporation|Corp\\.)",
			Organisations::wordStart);

	private static final AnchoredPattern INSTITUTION = new AnchoredPattern("(" + WORD + "(?:\\s+(?:" + WORD
			+ "|and|of|for))*)\\s+(Research and Development Center|Research Center|Innovation Center|Center|Centre|University|Institute|Academy|Laboratory|Zone|Park|Platform|Hub|Alliance|Commission|Office|Bureau|Committee|Hospital|Exchange|Chamber of Commerce|Council|Association|Administration|Department|Federation|Fund)\\b",
			Organisations::wordStart);

	private static final AnchoredPattern GERMAN_INSTITUTION = new AnchoredPattern(
			"\\b([A-Z][\\p{L}'-]+\\s+(?:[\\p{L}-]*(?:[Bb]asis|[Zz]entrum|[Ii]nstitut|[Uu]niversität|[Pp]lattform|[Aa]kademie|[Ll]abor|[Pp]ark|[Zz]one|[Aa]llianz))|[A-Z][\\p{L}']+(?:-[A-Z][\\p{L}']+)+-(?:[\\p{L}]*(?:[Bb]asis|[Zz]entrum|[Ii]nstitut|[Pp]lattform|[Ll]abor|[Pp]ark|[Zz]one|[Aa]llianz)))(\\s+für(?:\\s+[\\p{L}-]+){1,3})?(?=[\\s,.;:)]|$)",
			(c) -> c >= 'A' && c <= 'Z');

	private static final AnchoredPattern MINISTRY = new AnchoredPattern(
			"\\b(Ministeriums? für [\\p{L}]+(?: und [\\p{L}]+)?|Ministry of [A-Z][\\p{L}]+(?: (?:and|of) [A-Z][\\p{L}]+)*)",
			(c) -> c == 'M');

	private static final AnchoredPattern QUOTED = new AnchoredPattern(
			"[\"„“”«»]([A-Z][\\p{L}\\d&-]*(?: [A-Z][\\p{L}\\d&-]*){0,3})[\"“”«»]",
			(c) -> Organisations.QUOTES.indexOf(c) >= 0);

	private static final Pattern CAMEL_CASE = Pattern.compile(".*[a-z][A-Z].*");

	/**
	 * A platform word at the end of a text; it begins with one of "cpzumba" in any case.
	 */
	private static final AnchoredPattern PLATFORM_BEFORE = new AnchoredPattern(
			"(?i)(community|plattform|platform|zentrum|center|company|unternehmen|marke|brand|app)\\s*$",
			(c) -> "cpzumbaCPZUMBA".indexOf(c) >= 0);

	private static final Pattern CHINESE = Pattern.compile(
			"[\\p{IsHan}A-Za-z（）()—]{2,24}?(有限公司|股份公司|总公司|集团|大学|研究院|研究所|实验室|實驗室|创新中心|中心|平台|孵化器|开发区|高新区|产业园|科技园|协作园|中试基地|基地|联盟|聯盟|创新联合体|合作区|委员会|委員會|办公室|辦公室|秘书处|协调会|協調會|商会|商會|协会|協會|学会|基金|学校|學校|学院|學院|医院|醫院|交易所|筹委会|专责小组|领导小组|工作小组|参事室|參事室|专业委员会|專業委員會|新区|新區|自贸试验区|自貿試驗區)");

	private static final List<String> LEGAL_WORDS = List.of("Co.", "Ltd", "Group", "GmbH", " AG", "Inc.", "Corporation",
			"Corp.");

	private static final List<String> INSTITUTION_WORDS = List.of("Center", "Centre", "University", "Institute",
			"Academy", "Laboratory", "Zone", "Park", "Platform", "Hub", "Alliance", "Commission", "Office", "Bureau",
			"Committee", "Hospital", "Exchange", "Chamber", "Council", "Association", "Administration", "Department",
			"Federation", "Fund");

	/** One of {@link #INSTITUTION_WORDS} as a word: an institution's name ends there. */
	private static final Pattern INSTITUTION_HEAD = Pattern
		.compile("\\b(?:" + String.join("|", INSTITUTION_WORDS) + ")\\b");

	private static final List<String> GERMAN_WORDS = List.of("basis", "zentrum", "institut", "universität", "plattform",
			"akademie", "labor", "park", "zone", "allianz");

	private static final String QUOTES = "\"„“”«»";

	private static final List<String> CHINESE_WORDS = List.of("公司", "集团", "大学", "研究院", "研究所", "实验室", "實驗室", "中心", "平台",
			"孵化器", "开发区", "高新区", "产业园", "科技园", "联盟", "聯盟", "委员会", "委員會", "办公室", "辦公室", "秘书处", "协调会", "協調會", "商会", "商會",
			"协会", "協會", "学会", "基金", "学校", "學校", "学院", "學院", "医院", "醫院", "交易所", "筹委会", "小组", "参事室", "參事室", "新区", "新區",
			"试验区", "試驗區", "合作区");

	private Organisations() {
	}

	public static List<Mention> find(Sentence sentence) {
		List<Mention> found = new ArrayList<>();
		String s = sentence.text();
		if (containsAny(s, LEGAL_WORDS)) {
			AnchoredPattern.Finder f = LEGAL.in(s);
			while (f.find()) {
				add(found, sentence, legalNameStart(s, f.match().start(), f.match().end()), f.match().end(),
						"enterprise");
			}
		}
		if (containsAny(s, INSTITUTION_WORDS)) {
			AnchoredPattern.Finder f = INSTITUTION.in(s);
			while (f.find()) {
				Matcher m = f.match();
				String kind = m.group(2).toLowerCase(Locale.ROOT);
				add(found, sentence, m.start(), m.end(),
						kind.contains("university") ? "university"
								: kind.contains("institute") || kind.contains("academy") || kind.contains("laboratory")
										? "institute" : kind.equals("alliance") ? "alliance" : "platform");
			}
		}
		if (sentence.language().equals("de") && containsAny(sentence.lower(), GERMAN_WORDS)) {
			AnchoredPattern.Finder f = GERMAN_INSTITUTION.in(s);
			while (f.find()) {
				Matcher m = f.match();
				String head = m.group(1).toLowerCase(Locale.ROOT);
				if (head.startsWith("die ") || head.startsWith("der ") || head.startsWith("das ")) {
					continue;
				}
				add(found, sentence, m.start(), m.end(), head.contains("universität") ? "university"
						: head.contains("institut") || head.contains("akademie") ? "institute" : "platform");
			}
		}
		if (s.contains("Minist")) {
			AnchoredPattern.Finder f = MINISTRY.in(s);
			while (f.find()) {
				add(found, sentence, f.match().start(), f.match().end(), "government");
			}
		}
		if (containsAnyChar(s, QUOTES)) {
			AnchoredPattern.Finder f = QUOTED.in(s);
			while (f.find()) {
				Matcher m = f.match();
				String name = m.group(1);
				boolean camel = CAMEL_CASE.matcher(name).matches();
				boolean cue = PLATFORM_BEFORE.in(s.substring(Math.max(0, m.start() - 40), m.start())).find();
				if (camel || cue) {
					add(found, sentence, m.start(1), m.end(1), "platform");
				}
			}
		}
		Matcher m = CHINESE.matcher(s);
		while (containsAny(s, CHINESE_WORDS) && m.find()) {
			String suffix = m.group(1);
			String type = switch (suffix) {
				case "有限公司", "股份公司", "集团" -> "enterprise";
				case "大学", "学院", "學院", "学校", "學校" -> "university";
				case "研究院", "研究所", "实验室", "實驗室" -> "institute";
				case "联盟", "聯盟", "创新联合体", "协会", "協會", "商会", "商會", "学会", "协调会", "協調會" -> "alliance";
				case "委员会", "委員會", "办公室", "辦公室", "秘书处", "筹委会", "专责小组", "领导小组", "工作小组", "参事室", "參事室", "专业委员会", "專業委員會" ->
					"government";
				default -> "platform";
			};
			int start = chineseNameStart(s, m.start(), m.end() - suffix.length());
			if (!GENERIC_CHINESE_STEM.matcher(s.substring(start, m.end() - suffix.length())).matches()) {
				add(found, sentence, start, m.end(), type);
			}
		}
		if (sentence.language().equals("de") && GERMAN_HEADS.stream().anyMatch(s::contains)) {
			AnchoredPattern.Finder f = GERMAN_BODY.in(s);
			while (f.find()) {
				Matcher body = f.match();
				add(found, sentence, body.start(), body.end(),
						body.group(1).toLowerCase(Locale.ROOT).contains("universität") ? "university" : "government");
			}
		}
		AnchoredPattern.Finder k = KNOWN.in(s);
		while (k.find()) {
			Matcher known = k.match();
			add(found, sentence, known.start(), known.end(), KNOWN_TYPES.get(known.group().toLowerCase(Locale.ROOT)));
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	/**
	 * German names of bodies: a head word, then "für", "der", "des", "von" or "im" and up
	 * to five words ("Kommission für Entwicklung und Reform von Chongqing", "Büro für
	 * regionale Zusammenarbeit im Jangtse-Delta", "Universität Anhui"), or a compound
	 * ending in one ("Handelsministerium", "Tsinghua-Universität").
	 */
	private static final List<String> GERMAN_HEADS = List.of("Kommission", "Büro", "Ministerium", "ministerium",
			"Komitees", "Komitee", "Kammer", "kammer", "Ausschuss", "Universität", "Akademie", "Verband", "Behörde",
			"Amt");

	private static final AnchoredPattern GERMAN_BODY = new AnchoredPattern(
			"(?<![\\p{L}-])((?:[A-ZÄÖÜ][\\p{L}]*-)?(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:" + String.join("|", GERMAN_HEADS)
					+ "))(?:(?:\\s+(?:für|der|des|von|im|für die|für den))(?:\\s+(?:[A-ZÄÖÜ][\\p{L}-]*|regionale[nrs]?|wirtschaftliche[nrs]?|internationale[nrs]?|und|die|der|des|von|im|für)){1,6}|\\s+(?=[A-Z][a-z]+\\b)[A-Z][a-z]+(?=[\\s,.;:)]|$))?");

	private static final AnchoredPattern KNOWN;

	private static final java.util.Map<String, String> KNOWN_TYPES = new java.util.HashMap<>();

	static {
		List<String> names = new ArrayList<>();
		for (String[] row : Cues.rows("organisations.tsv")) {
			names.add(row[0]);
			KNOWN_TYPES.put(row[0].toLowerCase(Locale.ROOT), row[1]);
		}
		KNOWN = new AnchoredPattern("(?<![\\p{IsLatin}])" + Cues.alternatives(names, false).pattern());
	}

	/**
	 * Words that cannot be inside a Chinese organisation name: verbs and particles that
	 * run on into it ("围绕共建协同创新平台", "会议还正式发布了…平台", "加强与港澳创新平台") and a count's measure
	 * word ("5家中试平台").
	 */
	private static final Pattern CHINESE_BEFORE_NAME = Pattern.compile(
			"(?:了|与|和|及|的|在|对|为|由|将|把|向|并|等|是|让|或|围绕|共建|加强|推动|建设|建設|打造|发布|成立|设立|走出|开创|奋力|开展|有关|还将|還將|联动|全市|全区|全省|该市|该区|本市|我市|会同|會同|主持|出席|会议|會議|肯定|发挥|發揮|如何|年|来|來|）|\\)|\\d+[家个])");

	/** Name stems that are generic phrases, not names (国家级创新平台, 中试平台). */
	private static final Pattern GENERIC_CHINESE_STEM = Pattern.compile(
			"(?:[\\p{IsHan}]{1,4}?[市区县省])?(?:国家级|省级|市级|区级)?(?:协同|科技|技术|产业|公共|服务|创新|中试|研发|成果|转化|共性|新型|重大|高能级|合作|协作|協作|新|大型企业|企业|有关|产业合作|智能|综合性|國家|国家|生产|生產)*");

	/**
	 * Where a Chinese name ending at {@code stemEnd} begins: after the last word within
	 * it that cannot be part of a name.
	 */
	private static int chineseNameStart(String s, int start, int stemEnd) {
		Matcher before = CHINESE_BEFORE_NAME.matcher(s).region(start, stemEnd);
		int nameStart = start;
		while (before.find()) {
			nameStart = before.end();
		}
		if (nameStart > 0 && "家个".indexOf(s.charAt(nameStart)) >= 0 && Character.isDigit(s.charAt(nameStart - 1))) {
			nameStart++;
		}
		return nameStart;
	}

	/**
	 * Where a company name matched from {@code start} begins: after the last " and "
	 * whose left side names an institution of its own ("the Chongqing Institute of Rail
	 * Vehicle Engineering and Geleshan Traction Systems Co., Ltd." names two
	 * organisations).
	 */
	private static int legalNameStart(String s, int start, int end) {
		int nameStart = start;
		for (int at = s.indexOf(" and ", start); at >= 0 && at < end; at = s.indexOf(" and ", at + 1)) {
			if (INSTITUTION_HEAD.matcher(s.substring(nameStart, at)).find()) {
				nameStart = at + 5;
			}
		}
		return nameStart;
	}

	/** Where a {@link #WORD} may begin: a capital or an opening parenthesis. */
	private static boolean wordStart(int c) {
		return (c >= 'A' && c <= 'Z') || c == '(';
	}

	private static boolean containsAny(String text, List<String> words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsAnyChar(String text, String chars) {
		for (int i = 0; i < chars.length(); i++) {
			if (text.indexOf(chars.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A party committee or people's government of a place is the place, not an
	 * organisation (GUIDELINES.md); a title before a name ("Party Chief of …") is no
	 * name.
	 */
	private static final Pattern PARTY_OR_GOVERNMENT = Pattern.compile(
			"(?i)(?:^(?:CPC|Party|Communist)\\b|\\b(?:Party Committee|Provincial Committee|Municipal Committee|People's Government|Parteikomitee)\\b|党委|人民政府|人民政府办公厅)");

	/** A German head word standing alone ("Ministerium", "Behörde"): no name. */
	private static final Pattern BARE_GERMAN_HEAD = Pattern
		.compile("(?:Kommission|Büro|Ministerium|Komitees?|Kammer|Ausschuss|Universität|Akademie|Verband|Behörde|Amt)");

	private static final Pattern LEADING_WORDS = Pattern.compile(
			"^(?:(?:Im|In|Am|Bei|Beim|Zum|Zur|Vom|Der|Die|Das|Den|Dem|Des|Ein|Eine|Nach|Während|Auch|The|At|During|After|Before|On|A|An)\\s+)+");

	private static void add(List<Mention> found, Sentence sentence, int start, int end, String type) {
		String raw = sentence.text().substring(start, end);
		Matcher leading = LEADING_WORDS.matcher(raw);
		if (leading.find()) {
			start += leading.end();
		}
		String name = sentence.text().substring(start, end).strip();
		if (name.length() < 3 || PARTY_OR_GOVERNMENT.matcher(name).find() || BARE_GERMAN_HEAD.matcher(name).matches()) {
			return;
		}
		int from = sentence.start() + start;
		int to = from + name.length();
		for (Mention other : found) {
			if (from < other.end() && to > other.start()) {
				return;
			}
		}
		found.add(new Mention(from, to, name, type));
	}

}
