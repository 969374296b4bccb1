package org.corridor.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on requests that never reach the application — a request line or
 * headers beyond the size limit, a malformed URI, an upload beyond the multipart limit —
 * written as an RFC 9457 problem instead of Tomcat's HTML page; a browser asking for a
 * page (not under {@code /api/}) gets a short page in its language with a way back.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String detail = switch (status) {
			case 400 -> "the request is malformed or its request line or headers are too long "
					+ "(query strings are limited to 64 KB; send long texts in a POST body)";
			case 413 -> "the request body is too large";
			default -> "the server could not handle the request";
		};
		String uri = request.getRequestURI();
		String accept = request.getHeader("Accept");
		if (uri != null && !uri.startsWith("/api/") && accept != null && accept.contains("text/html")) {
			page(request, response, status);
			return;
		}
		String json = "{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone; nothing more to say
		}
	}

	private static void page(Request request, Response response, int status) {
		String lang = language(request);
		String heading = switch (lang) {
			case "zh" -> (status == 413) ? "文件太大" : "无法处理此请求";
			case "de" -> (status == 413) ? "Die Datei ist zu groß" : "Diese Anfrage kann nicht bearbeitet werden";
			default -> (status == 413) ? "The file is too large" : "This request cannot be handled";
		};
		String text = switch (lang) {
			case "zh" -> (status == 413) ? "上传上限为 50 MB，未保存任何内容。" : "请求格式有误或过长，未保存任何内容。";
			case "de" -> (status == 413) ? "Hochgeladen werden bis zu 50 MB; nichts wurde gespeichert."
					: "Die Anfrage ist fehlerhaft oder zu lang; nichts wurde gespeichert.";
			default -> (status == 413) ? "Uploads are limited to 50 MB; nothing was stored."
					: "The request is malformed or too long; nothing was stored.";
		};
		String back = switch (lang) {
			case "zh" -> "返回文档";
			case "de" -> "Zurück zu den Dokumenten";
			default -> "Back to the documents";
		};
		String html = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + heading
				+ " · Corridor</title><link rel=\"stylesheet\" href=\"/corridor.css\"></head><body><main id=\"main\">"
				+ "<h1>" + heading + "</h1><p class=\"lead error\" role=\"alert\">" + text
				+ "</p><p><a href=\"/documents\">" + back
				+ "</a> · <a href=\"/\">Corridor</a></p></main></body></html>";
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(html);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone; nothing more to say
		}
	}

	/** The page language: the language cookie, else the browser's first of zh, de, en. */
	private static String language(Request request) {
		if (request.getCookies() != null) {
			for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
				if (LocaleConfiguration.COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
					String value = cookie.getValue().toLowerCase(java.util.Locale.ROOT);
					if (value.startsWith("zh") || value.startsWith("de") || value.startsWith("en")) {
						return value.substring(0, 2);
					}
				}
			}
		}
		return LocaleConfiguration.preferred(request).getLanguage();
	}

	private static String title(int status) {
		return switch (status) {
			case 400 -> "Bad Request";
			case 404 -> "Not Found";
			case 413 -> "Content Too Large";
			default -> "Error";
		};
	}

}
