package org.corridor.web;

import java.net.URI;

import org.corridor.exchange.NotPermittedException;
import org.corridor.exchange.StateException;
import org.corridor.exchange.UnknownException;
import org.corridor.exchange.VersionConflictException;
import org.corridor.support.InvalidInputException;

import tools.jackson.core.JacksonException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem: a type, a title, the status, a detail
 * that says what was wrong, and the parameter at fault where there is one.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	static final URI NOT_FOUND = URI.create("/problems/not-found");

	static final URI BAD_PARAMETER = URI.create("/problems/bad-parameter");

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", ex.getMessage());
		problem.setProperty(ex.what().replace(' ', '_'), ex.id());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail badParameter(BadParameterException ex) {
		return badParameter(ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		return badParameter(ex.field(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notPermitted(NotPermittedException ex) {
		return problem(HttpStatus.FORBIDDEN, URI.create("/problems/forbidden"), "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail versionConflict(VersionConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, URI.create("/problems/version-conflict"),
				"Changed meanwhile", ex.getMessage());
		problem.setProperty("current_version", ex.current());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail state(StateException ex) {
		return problem(HttpStatus.CONFLICT, URI.create("/problems/state"), "Not possible now", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unknown(UnknownException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", ex.getMessage());
		problem.setProperty(ex.what(), ex.id());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		return badParameter(ex.getName(), ex.getName() + " must be " + article(expected) + ", not \""
				+ Parameters.abbreviate(String.valueOf(ex.getValue())) + "\"");
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(badParameter(ex.getParameterName(), "the parameter " + ex.getParameterName() + " is required"));
	}

	/**
	 * A body that cannot be read names the field and what was wrong: a number where a
	 * word belongs, a fraction where a whole number does (fractions are never truncated),
	 * broken JSON with its line and column.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				String field = jackson.getPath()
					.stream()
					.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
							: "[" + reference.getIndex() + "]")
					.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
					.orElse("body");
				String reason = jackson.getOriginalMessage().replaceAll("\\s+", " ");
				return ResponseEntity.badRequest()
					.body(badParameter(field, (field.equals("body") ? "the body" : field) + " cannot be read: "
							+ Parameters.abbreviate(reason.length() > 160 ? reason.substring(0, 160) : reason)));
			}
		}
		return ResponseEntity.badRequest().body(badParameter("body", "the body cannot be read: " + ex.getMessage()));
	}

	/**
	 * A value the store's constraints refuse is the request's fault: 400, nothing stored.
	 */
	@ExceptionHandler
	ProblemDetail refusedByStore(DataIntegrityViolationException ex) {
		return badParameter("body", "the store refused a value of the request (a check it must pass, such as a"
				+ " period between 1949 and 2100, or a NUL character in a text)");
	}

	static ProblemDetail badParameter(String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(BAD_PARAMETER);
		problem.setTitle("Bad parameter");
		problem.setProperty("parameter", parameter);
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	private static String article(String type) {
		return switch (type) {
			case "Integer", "int", "Long", "long" -> "a whole number";
			case "LocalDate" -> "a date YYYY-MM-DD";
			default -> "a " + type;
		};
	}

}
