package org.corridor.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * A form sent after its session expired (its CSRF token no longer matches): the user is
 * sent to sign in again and then back to the page the form was on, where the page's
 * script ({@code kept-forms.js}) restores what was typed. Only the path of the
 * {@code Referer} is kept, so the redirect never leaves the site.
 */
final class ExpiredForm {

	/** Where {@code HttpSessionRequestCache} keeps the request to return to. */
	private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

	private ExpiredForm() {
	}

	static void signInAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String back = backTo(request.getHeader("Referer"));
		if (back != null) {
			request.getSession(true).setAttribute(SAVED_REQUEST, new SimpleSavedRequest(back));
		}
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

	/** The path and query of a referring address on this site, or null. */
	static String backTo(String referer) {
		if (referer == null || referer.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/login")) {
				return null;
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
