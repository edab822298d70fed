package org.homeward.registry;

import org.jspecify.annotations.Nullable;

/**
 * The person who had legal care of the child according to a source.
 *
 * @param name the guardian's name
 * @param relationship mother, father, grandmother, institution, ...
 * @param contact how to reach them (phone, address); the most sensitive field of all
 */
public record Guardian(String name, @Nullable String relationship, @Nullable String contact) {

	public Guardian {
		if (name.isBlank()) {
			throw new IllegalArgumentException("a guardian needs a name");
		}
	}

}
