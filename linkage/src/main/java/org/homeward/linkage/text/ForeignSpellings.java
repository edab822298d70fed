package org.homeward.linkage.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a name in Latin letters as a German, Polish, French or Czech/scholarly spelling
 * of a Ukrainian or Russian name and rewrites it the English way (the national and
 * BGN/PCGN habits): Schewtschenko, Szewczenko, Chevtchenko and Ševčenko all read as
 * shevchenko, Kowalenko as kovalenko, Mychajlo as mykhaylo, Sintschenko as zinchenko,
 * Kowaltschuk and Kovaltchouk as kovalchuk. A Cyrillic name's romanisations
 * ({@link LatinForms}) then meet such a spelling exactly, not only through its
 * {@link PhoneticSkeleton}, which drops the vowels and so joins different names too.
 * <p>
 * Each orthography is read only when the word shows none of another's marks (a German
 * spelling has no zh, kh or sh; a French one has ou or tch), so an English spelling is
 * not read again (nor one with a y before a vowel, the English й). The rules are the
 * letter correspondences of the German (Duden), Polish and French transcriptions of
 * Ukrainian and Russian and of the Czech-style scholarly transliteration (ISO 9 without
 * its rarer letters), written from those tables, not from any data set.
 */
public final class ForeignSpellings {

	private static final String VOWELS = "aeiouy";

	private ForeignSpellings() {
	}

	/**
	 * The English-style readings of a Latin name under the orthographies its letters
	 * allow, folded by {@link LatinForms#ascii}; the name's own spelling is not among
	 * them.
	 * @param normalised a Latin name from {@link NameNormaliser#normalise} (lower case,
	 * diacritics kept, single spaces)
	 * @return distinct readings other than the plain folded name, possibly none
	 */
	public static List<String> readings(String normalised) {
		String plain = LatinForms.ascii(normalised);
		Set<String> readings = new LinkedHashSet<>();
		readings.add(wordByWord(normalised, Orthography.GERMAN));
		readings.add(wordByWord(normalised, Orthography.GERMAN_S));
		readings.add(wordByWord(normalised, Orthography.GERMAN_Z));
		readings.add(wordByWord(normalised, Orthography.POLISH));
		readings.add(wordByWord(normalised, Orthography.FRENCH));
		readings.add(wordByWord(normalised, Orthography.CZECH));
		readings.add(wordByWord(normalised, Orthography.ENDINGS));
		readings.remove(plain);
		readings.remove("");
		return new ArrayList<>(readings);
	}

	private static String wordByWord(String normalised, Orthography orthography) {
		String[] words = normalised.split(" ");
		StringBuilder out = new StringBuilder();
		for (String word : words) {
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(LatinForms.ascii(orthography.read(word)));
		}
		return out.toString();
	}

	private enum Orthography {

		/**
		 * Duden: sch, tsch, schtsch, dsch for дж, ds for дз, sh for ж, ch for х, w, z for
		 * ц, s for з and с, j for й. A single s is read as з where German voices it
		 * (before a vowel, at the start or after a vowel: Sintschenko).
		 */
		GERMAN {
			@Override
			String read(String word) {
				return german(word, Voicing.GERMAN);
			}
		},

		/**
		 * German with every single s as с (Sawtschuk for Савчук) and je after a consonant
		 * as е (Dnjepropetrowsk).
		 */
		GERMAN_S {
			@Override
			String read(String word) {
				return german(word, Voicing.NONE);
			}
		},

		/**
		 * German with every single s as з (Slata for Злата) and sch as ж, as German texts
		 * often write it (Rubischne, Saporischschja).
		 */
		GERMAN_Z {
			@Override
			String read(String word) {
				return german(word, Voicing.ALL);
			}
		},

		/**
		 * Polish: sz, cz, szcz, ż/rz, ch for х, w, c for ц, ł, j, ie for е after a
		 * consonant (Donieck), and the exonyms' -ów for -ів (Kijów, Charków).
		 */
		POLISH {
			@Override
			String read(String word) {
				if (hasAny(word, "zh", "kh", "sch", "ou") || hasShWithoutSc(word) || consonantalY(word)) {
					return word;
				}
				String s = softE(word.endsWith("ów") ? word.substring(0, word.length() - 2) + "iv" : word);
				s = s.replace("szcz", "\u0001").replace("cz", "\u0002").replace("sz", "\u0003");
				s = s.replace("rz", "\u0005").replace("ż", "\u0005").replace("ź", "\u0005").replace("ś", "s");
				s = s.replace("ć", "\u0006").replace("ch", "kh").replace("w", "v").replace("ł", "l");
				s = s.replace("c", "\u0006").replace("j", "y");
				return s.replace("\u0001", "shch")
					.replace("\u0002", "ch")
					.replace("\u0003", "sh")
					.replace("\u0005", "zh")
					.replace("\u0006", "ts");
			}
		},

