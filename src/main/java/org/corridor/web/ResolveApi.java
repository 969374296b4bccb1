package org.corridor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.geo.RegionResolver;
import org.corridor.geo.Resolution;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/resolve}: names in text to divisions and groupings, ranked, with
 * reasons.
 */
@RestController
@RequestMapping("/api/v1/resolve")
@Tag(name = "resolve", description = "Names in Chinese, English or German to division codes")
class ResolveApi {

	/** Longest text taken in a query string; longer texts go in a POST body. */
	static final int MAX_QUERY_TEXT = 2000;

	private final RegionResolver resolver;

	ResolveApi(RegionResolver resolver) {
		this.resolver = resolver;
	}

	@GetMapping
	@Operation(summary = "Resolve a name or a short text given in the query string")
	Resolution resolve(
			@Parameter(description = "a name (昆山, Schanghai, Jangtse-Delta) or a sentence") @RequestParam String text) {
		if (text.isBlank()) {
			throw new BadParameterException("text", "text is empty; give a name or a sentence");
		}
		if (text.length() > MAX_QUERY_TEXT) {
			throw new BadParameterException("text", "text is " + text.length() + " characters long; at most "
					+ MAX_QUERY_TEXT + " in a query string, POST longer texts as text/plain");
		}
		return this.resolver.resolve(text);
	}

	@PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Resolve the names in a longer text sent as text/plain (up to 1,000,000 characters)")
	Resolution resolveBody(@RequestBody String text) {
		if (text.isBlank()) {
			throw new BadParameterException("text", "the body is empty; send a text");
		}
		if (text.length() > RegionResolver.MAX_TEXT_LENGTH) {
			throw new BadParameterException("text",
					"the text is " + text.length() + " characters long; at most " + RegionResolver.MAX_TEXT_LENGTH);
		}
		return this.resolver.resolve(text);
	}

}
