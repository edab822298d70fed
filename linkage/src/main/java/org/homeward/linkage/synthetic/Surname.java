package org.homeward.linkage.synthetic;

/**
 * A family name in its masculine and feminine, Ukrainian and Russian forms (Ковальський,
 * Ковальська, Ковальский, Ковальская). An adoptive Russian surname has the Russian forms
 * in both places.
 *
 * @param ukMale Ukrainian masculine form
 * @param ukFemale Ukrainian feminine form
 * @param ruMale Russian masculine form
 * @param ruFemale Russian feminine form
 * @param weight relative frequency, positive
 */
record Surname(String ukMale, String ukFemale, String ruMale, String ruFemale, int weight) {

	Surname {
		if (weight <= 0 || ukMale.isBlank() || ukFemale.isBlank() || ruMale.isBlank() || ruFemale.isBlank()) {
			throw new IllegalArgumentException("incomplete surname " + ukMale);
		}
	}

	/**
	 * Returns the Ukrainian form for a child.
	 * @param sex the child's sex
	 * @return the form
	 */
	String uk(Sex sex) {
		return (sex == Sex.MALE) ? this.ukMale : this.ukFemale;
	}

	/**
	 * Returns the Russian form for a child.
	 * @param sex the child's sex
	 * @return the form
	 */
	String ru(Sex sex) {
		return (sex == Sex.MALE) ? this.ruMale : this.ruFemale;
	}

}
