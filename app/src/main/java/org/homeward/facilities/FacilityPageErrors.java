package org.homeward.facilities;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An unknown facility on a page is the not-found page, not a stack trace.
 */
@ControllerAdvice(assignableTypes = { FacilityPageController.class, JourneyPageController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class FacilityPageErrors {

	@ExceptionHandler(FacilityNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(FacilityNotFoundException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "not-found";
	}

}
