package org.homeward.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.homeward.registry.ChildMergedException;
import org.homeward.registry.ChildNotFoundException;
import org.homeward.registry.IllegalStatusTransitionException;
import tools.jackson.databind.DatabindException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns errors of the JSON API into RFC 9457 problem details. A validation error is 400
 * with an {@code errors} list naming each bad field; an unknown id is 404; a change the
 * lifecycle refuses is 409.
 */
@RestControllerAdvice(basePackages = "org.homeward",
		annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrorHandler {

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(e -> errors
				.add(Map.of("field", e.getObjectName(), "message", String.valueOf(e.getDefaultMessage()))));
		return badRequest("The request has invalid fields.", errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map(ref -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> a + "." + b)
				.orElse("body");
			return badRequest("The request has invalid fields.",
					List.of(Map.of("field", field, "message", "not a valid value: " + databind.getOriginalMessage())));
		}
		return badRequest("The request body is not valid JSON.", List.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest("The request has invalid parameters.",
				List.of(Map.of("field", ex.getName(), "message", "not a valid value: " + ex.getValue())));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex) {
		return badRequest(ex.getMessage(), List.of());
	}

	@ExceptionHandler({ ChildNotFoundException.class, NoSuchElementException.class })
	ProblemDetail notFound(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ChildMergedException.class)
	ProblemDetail merged(ChildMergedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Merged record");
		return problem;
	}

	@ExceptionHandler(IllegalStatusTransitionException.class)
	ProblemDetail refused(IllegalStatusTransitionException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Status change refused");
		problem.setProperty("from", ex.from());
		problem.setProperty("to", ex.to());
		return problem;
	}

	private static ProblemDetail badRequest(String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
