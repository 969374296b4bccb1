package org.corridor.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.corridor.exchange.NotPermittedException;
import org.corridor.exchange.UnknownException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the pages ({@link WebPage} controllers) as pages in the reader's language: an
 * unknown region, document or listing gives a friendly 404 page, a parameter a page
 * cannot use a 400 page that names it. The API keeps its problem details
 * ({@link ApiProblems}).
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex) {
		return notFound(ex.what(), ex.id());
	}

	@ExceptionHandler
	ModelAndView unknown(UnknownException ex) {
		return notFound(ex.what(), String.valueOf(ex.id()));
	}

	@ExceptionHandler
	ModelAndView badParameter(BadParameterException ex) {
		return page("error/refused", HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			String path = request.getRequestURI();
			String what = path.startsWith("/documents/") ? "document" : path.startsWith("/exchange/listings/")
					? "listing" : path.startsWith("/exchange/interests/") ? "interest" : "page";
			return notFound(what, Parameters.abbreviate(String.valueOf(ex.getValue())));
		}
		return page("error/refused", HttpStatus.BAD_REQUEST,
				ex.getName() + ": \"" + Parameters.abbreviate(String.valueOf(ex.getValue())) + "\"");
	}

	@ExceptionHandler
	ModelAndView notPermitted(NotPermittedException ex) {
		return page("error/refused", HttpStatus.FORBIDDEN, ex.getMessage());
	}

	static ModelAndView notFound(String what, String id) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("what", what.replace(' ', '_'));
		page.addObject("id", id);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	private static ModelAndView page(String view, HttpStatus status, String detail) {
		ModelAndView page = new ModelAndView(view);
		page.addObject("detail", detail);
		page.setStatus(status);
		return page;
	}

	/**
	 * An address that leads nowhere: a 404 page for browsers, a problem under
	 * {@code /api/}.
	 */
	@ControllerAdvice
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class NoSuchAddress {

		private final ApiProblemWriter problems;

		NoSuchAddress(ApiProblemWriter problems) {
			this.problems = problems;
		}

		@ExceptionHandler
		ModelAndView noSuchAddress(NoResourceFoundException ex, HttpServletRequest request,
				HttpServletResponse response) throws IOException {
			String path = request.getRequestURI();
			if (path.startsWith("/api/") || path.startsWith("/webjars/") || path.startsWith("/v3/")) {
				this.problems.write(response, 404, "Not found", "no resource at " + Parameters.abbreviate(path));
				return new ModelAndView();
			}
			return notFound("page", path);
		}

	}

}
