package org.homeward.linkage.synthetic;

import static org.homeward.linkage.synthetic.SourceProfile.maybe;
import static org.homeward.linkage.synthetic.Typos.sometimes;

/**
 * Ukraine's own registry extract: Ukrainian Cyrillic, complete, carefully typed.
 */
final class UaRegistry implements SourceProfile {

	@Override
	public String name() {
		return "ua-registry";
	}

	@Override
	public int occurrences(Dice dice) {
		return dice.chance(0.85) ? 1 : 0;
	}

	@Override
	public Mention describe(SyntheticChild child, Dice dice) {
		Sex sex = child.sex();
		return new Mention(name(), sometimes(child.givenName().uk(), 0.02, dice),
				sometimes(child.surname().uk(sex), 0.02, dice), maybe(child.father().ukPatronymic(sex), 0.97, dice),
				sex.code(), maybe(BirthDates.full(child.birthDate()), 0.99, dice), child.settlement().uk(),
				child.settlement().oblast().uk());
	}

}
