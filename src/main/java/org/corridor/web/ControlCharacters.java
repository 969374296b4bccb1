package org.corridor.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses at the door a request whose query or form parameters hold a control character
 * (U+0000–U+001F but tab, line feed and carriage return, and U+007F): 400, a problem
 * naming the parameter, before any code — or the store, which takes no NUL in text — sees
 * it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ControlCharacters extends OncePerRequestFilter {

	private final ApiProblemWriter problems;

	ControlCharacters(ApiProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			chain.doFilter(request, response);
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			boolean bad = hasControl(name);
			for (String value : parameter.getValue()) {
				bad |= hasControl(value);
			}
			if (bad) {
				String shown = hasControl(name) ? "a parameter name" : Parameters.abbreviate(name);
				this.problems.write(response, 400, "Bad parameter",
						shown + " holds a control character (such as NUL), which no field takes",
						Map.of("parameter", hasControl(name) ? "?" : name));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether the text holds a control character other than tab, line feed and carriage
	 * return.
	 */
	static boolean hasControl(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return true;
			}
		}
		return false;
	}

}
