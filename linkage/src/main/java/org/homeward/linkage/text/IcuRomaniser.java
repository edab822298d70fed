package org.homeward.linkage.text;

import com.ibm.icu.text.Transliterator;

/**
 * ICU4J transliterators, one instance per thread because ICU does not promise that a
 * transliterator is safe to share.
 */
final class IcuRomaniser {

	private static final ThreadLocal<Transliterator> UKRAINIAN_BGN = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Ukrainian-Latin/BGN"));

	private static final ThreadLocal<Transliterator> RUSSIAN_BGN = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN"));

	private static final ThreadLocal<Transliterator> ANY_LATIN = ThreadLocal
		.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

	/*
	 * ICU's Russian-Latin/BGN leaves the Ukrainian letters untouched; spell them first.
	 */
	private static final LetterTable UKRAINIAN_LETTERS_FOR_RUSSIAN = LetterTable.of("і", "i", "ї", "yi", "є", "ye", "ґ",
			"g");

	private IcuRomaniser() {
	}

	static String bgn(String text, boolean ukrainian) {
		Transliterator transliterator = ukrainian ? UKRAINIAN_BGN.get() : RUSSIAN_BGN.get();
		String prepared = ukrainian ? text : UKRAINIAN_LETTERS_FOR_RUSSIAN.romanise(text);
		return clean(Recasing.apply(prepared, transliterator::transliterate));
	}

	static String anyLatin(String text) {
		return clean(ANY_LATIN.get().transliterate(text));
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
