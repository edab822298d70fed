package org.homeward.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The annotated text, when not blank, is a {@link PartialDate}: {@code YYYY},
 * {@code YYYY-MM} or a calendar date {@code YYYY-MM-DD}.
 */
@Documented
@Constraint(validatedBy = PartialDateFormat.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface PartialDateFormat {

	String message() default "{homeward.validation.partialDate}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PartialDateFormat, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			try {
				PartialDate.parse(value);
				return true;
			}
			catch (IllegalArgumentException ex) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(ex.getMessage()).addConstraintViolation();
				return false;
			}
		}

	}

}
