package org.homeward.linkage;

import org.homeward.linkage.text.Edits;

/**
 * Jaro–Winkler similarity on character arrays without allocation for strings of up to 64
 * characters (longer ones are cut to 64). Winkler's prefix bonus: up to 4 characters,
 * scale 0.1.
 */
final class JaroWinkler {

	private JaroWinkler() {
	}

	static double similarity(char[] a, char[] b) {
		int la = Math.min(a.length, 64);
		int lb = Math.min(b.length, 64);
		if (la == 0 || lb == 0) {
			return (la == lb) ? 1.0 : 0.0;
		}
		int window = Math.max(0, Math.max(la, lb) / 2 - 1);
		long matchedA = 0;
		long matchedB = 0;
		int matches = 0;
		for (int i = 0; i < la; i++) {
			int from = Math.max(0, i - window);
			int to = Math.min(lb - 1, i + window);
			for (int j = from; j <= to; j++) {
				if ((matchedB & (1L << j)) == 0 && a[i] == b[j]) {
					matchedA |= 1L << i;
					matchedB |= 1L << j;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0.0;
		}
		int transpositions = countTranspositions(a, b, la, matchedA, matchedB);
		double m = matches;
		double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
		int prefix = 0;
		int maxPrefix = Math.min(4, Math.min(la, lb));
		while (prefix < maxPrefix && a[prefix] == b[prefix]) {
			prefix++;
		}
		return jaro + prefix * 0.1 * (1.0 - jaro);
	}

	/**
	 * An upper bound of {@link #similarity}, in time linear in the lengths: at most as
	 * many characters match as each string has characters whose hash bucket occurs in the
	 * other, with no transpositions and the real common prefix. Random pairs, most of
	 * what training samples, rarely pass 0.85, so most of them skip the quadratic
	 * matching.
	 */
	static double upperBound(char[] a, char[] b) {
		int la = Math.min(a.length, 64);
		int lb = Math.min(b.length, 64);
		if (la == 0 || lb == 0) {
			return (la == lb) ? 1.0 : 0.0;
		}
		long maskB = 0;
		for (int j = 0; j < lb; j++) {
			maskB |= 1L << b[j];
		}
		long maskA = 0;
		int inB = 0;
		for (int i = 0; i < la; i++) {
			maskA |= 1L << a[i];
			inB += (int) ((maskB >>> a[i]) & 1);
		}
		int inA = 0;
		for (int j = 0; j < lb; j++) {
			inA += (int) ((maskA >>> b[j]) & 1);
		}
		double m = Math.min(inA, inB);
		if (m == 0) {
			return 0.0;
		}
		double jaro = (m / la + m / lb + 1.0) / 3.0;
		int prefix = 0;
		int maxPrefix = Math.min(4, Math.min(la, lb));
		while (prefix < maxPrefix && a[prefix] == b[prefix]) {
			prefix++;
		}
		return jaro + prefix * 0.1 * (1.0 - jaro);
	}

	/**
	 * A string's sketch, enough for {@link #sketchBound} and a first test of
	 * {@link #withinOneEdit(char[], long, char[], long)} without reading the string: bits
	 * 0-31 mark the buckets ({@code c & 31}) of the first 64 characters (the ones
	 * {@link #similarity} reads; the small Latin letters fall into buckets of their own),
	 * bits 32-47 hold the first character and bits 48-54 the length, up to 64.
	 */
	static long sketch(char[] s) {
		int length = Math.min(s.length, 64);
		long mask = 0;
		for (int i = 0; i < length; i++) {
			mask |= 1L << (s[i] & 31);
		}
		long first = (length > 0) ? s[0] : 0;
		return mask | (first << 32) | ((long) length << 48);
	}

	private static int sketchLength(long sketch) {
		return (int) (sketch >>> 48);
	}

	/**
	 * An upper bound of {@link #similarity} from two {@link #sketch}es, in constant time:
	 * every bucket of one string that the other lacks holds at least one character that
	 * cannot match, and the common prefix is at most 4 when the first characters agree
	 * and 0 otherwise. Weaker than {@link #upperBound}, it still sets aside nine in ten
	 * pairs of random FEBRL addresses without reading them.
	 */
	static double sketchBound(long sketchA, long sketchB) {
		int la = sketchLength(sketchA);
		int lb = sketchLength(sketchB);
		if (la == 0 || lb == 0) {
			return (la == lb) ? 1.0 : 0.0;
		}
		int maskA = (int) sketchA;
		int maskB = (int) sketchB;
		double m = Math.min(Math.min(la, lb),
				Math.min(la - Integer.bitCount(maskA & ~maskB), lb - Integer.bitCount(maskB & ~maskA)));
		if (m <= 0) {
			return 0.0;
		}
		double jaro = (m / la + m / lb + 1.0) / 3.0;
		boolean sameFirst = ((sketchA >>> 32) & 0xFFFF) == ((sketchB >>> 32) & 0xFFFF);
		int prefix = sameFirst ? Math.min(4, Math.min(la, lb)) : 0;
		return jaro + prefix * 0.1 * (1.0 - jaro);
	}

	private static int countTranspositions(char[] a, char[] b, int la, long matchedA, long matchedB) {
		int transpositions = 0;
		int j = 0;
		for (int i = 0; i < la; i++) {
			if ((matchedA & (1L << i)) != 0) {
				while ((matchedB & (1L << j)) == 0) {
					j++;
				}
				if (a[i] != b[j]) {
					transpositions++;
				}
				j++;
			}
		}
		return transpositions;
	}

	/**
	 * Tells whether two strings are at most one edit apart (insertion, deletion,
	 * substitution or transposition of neighbours).
	 */
	static boolean withinOneEdit(char[] a, char[] b) {
		return Edits.withinOneEdit(a, b);
	}

	/**
	 * {@link #withinOneEdit(char[], char[])}, first ruling out by the strings'
	 * {@link #sketch}es the pairs of short strings (below 64 characters) whose lengths
	 * differ by more than one or whose buckets differ in more than two places: one edit
	 * adds at most one character to each side.
	 */
	static boolean withinOneEdit(char[] a, long sketchA, char[] b, long sketchB) {
		int la = sketchLength(sketchA);
		int lb = sketchLength(sketchB);
		if (la < 64 && lb < 64 && (Math.abs(la - lb) > 1 || Integer.bitCount((int) (sketchA ^ sketchB)) > 2)) {
			return false;
		}
		return withinOneEdit(a, b);
	}

}