		/** French: tch, ch for ш, j for ж, ou for у; only a word with ou or tch. */
		FRENCH {
			@Override
			String read(String word) {
				if (!hasAny(word, "ou", "tch") || hasAny(word, "zh", "kh", "sch", "w")) {
					return word;
				}
				String s = word.replace("tch", "\u0002").replace("ch", "\u0003").replace("ou", "u").replace("j", "zh");
				s = s.replace("ï", "i");
				return s.replace("\u0002", "ch").replace("\u0003", "sh");
			}
		},

		/** Czech-style scholarly transliteration: š, č, ž, šč, ch for х, c for ц, j. */
		CZECH {
			@Override
			String read(String word) {
				if (!hasAny(word, "š", "č", "ž", "ŝ")) {
					return word;
				}
				String s = word.replace("ch", "kh").replace("c", "ts").replace("šč", "shch").replace("ŝ", "shch");
				return s.replace("š", "sh").replace("č", "ch").replace("ž", "zh").replace("j", "y");
			}
		},

		/**
		 * The adjective ending -ий/-ій in its usual Latin spellings (-yi, -yy, -yj, -iy,
		 * -ij, -ii) read as the national -yi: Bilyy and Bilyj as bilyi.
		 */
		ENDINGS {
			@Override
			String read(String word) {
				int n = word.length();
				if (n < 4 || "yi".indexOf(word.charAt(n - 2)) < 0 || "yij".indexOf(word.charAt(n - 1)) < 0
						|| VOWELS.indexOf(word.charAt(n - 3)) >= 0) {
					return word;
				}
				return word.substring(0, n - 2) + "yi";
			}
		};

		abstract String read(String word);

	}

	private enum Voicing {

		GERMAN, NONE, ALL

	}

	/*
	 * A bare sh (not in sch) is English unless the word shows a German mark besides
	 * (Shurawel's w, Shutschenko's tsch): then it is the German sh for ж.
	 */
	private static String german(String word, Voicing voicing) {
		boolean germanSh = hasShWithoutSc(word) && hasAny(word, "w", "sch");
		if (hasAny(word, "zh", "kh", "ś", "ł", "ż", "cz", "sz", "ou") || (hasShWithoutSc(word) && !germanSh)
				|| consonantalY(word)) {
			return word;
		}
		String s = word.replace("schtsch", "\u0001").replace("tsch", "\u0002").replace("dsch", "\u0005");
		s = s.replace("sch", "\u0003").replace("ds", "\u0006").replace("sh", "\u0007");
		s = s.replace("ch", "kh").replace("w", "v").replace("z", "\u0008").replace("ss", "\u0004");
		s = switch (voicing) {
			case GERMAN -> voicedS(s);
			case NONE -> softE(s.replace("je", "ie"));
			case ALL -> s.replace('s', 'z').replace("\u0003", "zh");
		};
		return s.replace("j", "y")
			.replace("\u0001", "shch")
			.replace("\u0002", "ch")
			.replace("\u0003", "sh")
			.replace("\u0004", "s")
			.replace("\u0005", "dzh")
			.replace("\u0006", "dz")
			.replace("\u0007", "zh")
			.replace("\u0008", "ts");
	}

	/*
	 * An ie after a consonant is the е of a soft consonant (Polish Donieck,
	 * Siewierodonieck).
	 */
	private static String softE(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			boolean soft = word.startsWith("ie", i) && i > 0 && Character.isLetter(word.charAt(i - 1))
					&& VOWELS.indexOf(word.charAt(i - 1)) < 0;
			out.append(soft ? "" : word.charAt(i));
		}
		return out.toString();
	}

	private static boolean hasAny(String word, String... marks) {
		for (String mark : marks) {
			if (word.contains(mark)) {
				return true;
			}
		}
		return false;
	}

	/* An "sh" that is not part of "sch" is an English spelling. */
	private static boolean hasShWithoutSc(String word) {
		for (int i = word.indexOf("sh"); i >= 0; i = word.indexOf("sh", i + 1)) {
			if (i == 0 || word.charAt(i - 1) != 'c') {
				return true;
			}
		}
		return false;
	}

	/*
	 * A y before a vowel (Yurchenko, Yaroslav, Oliynyk's iy is not one) is the English
	 * spelling of й; German and Polish write j.
	 */
	private static boolean consonantalY(String word) {
		for (int i = word.indexOf('y'); i >= 0 && i < word.length() - 1; i = word.indexOf('y', i + 1)) {
			if (VOWELS.indexOf(word.charAt(i + 1)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/*
	 * A German single s before a vowel, at the start of the word or after a vowel, is the
	 * voiced z (Sintschenko, Sachar); a doubled one was replaced before this.
	 */
	private static String voicedS(String s) {
		StringBuilder out = new StringBuilder(s);
		for (int i = 0; i < out.length() - 1; i++) {
			boolean before = VOWELS.indexOf(out.charAt(i + 1)) >= 0;
			boolean after = i == 0 || VOWELS.indexOf(out.charAt(i - 1)) >= 0;
			if (out.charAt(i) == 's' && before && after) {
				out.setCharAt(i, 'z');
			}
		}
		return out.toString();
	}

}
