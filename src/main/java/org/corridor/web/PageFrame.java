package org.corridor.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.corridor.account.Account;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the frame of every page shows ({@code ${@frame.navigation()}} in the layout): the
 * navigation with the current section marked, links to the same address in each language,
 * the signed-in account. Read from the current request, so error pages get it too.
 */
@Component("frame")
public class PageFrame {

	private static final List<String[]> SECTIONS = List.of(new String[] { "overview", "/" },
			new String[] { "map", "/map" }, new String[] { "network", "/network" },
			new String[] { "documents", "/documents" }, new String[] { "exchange", "/exchange" },
			new String[] { "observatory", "/observatory" }, new String[] { "regions", "/regions" });

	/** A section in the navigation. */
	public record Section(String key, String path, boolean current) {

	}

	/** The current address in another language. */
	public record Language(String code, String url, boolean current) {

	}

	public List<Section> navigation() {
		String path = request().getRequestURI();
		return SECTIONS.stream()
			.map((s) -> new Section(s[0], s[1], s[1].equals("/") ? path.equals("/") : path.startsWith(s[1])))
			.toList();
	}

	public List<Language> languages() {
		String current = LocaleContextHolder.getLocale().getLanguage();
		HttpServletRequest request = request();
		return LocaleConfiguration.SUPPORTED.stream().map(Locale::getLanguage).map((code) -> {
			String url = ServletUriComponentsBuilder.fromRequest(request)
				.replaceQueryParam("lang", code)
				.replacePath(request.getRequestURI())
				.build()
				.toUriString();
			String relative = url.substring(url.indexOf('/', url.indexOf("//") + 2));
			return new Language(code, relative, code.equals(current));
		}).toList();
	}

	/** The signed-in account, or null. */
	public Account signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof Account account) ? account : null;
	}

	/** What was searched for, to show it in the search box. */
	public String searchText() {
		HttpServletRequest request = request();
		return request.getRequestURI().equals("/search") ? request.getParameter("q") : null;
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
