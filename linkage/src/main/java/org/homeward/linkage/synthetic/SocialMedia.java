package org.homeward.linkage.synthetic;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import static org.homeward.linkage.synthetic.SourceProfile.maybe;
import static org.homeward.linkage.synthetic.Typos.sometimes;

/**
 * Social-media posts: Ukrainian or Russian Cyrillic or informal Latin, nicknames (Міша,
 * Sasha, Nastya), names in lower case, and most fields missing. A post that would name
 * the child by first name alone, with no family name, birth year or town, names the
 * family too: a bare "Міша" identifies no one, and nobody would record it as a mention of
 * a child.
 */
final class SocialMedia implements SourceProfile {

	private static final double TYPO = 0.08;

	@Override
	public String name() {
		return "social-media";
	}

	@Override
	public int occurrences(Dice dice) {
		return dice.chance(0.35) ? 1 + dice.geometric(0.3) : 0;
	}

	@Override
	public Mention describe(SyntheticChild child, Dice dice) {
		boolean russian = dice.chance(0.3);
		@Nullable Romanisation script = latinOrNone(russian, dice);
		Sex sex = child.sex();
		GivenName given = child.givenName();
		String name = dice.chance(0.55) ? dice.oneOf(russian ? given.ruDiminutives() : given.ukDiminutives())
				: (russian ? given.ru() : given.uk());
		String family = russian ? child.surname().ru(sex) : child.surname().uk(sex);
		String settlement = russian ? child.settlement().ru() : child.settlement().uk();
		boolean lower = dice.chance(0.15);
		String familyName = maybe(sometimes(written(family, script, lower), TYPO, dice), 0.7, dice);
		String sexCode = maybe(sex.code(), 0.3, dice);
		String birth = BirthDates.partial(child.birthDate(), dice, 0.15, 0.0, 0.25);
		String place = maybe(written(settlement, script, false), 0.5, dice);
		String oblast = maybe(russian ? child.settlement().oblast().ru() : child.settlement().oblast().uk(), 0.2, dice);
		if (familyName.isEmpty() && birth.isEmpty() && place.isEmpty()) {
			familyName = sometimes(written(family, script, lower), TYPO, dice);
		}
		return new Mention(name(), sometimes(written(name, script, lower), TYPO, dice), familyName, "", sexCode, birth,
				place, oblast);
	}

	/**
	 * About 40 % of posts are in Latin letters; a Russian-speaking poster romanises the
	 * Russian way.
	 * @return the romanisation, or {@code null} for a post in Cyrillic
	 */
	private static @Nullable Romanisation latinOrNone(boolean russian, Dice dice) {
		if (!dice.chance(0.4)) {
			return null;
		}
		if (russian) {
			return Romanisation.RUSSIAN_BGN_PCGN;
		}
		return dice.chance(0.7) ? Romanisation.UKRAINIAN_NATIONAL_2010 : Romanisation.UKRAINIAN_BGN_PCGN;
	}

	private static String written(String cyrillic, @Nullable Romanisation script, boolean lower) {
		String text = (script == null) ? cyrillic : script.apply(cyrillic);
		return lower ? text.toLowerCase(Locale.ROOT) : text;
	}

}
