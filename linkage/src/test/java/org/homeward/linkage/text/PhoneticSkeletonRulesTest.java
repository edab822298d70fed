package org.homeward.linkage.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PhoneticSkeleton} skips the cluster rules whose letters a name lacks; that must
 * never change a skeleton.
 */
class PhoneticSkeletonRulesTest {

	@Property(tries = 20_000)
	void skippingRulesWhoseLettersAreMissingChangesNothing(@ForAll("clusters") String folded, @ForAll boolean chAsKh) {
		assertThat(PhoneticSkeleton.replaceClusters(folded, chAsKh, true))
			.isEqualTo(PhoneticSkeleton.replaceClusters(folded, chAsKh, false));
	}

	/* Strings dense in the letters of the rules, so that rules meet and overlap. */
	@Provide
	Arbitrary<String> clusters() {
		return Arbitraries.strings().withChars("schtzkgwxqpdae ").ofMinLength(0).ofMaxLength(14);
	}

}
