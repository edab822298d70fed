package org.homeward.linkage;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterBuilderPropertiesTest {

	@Property(tries = 200)
	void neverClustersACannotLinkPair(@ForAll @Size(max = 60) List<@IntRange(max = 19) Integer> merges,
			@ForAll @Size(max = 6) List<@IntRange(max = 19) Integer> forbidden) {
		ClusterBuilder clusters = new ClusterBuilder(20);
		for (int k = 0; k + 1 < forbidden.size(); k += 2) {
			if (!forbidden.get(k).equals(forbidden.get(k + 1))) {
				clusters.addCannotLink(forbidden.get(k), forbidden.get(k + 1));
			}
		}
		for (int k = 0; k + 1 < merges.size(); k += 2) {
			clusters.union(merges.get(k), merges.get(k + 1));
		}
		int[] numbers = clusters.clusterNumbers();
		for (int k = 0; k + 1 < forbidden.size(); k += 2) {
			if (!forbidden.get(k).equals(forbidden.get(k + 1))) {
				assertThat(numbers[forbidden.get(k)]).isNotEqualTo(numbers[forbidden.get(k + 1)]);
			}
		}
	}

	@Property(tries = 200)
	void mergesEverythingWithoutConstraints(@ForAll @Size(max = 40) List<@IntRange(max = 9) Integer> merges) {
		ClusterBuilder clusters = new ClusterBuilder(10);
		for (int k = 0; k + 1 < merges.size(); k += 2) {
			assertThat(clusters.union(merges.get(k), merges.get(k + 1))).isTrue();
		}
	}

}
