package org.homeward.linkage.synthetic;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class TyposTest {

	@Property(tries = 200)
	void changesALongNameByOneEditAtMost(@ForAll @StringLength(min = 3, max = 20) String name, @ForAll long seed) {
		String slipped = Typos.introduce(name, new Dice(seed));
		assertThat(Math.abs(slipped.length() - name.length())).isLessThanOrEqualTo(1);
	}

	@Property(tries = 50)
	void leavesVeryShortNamesAlone(@ForAll @StringLength(max = 2) String name, @ForAll long seed) {
		assertThat(Typos.introduce(name, new Dice(seed))).isEqualTo(name);
	}

}
