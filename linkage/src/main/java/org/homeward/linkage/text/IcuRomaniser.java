package org.homeward.linkage.text;

import com.ibm.icu.text.Transliterator;

/**
 * ICU4J transliterators, created once per JVM and shared by all threads. ICU documents
 * transliterators as stateless between calls to {@code transliterate}, so threads may
 * share them without synchronising. One instance per thread (a {@code ThreadLocal})
 * rebuilt all three for every new pool thread, that is on every batch.
 */
final class IcuRomaniser {

	/* Holders, so that each transliterator is built on its first use only. */
	private static final class UkrainianBgn {

		static final Transliterator INSTANCE = Transliterator.getInstance("Ukrainian-Latin/BGN");

	}

	private static final class RussianBgn {

		static final Transliterator INSTANCE = Transliterator.getInstance("Russian-Latin/BGN");

	}

	private static final class AnyLatin {

		static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	}

	/*
	 * ICU's Russian-Latin/BGN leaves the Ukrainian letters untouched; spell them first.
	 */
	private static final LetterTable UKRAINIAN_LETTERS_FOR_RUSSIAN = LetterTable.of("і", "i", "ї", "yi", "є", "ye", "ґ",
			"g");

	private IcuRomaniser() {
	}

	static String bgn(String text, boolean ukrainian) {
		Transliterator transliterator = ukrainian ? UkrainianBgn.INSTANCE : RussianBgn.INSTANCE;
		String prepared = ukrainian ? text : UKRAINIAN_LETTERS_FOR_RUSSIAN.romanise(text);
		return clean(Recasing.apply(prepared, transliterator::transliterate));
	}

	static String anyLatin(String text) {
		return clean(AnyLatin.INSTANCE.transliterate(text));
	}

	static String clean(String romanised) {
		StringBuilder out = new StringBuilder(romanised.length());
		for (int i = 0; i < romanised.length(); i++) {
			char c = romanised.charAt(i);
			if ("·ʹʺ'\"’ʼ”".indexOf(c) < 0) {
				out.append(c);
			}
		}
		return out.toString();
	}

}
