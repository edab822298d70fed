package org.homeward.facilities;

import org.jspecify.annotations.Nullable;

/**
 * Who runs a facility.
 *
 * @param legalEntity the legal entity's name as registered
 * @param registrationNumber its registration number (OGRN, INN, EDRPOU...), or null
 * @param level which level of government runs it
 * @param ministry the ministry or department it answers to, or null
 */
public record Operator(String legalEntity, @Nullable String registrationNumber, GovernmentLevel level,
		@Nullable String ministry) {

	public Operator {
		String name = Text.clean(legalEntity);
		if (name == null) {
			throw new IllegalArgumentException("operator: the legal entity needs a name");
		}
		legalEntity = name;
		registrationNumber = Text.clean(registrationNumber);
		level = (level != null) ? level : GovernmentLevel.UNKNOWN;
		ministry = Text.clean(ministry);
	}

}
