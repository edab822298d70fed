package org.homeward.web;

import org.homeward.registry.ChildNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Pages for errors the user can understand: an unknown record is a 404 page, not a stack
 * trace.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

	@ExceptionHandler(ChildNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(ChildNotFoundException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "not-found";
	}

}
