package org.homeward.linkage.synthetic;

/**
 * A father's given name and the patronymics it yields in Ukrainian and Russian.
 *
 * @param weight relative frequency, positive
 * @param uk the Ukrainian form
 * @param ru the Russian form
 * @param ukSon Ukrainian patronymic of a son (Олександрович)
 * @param ukDaughter Ukrainian patronymic of a daughter (Олександрівна)
 * @param ruSon Russian patronymic of a son (Александрович)
 * @param ruDaughter Russian patronymic of a daughter (Александровна)
 */
record FatherName(int weight, String uk, String ru, String ukSon, String ukDaughter, String ruSon, String ruDaughter) {

	FatherName {
		if (weight <= 0 || ukSon.isBlank() || ukDaughter.isBlank() || ruSon.isBlank() || ruDaughter.isBlank()) {
			throw new IllegalArgumentException("incomplete father name " + uk);
		}
	}

	/**
	 * Returns the Ukrainian patronymic of a child.
	 * @param sex the child's sex
	 * @return the patronymic
	 */
	String ukPatronymic(Sex sex) {
		return (sex == Sex.MALE) ? this.ukSon : this.ukDaughter;
	}

	/**
	 * Returns the Russian patronymic of a child.
	 * @param sex the child's sex
	 * @return the patronymic
	 */
	String ruPatronymic(Sex sex) {
		return (sex == Sex.MALE) ? this.ruSon : this.ruDaughter;
	}

}
