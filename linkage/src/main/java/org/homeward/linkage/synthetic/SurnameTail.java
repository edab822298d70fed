package org.homeward.linkage.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * The long tail of Ukrainian family names, built the way most of them were formed: a stem
 * (a baptismal name, a trade, a nickname) and a suffix (-енко, -ук, -чук, -ишин, -ів,
 * -ович, -ак, -ський). Only the few dozen commonest surnames are listed in
 * {@code surnames.csv}; in Ukraine even the commonest, Мельник, is borne by well under 1
 * % of people, and the hundred commonest together by only a small share. Drawing every
 * child from a list of 85 names made each surname ten times more frequent than it is, and
 * turned most sparse mentions into riddles no source would pose.
 * <p>
 * Frequency knowledge: general knowledge of Ukrainian surname formation (patronymic
 * suffixes -енко, -ук/-юк, -чук, -ович; possessive -ів, -ишин; toponymic -ський); stems
 * chosen by hand. The generated names are synthetic; some happen to be real surnames.
 */
final class SurnameTail {

	private static final String[] STEMS = { "Гнат", "Дорош", "Сидор", "Тарас", "Мирон", "Остап", "Юхим", "Панас",
			"Демид", "Федор", "Лук", "Хом", "Гуз", "Бур", "Кул", "Гал", "Сав", "Дуд", "Ром", "Стас", "Вакул", "Гарас",
			"Кир", "Кондрат", "Нестор", "Оліфер", "Прокоп", "Тимош", "Филип", "Шпак", "Грач", "Чумак", "Рибак",
			"Пастух", "Кушнір", "Гребін", "Дяч", "Козач", "Попов", "Мороз", "Сокол", "Вовк", "Лис", "Гущ", "Бабич",
			"Гордій", "Карп", "Климен", "Кузьм", "Лесь", "Марк", "Мат", "Овсій", "Пилип", "Роман", "Семен", "Стеф",
			"Трох", "Устим", "Харит", "Яким", "Яцк", "Жур", "Білан", "Чорн", "Сір", "Рудн", "Кривон", "Довгал",
			"Пріс" };

	private static final String[] SUFFIXES = { "енко", "ук", "чук", "ишин", "ів", "ович", "ак", "ський" };

	private SurnameTail() {
	}

	/**
	 * Every stem with every suffix, each of weight 1.
	 * @return the surnames, in a fixed order
	 */
	static List<Surname> all() {
		List<Surname> surnames = new ArrayList<>(STEMS.length * SUFFIXES.length);
		for (String stem : STEMS) {
			for (String suffix : SUFFIXES) {
				surnames.add(of(stem + suffix));
			}
		}
		return surnames;
	}

	/*
	 * Russian records write the Ukrainian letters the Russian way (і, ї as и, є as е) and
	 * the adjectival ending as -ский/-ская.
	 */
	private static Surname of(String ukMale) {
		if (ukMale.endsWith("ський")) {
			String stem = ukMale.substring(0, ukMale.length() - "ський".length());
			return new Surname(ukMale, stem + "ська", russian(stem) + "ский", russian(stem) + "ская", 1);
		}
		return new Surname(ukMale, ukMale, russian(ukMale), russian(ukMale), 1);
	}

	private static String russian(String ukrainian) {
		return ukrainian.replace('і', 'и').replace('ї', 'и').replace('є', 'е').replace('ґ', 'г');
	}

}
