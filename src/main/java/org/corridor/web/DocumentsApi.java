package org.corridor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.account.Account;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.ingest.Brief;
import org.corridor.ingest.DocumentBriefs;
import org.corridor.ingest.Documents;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/documents} and the facts drawn from them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "documents", description = "Ingest news and policy documents; the facts with their evidence")
class DocumentsApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Documents documents;

	private final DocumentBriefs briefs;

	DocumentsApi(Documents documents, DocumentBriefs briefs) {
		this.documents = documents;
		this.briefs = briefs;
	}

	/** A document sent as JSON. */
	record DocumentInput(String fileName, String text, String published) {

	}

	@PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Ingest uploaded files (field 'file', repeatable); each file is stored once by SHA-256")
	Map<String, Object> upload(@AuthenticationPrincipal Account account, @RequestPart("file") List<MultipartFile> files,
			@Parameter(description = "publication date YYYY-MM-DD") @RequestParam(required = false) String published) {
		LocalDate date = Parameters.dateOrNull("published", published);
		List<Object> results = new ArrayList<>();
		for (MultipartFile file : files) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload.txt";
			try {
				results.add(this.documents.ingest(file.getBytes(), name, date, account.id()));
			}
			catch (IllegalArgumentException ex) {
				Map<String, Object> error = new LinkedHashMap<>();
				error.put("file_name", name);
				error.put("error", ex.getMessage());
				results.add(error);
			}
			catch (IOException ex) {
				throw new BadParameterException("file", "cannot read the upload " + name + ": " + ex.getMessage());
			}
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("documents", results);
		return json;
	}

	@PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ingest a document sent as JSON: file_name, text, published (optional)")
	Documents.Ingested post(@AuthenticationPrincipal Account account, @RequestBody DocumentInput input) {
		if (input.text() == null || input.text().isBlank()) {
			throw new BadParameterException("text", "text is required");
		}
		LocalDate date = Parameters.dateOrNull("published", input.published());
		try {
			return this.documents.ingest(input.text().getBytes(StandardCharsets.UTF_8),
					(input.fileName() != null) ? input.fileName() : "document.txt", date, account.id());
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("text", ex.getMessage());
		}
	}

	@GetMapping("/documents")
	@Operation(summary = "Ingested documents, newest first, with language, date and counts of facts")
	Map<String, Object> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Parameters.paging(page, size);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("items", this.documents.list(page, size));
		json.put("page", page);
		json.put("size", size);
		json.put("total", this.documents.count());
		return json;
	}

	@GetMapping("/documents/{id}")
	@Operation(summary = "A document: its text and its facts with code-point offsets")
	Map<String, Object> get(@PathVariable long id) {
		Documents.Detail detail = this.documents.find(id)
			.orElseThrow(() -> new NotFoundException("document", Long.toString(id)));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("document", detail.summary());
		json.put("text", detail.text());
		json.put("extraction", JSON.readTree(detail.extractionJson()));
		return json;
	}

	@GetMapping("/documents/{id}/brief")
	@Operation(summary = "A document's brief: key points by theme (agreements and goals, infrastructure, "
			+ "innovation and industry, figures), each citing sentences as [n]; the citations with code-point "
			+ "offsets; a glossary of the places, groupings and organisations named, described from Corridor's "
			+ "reference data and register only")
	Brief brief(@PathVariable long id,
			@Parameter(description = "language of labels and descriptions: zh, en or de") @RequestParam(
					defaultValue = "en") String lang) {
		if (!DocumentBriefs.LANGUAGES.contains(lang)) {
			throw new BadParameterException("lang", "lang must be zh, en or de, not " + Parameters.abbreviate(lang));
		}
		return this.briefs.brief(id, lang).orElseThrow(() -> new NotFoundException("document", Long.toString(id)));
	}

	@GetMapping("/events")
	@Operation(summary = "Extracted cooperation events, by region, type and date range")
	List<Documents.Fact> events(@RequestParam(required = false) String region,
			@RequestParam(required = false) String type, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return this.documents.facts("event", region(region), type, Parameters.dateOrNull("from", from),
				Parameters.dateOrNull("to", to));
	}

	@GetMapping("/targets")
	@Operation(summary = "Extracted targets, by region")
	List<Documents.Fact> targets(@RequestParam(required = false) String region) {
		return this.documents.facts("target", region(region), null, null, null);
	}

	@GetMapping("/figures")
	@Operation(summary = "Extracted figures, by region")
	List<Documents.Fact> figures(@RequestParam(required = false) String region) {
		return this.documents.facts("figure", region(region), null, null, null);
	}

	private static String region(String region) {
		return (region != null) ? Parameters.code("region", region) : null;
	}

}
