package org.homeward.linkage;

/**
 * The primitive features of one distinct name, computed once and shared by every record
 * that carries the name: interned ids of its Latin forms, of the forms of its
 * Ukrainian/Russian and gendered variants, its given-name concepts and its phonetic
 * skeletons (sorted int arrays), and the characters compared by Jaro–Winkler. A
 * patronymic's concepts are those of the father's given name.
 */
final class NameFeatures {

	final int exactId;

	final int[] renderings;

	final int[] variantRenderings;

	final int[] concepts;

	/**
	 * The concepts, or for an unknown name the concepts of the known forms one typing
	 * error away (Златта: Злата); used only to tell two different names apart.
	 */
	final int[] nearConcepts;

	final int[] givenSkeletons;

	final int[] familySkeletons;

	final char[] jwKey;

	/* JaroWinkler.sketch of jwKey. */
	final long jwSketch;

	/**
	 * For a patronymic, whose child it names: {@code Patronymics.SON},
	 * {@code Patronymics.DAUGHTER} or 0.
	 */
	final int patronymicSex;

	final long nameKey;

	final long skeletonKey;

	NameFeatures(int exactId, int[] renderings, int[] variantRenderings, int[] concepts, int[] nearConcepts,
			int[] givenSkeletons, int[] familySkeletons, int primarySkeleton, int conceptGroup, char[] jwKey,
			int patronymicSex) {
		/*
		 * Copies, allocated one after the other, so that a name's arrays lie next to each
		 * other in memory rather than among the garbage of computing them: a memo miss in
		 * the scoring loop reads most of them.
		 */
		this.exactId = exactId;
		this.renderings = renderings.clone();
		this.variantRenderings = variantRenderings.clone();
		this.concepts = concepts.clone();
		this.nearConcepts = (nearConcepts == concepts) ? this.concepts : nearConcepts.clone();
		this.givenSkeletons = givenSkeletons.clone();
		this.familySkeletons = familySkeletons.clone();
		this.jwKey = jwKey.clone();
		this.jwSketch = JaroWinkler.sketch(jwKey);
		this.patronymicSex = patronymicSex;
		this.skeletonKey = (primarySkeleton >= 0) ? (2L << 40) | primarySkeleton : (3L << 40) | exactId;
		this.nameKey = (conceptGroup >= 0) ? (1L << 40) | conceptGroup : this.skeletonKey;
	}

	static boolean intersects(int[] a, int[] b) {
		/*
		 * Sorted, so arrays whose ranges do not overlap share nothing, and the walk is
		 * skipped.
		 */
		if (a.length == 0 || b.length == 0 || a[a.length - 1] < b[0] || b[b.length - 1] < a[0]) {
			return false;
		}
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			int x = a[i];
			int y = b[j];
			if (x == y) {
				return true;
			}
			if (x < y) {
				i++;
			}
			else {
				j++;
			}
		}
		return false;
	}

	/**
	 * The distinct ids of a collection, sorted: what the features' id arrays hold. Called
	 * for every distinct name while records are prepared, so without streams.
	 */
	static int[] sortedDistinct(java.util.Collection<Integer> ids) {
		int[] sorted = new int[ids.size()];
		int n = 0;
		for (int id : ids) {
			sorted[n++] = id;
		}
		java.util.Arrays.sort(sorted);
		int distinct = 0;
		for (int k = 0; k < n; k++) {
			if (distinct == 0 || sorted[distinct - 1] != sorted[k]) {
				sorted[distinct++] = sorted[k];
			}
		}
		return (distinct == n) ? sorted : java.util.Arrays.copyOf(sorted, distinct);
	}

}
