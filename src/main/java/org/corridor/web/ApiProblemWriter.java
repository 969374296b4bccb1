package org.corridor.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes an RFC 9457 problem straight to a response, for filters that answer before any
 * controller runs (authentication, rate limits, body size).
 */
@Component
class ApiProblemWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		write(response, status, title, detail, Map.of());
	}

	void write(HttpServletResponse response, int status, String title, String detail, Map<String, Object> extra)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		java.util.LinkedHashMap<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("type", "/problems/" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.putAll(extra);
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}

}
