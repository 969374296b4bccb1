package org.corridor.geo.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Short forms of official Chinese names: 宁波市 → 宁波, 肃北蒙古族自治县 → 肃北, 内蒙古自治区 → 内蒙古, 延边朝鲜族自治州
 * → 延边. A short form is only made where at least two characters remain, so 和县 keeps its
 * name.
 */
public final class ChineseNames {

	private static final List<String> SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区",
			"省", "市", "区", "县", "旗", "盟");

	private static final Pattern ETHNIC_TAIL = Pattern.compile(
			"(?:(?:柯尔克孜|乌孜别克|维吾尔|哈萨克|达斡尔|塔吉克|俄罗斯|鄂温克|塔塔尔|鄂伦春|蒙古|布依|朝鲜|土家|哈尼|傈僳|高山|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京|各)族?)+$");

	private ChineseNames() {
	}

	/**
	 * The name without its generic suffix, or the name itself where nothing can be
	 * removed.
	 */
	public static String shortForm(String fullName) {
		for (String suffix : SUFFIXES) {
			if (fullName.endsWith(suffix) && fullName.length() - suffix.length() >= 2) {
				String stem = fullName.substring(0, fullName.length() - suffix.length());
				if (suffix.startsWith("自治")) {
					String withoutPeople = ETHNIC_TAIL.matcher(stem).replaceFirst("");
					if (withoutPeople.length() >= 2) {
						stem = withoutPeople;
					}
				}
				return stem;
			}
		}
		return fullName;
	}

}
