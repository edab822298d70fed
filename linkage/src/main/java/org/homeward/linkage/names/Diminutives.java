package org.homeward.linkage.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The full names a diminutive may be formed from, by the productive suffixes of Ukrainian
 * and Russian given names: Давидко and Davydko from Давид, Назарчик from Назар, Златка
 * from Злата, Марійка and Solomiika from Марія and Соломія, Ганнуся from Ганна, Оленька
 * from Олена. The candidates are guesses; a caller keeps only those that are known names.
 * <p>
 * The suffixes are the productive hypocoristic suffixes of Ukrainian and Russian given
 * names (-ко, -сько, -чик, -ик, -ка, -йка, -очка/-ечка, -енька/-онька, -уся/-юся, -унька,
 * -уня, -ушка/-юшка) and their usual Latin spellings, compiled by the Homeward team from
 * general knowledge of both languages; no name list was copied.
 */
public final class Diminutives {

	/*
	 * Suffix, then what replaces it. Longer suffixes first; every matching rule yields a
	 * candidate, so Марійка gives both Марій and Марія.
	 */
	private static final String[][] RULES = { { "енька", "ена" }, { "онька", "она" }, { "енька", "а" }, { "очка", "а" },
			{ "ечка", "а" }, { "ечка", "я" }, { "унька", "а" }, { "уня", "а" }, { "уся", "а" }, { "юся", "я" },
			{ "ушка", "а" }, { "юшка", "я" }, { "ійка", "ія" }, { "ийка", "ия" }, { "йка", "я" }, { "чик", "" },
			{ "сько", "" }, { "ко", "" }, { "ка", "а" }, { "ик", "" }, { "ік", "" },
			// Latin: national 2010, BGN/PCGN, Polish and German habits
			{ "enka", "ena" }, { "onka", "ona" }, { "ochka", "a" }, { "echka", "a" }, { "usia", "a" }, { "usya", "a" },
			{ "usja", "a" }, { "unia", "a" }, { "unya", "a" }, { "iika", "iia" }, { "iyka", "iya" }, { "ijka", "ija" },
			{ "iyka", "ia" }, { "iika", "ia" }, { "ijka", "ia" }, { "yika", "yia" }, { "chyk", "" }, { "chik", "" },
			{ "czyk", "" }, { "tschik", "" }, { "ko", "" }, { "ka", "a" }, { "yk", "" }, { "ik", "" } };

	/* A base shorter than this names nothing (Ко, Ка). */
	private static final int MIN_BASE = 3;

	private Diminutives() {
	}

	/**
	 * Possible full forms of a name read as a diminutive.
	 * @param normalised a normalised name (lower case, as {@code NameNormaliser} gives)
	 * @return candidate full forms, possibly empty; not checked against any name list
	 */
	public static List<String> basesOf(String normalised) {
		List<String> bases = new ArrayList<>(4);
		for (String[] rule : RULES) {
			String suffix = rule[0];
			int stem = normalised.length() - suffix.length();
			if (stem >= MIN_BASE - rule[1].length() && stem >= 2 && normalised.endsWith(suffix)) {
				String base = normalised.substring(0, stem) + rule[1];
				if (base.length() >= MIN_BASE && !bases.contains(base)) {
					bases.add(base);
				}
			}
		}
		return bases;
	}

}
