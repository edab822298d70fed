package org.homeward.facilities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DatabindException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refused facility records as RFC 9457 problem details whose {@code errors} name each
 * record ({@code where}: a line, a feature, the request) and field. A record class that
 * refuses a value says {@code "field: message"}; the JSON path in front of it completes
 * the field's name ({@code location.latitude}).
 */
@RestControllerAdvice(assignableTypes = FacilityApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FacilityApiErrors {

	@ExceptionHandler(InvalidFacilityException.class)
	ProblemDetail invalid(InvalidFacilityException ex) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.problems().forEach(p -> errors.add(Map.of("where", p.where(), "field", p.field(), "message", p.message())));
		return badRequest("The facility record was refused; nothing was stored.", errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String path = "";
		if (ex.getCause() instanceof DatabindException databind) {
			path = databind.getPath()
				.stream()
				.map(ref -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> a + "." + b)
				.orElse("");
		}
		String message = String.valueOf(cause.getMessage());
		if (!(cause instanceof IllegalArgumentException)) {
			return badRequest("The request body is not a valid facility.",
					List.of(Map.of("where", "request", "field", path.isEmpty() ? "body" : path, "message",
							(ex.getCause() instanceof DatabindException d) ? d.getOriginalMessage() : message)));
		}
		int colon = message.indexOf(": ");
		String field = (colon > 0) ? message.substring(0, colon) : "";
		String last = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
		String fullField = field.isEmpty() ? path : (path.isEmpty() || last.equals(field)) ? field : path + "." + field;
		return badRequest("The facility record was refused; nothing was stored.", List.of(Map.of("where", "request",
				"field", fullField.isEmpty() ? "body" : fullField, "message", message.substring(colon + 1).strip())));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegal(IllegalArgumentException ex) {
		String message = String.valueOf(ex.getMessage());
		int colon = message.indexOf(": ");
		String field = (colon > 0 && !message.substring(0, colon).contains(" ")) ? message.substring(0, colon)
				: "request";
		return badRequest(message, List.of(Map.of("where", "request", "field", field, "message", message)));
	}

	private static ProblemDetail badRequest(String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
