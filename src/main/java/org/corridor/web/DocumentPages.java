package org.corridor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.corridor.ingest.Brief;
import org.corridor.ingest.DocumentBriefs;
import org.corridor.account.Account;
import org.corridor.ingest.Documents;
import org.corridor.ingest.Reading;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The documents pages: the list with language, date and counts of facts and the upload
 * form (a file or pasted text; an upload that cannot be read comes back as the page with
 * its reason and stores nothing), and the reading view of one document — its text with
 * every mention highlighted, its facts, and the brief with [n] citations that jump to the
 * sentences and a glossary from Corridor's knowledge.
 */
@Controller
@WebPage
class DocumentPages {

	static final int PAGE_SIZE = 20;

	private static final String PASTED = "pasted.txt";

	private final Documents documents;

	private final DocumentBriefs briefs;

	private final DataSize limit;

	private final Permissions permissions;

	DocumentPages(Documents documents, DocumentBriefs briefs,
			@Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize limit, Permissions permissions) {
		this.documents = documents;
		this.briefs = briefs;
		this.limit = limit;
		this.permissions = permissions;
	}

	/** Whether the viewer may add documents (the form is shown, or a note who may). */
	@ModelAttribute("mayIngest")
	boolean mayIngest(@AuthenticationPrincipal Account account) {
		return this.permissions.mayIngest(account);
	}

	/** Why an upload was refused: a message key, its argument, and ingest's own words. */
	record UploadError(String key, String argument, String reason) {

	}

	@GetMapping("/documents")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		if (page < 0) {
			throw new BadParameterException("page", "page must be 0 or more, not " + page);
		}
		fillList(model, page);
		return "documents/list";
	}

	@PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String upload(@AuthenticationPrincipal Account account, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String text, @RequestParam(required = false) String published, Model model,
			HttpServletResponse response) {
		boolean hasFile = file != null && !file.isEmpty();
		boolean hasName = file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
		boolean hasText = text != null && !text.isBlank();
		LocalDate date = null;
		UploadError error = null;
		if (published != null && !published.isBlank()) {
			try {
				date = LocalDate.parse(published.strip());
			}
			catch (DateTimeParseException ex) {
				error = new UploadError("documents.error.date", null, null);
			}
		}
		if (error == null && (hasFile || hasName) && hasText) {
			error = new UploadError("documents.error.both", null, null);
		}
		if (error == null && !hasFile && !hasName && !hasText) {
			error = new UploadError("documents.error.nothing", null, null);
		}
		if (error == null) {
			try {
				byte[] bytes = hasText ? text.getBytes(StandardCharsets.UTF_8) : file.getBytes();
				String name = hasText ? PASTED : file.getOriginalFilename();
				Documents.Ingested ingested = this.documents.ingest(bytes, name, date, account.id());
				return "redirect:/documents/" + ingested.id() + (ingested.created() ? "" : "?again=true");
			}
			catch (IllegalArgumentException ex) {
				error = reason(ex.getMessage());
			}
			catch (IOException ex) {
				error = new UploadError("documents.error.network", null, null);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("uploadError", error);
		model.addAttribute("pasted", text);
		model.addAttribute("published", published);
		fillList(model, 0);
		return "documents/list";
	}

	/** Ingest's reason in the reader's language where it is one Corridor knows. */
	private UploadError reason(String message) {
		String m = (message != null) ? message : "";
		String key;
		if (m.equals("empty file")) {
			key = "documents.reason.empty";
		}
		else if (m.startsWith("binary")) {
			key = "documents.reason.binary";
		}
		else if (m.startsWith("file is ")) {
			key = "documents.reason.toolarge";
		}
		else if (m.startsWith("not valid")) {
			key = "documents.reason.encoding";
		}
		else if (m.startsWith("no text")) {
			key = "documents.reason.notext";
		}
		else {
			return new UploadError(null, null, m);
		}
		return new UploadError(key, this.limit.toMegabytes() + " MB", null);
	}

	@GetMapping("/documents/{id}")
	String read(@PathVariable long id, @RequestParam(required = false) boolean again, Model model) {
		Documents.Detail detail = this.documents.find(id)
			.orElseThrow(() -> new NotFoundException("document", Long.toString(id)));
		String language = language();
		Reading reading = this.briefs.reading(id, language).orElseThrow();
		Brief brief = this.briefs.brief(id, language).orElseThrow();
		model.addAttribute("document", detail.summary());
		model.addAttribute("reading", reading);
		model.addAttribute("brief", brief);
		model.addAttribute("events", reading.facts().stream().filter((f) -> f.kind().equals("event")).toList());
		model.addAttribute("targets", reading.facts().stream().filter((f) -> f.kind().equals("target")).toList());
		model.addAttribute("figures", reading.facts().stream().filter((f) -> f.kind().equals("figure")).toList());
		model.addAttribute("again", again);
		model.addAttribute("lang", language);
		return "documents/read";
	}

	static String language() {
		String language = LocaleContextHolder.getLocale().getLanguage();
		return DocumentBriefs.LANGUAGES.contains(language) ? language : "en";
	}

	private void fillList(Model model, int page) {
		long total = this.documents.count();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		List<Documents.Summary> items = this.documents.list(page, PAGE_SIZE);
		model.addAttribute("items", items);
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("limitBytes", this.limit.toBytes());
		model.addAttribute("limitText", this.limit.toMegabytes() + " MB");
	}

	/**
	 * An upload larger than the multipart limit: refused before any controller runs, so
	 * answered here — the documents page with the error for the upload form, a 413
	 * problem for the API.
	 */
	@ControllerAdvice
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class TooLarge {

		private final DocumentPages pages;

		private final ApiProblemWriter problems;

		TooLarge(DocumentPages pages, ApiProblemWriter problems) {
			this.pages = pages;
			this.problems = problems;
		}

		@ExceptionHandler
		ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request,
				HttpServletResponse response) throws IOException {
			if (request.getRequestURI().startsWith("/api/")) {
				this.problems.write(response, 413, "Content too large",
						"the upload is larger than " + this.pages.limit.toMegabytes() + " MB");
				return new ModelAndView();
			}
			ExtendedModelMap model = new ExtendedModelMap();
			model.addAttribute("uploadError",
					new UploadError("documents.error.toolarge", this.pages.limit.toMegabytes() + " MB", null));
			this.pages.fillList(model, 0);
			ModelAndView page = new ModelAndView("documents/list", model);
			page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
			return page;
		}

	}

}
