package org.homeward.linkage.synthetic;

import java.time.LocalDate;

/**
 * The true identity of one invented child, from which every source's record of it is
 * derived.
 *
 * @param entityId the ground-truth id, starting with {@code syn-}
 * @param sex the child's sex
 * @param givenName the given name
 * @param surname the family name
 * @param father the father's name, which yields the patronymic
 * @param birthDate the true birth date
 * @param settlement the settlement of origin
 */
record SyntheticChild(String entityId, Sex sex, GivenName givenName, Surname surname, FatherName father,
		LocalDate birthDate, Settlement settlement) {

	SyntheticChild {
		if (!entityId.startsWith("syn-")) {
			throw new IllegalArgumentException("synthetic ids start with syn-: " + entityId);
		}
		if (givenName.sex() != sex) {
			throw new IllegalArgumentException(givenName.uk() + " is not a name for sex " + sex);
		}
	}

}
