package org.homeward.linkage.text;

/**
 * Whether two spellings are one typing error apart.
 */
public final class Edits {

	private Edits() {
	}

	/**
	 * Tells whether two strings are at most one edit apart (insertion, deletion,
	 * substitution or transposition of neighbours).
	 * @param a one string's characters
	 * @param b the other's
	 * @return whether one edit or none turns one into the other
	 */
	public static boolean withinOneEdit(char[] a, char[] b) {
		int la = a.length;
		int lb = b.length;
		if (Math.abs(la - lb) > 1) {
			return false;
		}
		int i = 0;
		while (i < la && i < lb && a[i] == b[i]) {
			i++;
		}
		if (la == lb) {
			return tailEquals(a, i + 1, b, i + 1)
					|| (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && tailEquals(a, i + 2, b, i + 2));
		}
		return (la > lb) ? tailEquals(a, i + 1, b, i) : tailEquals(a, i, b, i + 1);
	}

	/**
	 * {@link #withinOneEdit(char[], char[])} for strings.
	 * @param a one string
	 * @param b the other
	 * @return whether one edit or none turns one into the other
	 */
	public static boolean withinOneEdit(String a, String b) {
		return Math.abs(a.length() - b.length()) <= 1 && withinOneEdit(a.toCharArray(), b.toCharArray());
	}

	private static boolean tailEquals(char[] a, int fromA, char[] b, int fromB) {
		if (a.length - fromA != b.length - fromB) {
			return false;
		}
		for (int k = 0; fromA + k < a.length; k++) {
			if (a[fromA + k] != b[fromB + k]) {
				return false;
			}
		}
		return true;
	}

}
