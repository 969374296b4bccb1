package org.corridor.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.corridor.actor.Industries;
import org.corridor.actor.Industry;
import org.corridor.exchange.ConceptThesaurus;
import org.corridor.exchange.Match;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.Grouping;
import org.corridor.geo.Region;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A match reason in the reader's words ({@code ${@reasons.of(reason)}}): the message
 * {@code reason.<code>} of the exchange bundle, its arguments labelled in the reader's
 * language — concepts from the thesaurus, industries from the taxonomy, groupings and
 * regions from the gazetteer (Chinese names for Chinese readers, English otherwise),
 * numbers and days in the reader's format. A code without a message keeps the English
 * explanation the ranking wrote.
 */
@Component("reasons")
public class MatchReasonText {

	private final MessageSource messages;

	private final ConceptThesaurus thesaurus;

	private final Industries industries;

	private final Gazetteer gazetteer;

	MatchReasonText(MessageSource messages, ConceptThesaurus thesaurus, Industries industries, Gazetteer gazetteer) {
		this.messages = messages;
		this.thesaurus = thesaurus;
		this.industries = industries;
		this.gazetteer = gazetteer;
	}

	/** The reason in the language of the current request. */
	public String of(Match.Reason reason) {
		return of(reason, LocaleContextHolder.getLocale());
	}

	/** The reason in a locale's language. */
	String of(Match.Reason reason, Locale locale) {
		String language = locale.getLanguage();
		Object[] arguments = switch (reason.code()) {
			case "text_relevance" -> new Object[] { number(reason, "share") };
			case "shared_concepts" ->
				new Object[] { list(reason, "concepts", (id) -> concept(id, language), language) };
			case "upstream_fit", "downstream_fit" ->
				new Object[] { concept(text(reason, "offered"), language), concept(text(reason, "needed"), language) };
			case "industry_chain" -> new Object[] { industry(text(reason, "upstream"), language),
					industry(text(reason, "downstream"), language) };
			case "same_industry" -> new Object[] { industry(text(reason, "industry"), language) };
			case "distance" -> new Object[] { region(text(reason, "from"), language),
					region(text(reason, "to"), language), number(reason, "km"), number(reason, "rail_hours") };
			case "same_grouping" ->
				new Object[] { list(reason, "groupings", (id) -> grouping(id, language), language) };
			case "history" -> new Object[] { number(reason, "events"), region(text(reason, "from"), language),
					region(text(reason, "to"), language), day(text(reason, "since"), locale) };
			default -> new Object[0];
		};
		return this.messages.getMessage("reason." + reason.code(), arguments, reason.explanation(), locale);
	}

	private String concept(String id, String language) {
		return this.thesaurus.concept(id).map((c) -> c.label(language)).orElse(id);
	}

	private String industry(String code, String language) {
		return this.industries.find(code).map((Industry i) -> i.name(language)).orElse(code);
	}

	private String grouping(String id, String language) {
		return this.gazetteer.grouping(id).map((Grouping g) -> {
			String name = switch (language) {
				case "zh" -> g.nameZh();
				case "de" -> g.nameDe();
				default -> g.nameEn();
			};
			return (name == null || name.isBlank()) ? g.nameEn() : name;
		}).orElse(id);
	}

	private String region(String code, String language) {
		return this.gazetteer.region(code)
			.map((Region r) -> language.equals("zh") ? r.nameZh() : r.nameEn())
			.orElse(code);
	}

	private static String day(String iso, Locale locale) {
		try {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
				.withLocale(locale)
				.format(LocalDate.parse(iso));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private static String list(Match.Reason reason, String name, Function<String, String> label, String language) {
		Object value = reason.arguments().get(name);
		List<?> items = (value instanceof List<?> list) ? list : List.of();
		return String.join(language.equals("zh") ? "、" : ", ", items.stream().map(String::valueOf).map(label).toList());
	}

	private static String text(Match.Reason reason, String name) {
		return String.valueOf(reason.arguments().get(name));
	}

	private static Number number(Match.Reason reason, String name) {
		return (reason.arguments().get(name) instanceof Number n) ? n : 0;
	}

}
