package org.homeward.votes;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 193 member states with the names the General Assembly prints, in board order.
 */
class VotesMemberStatesTest {

	final List<MemberState> members = SyntheticVotes.MEMBERS;

	@Test
	void all193MemberStatesWithUniqueCodesAndNames() {
		assertThat(this.members).hasSize(193);
		assertThat(this.members.stream().map(MemberState::code).collect(Collectors.toSet())).hasSize(193);
		assertThat(this.members.stream().map(MemberState::iso2).collect(Collectors.toSet())).hasSize(193);
		assertThat(this.members.stream().map(MemberState::gaName).collect(Collectors.toSet())).hasSize(193);
		assertThat(this.members.stream().map(MemberState::regionalGroup).collect(Collectors.toSet())).hasSize(5);
	}

	@Test
	void namesAreTheOnesTheAssemblyPrints() {
		Set<String> names = this.members.stream().map(MemberState::gaName).collect(Collectors.toSet());
		assertThat(names).contains("Russian Federation", "Iran (Islamic Republic of)",
				"Democratic People's Republic of Korea", "Türkiye", "Bolivia (Plurinational State of)",
				"Venezuela (Bolivarian Republic of)", "United Kingdom of Great Britain and Northern Ireland",
				"United States of America", "Republic of Korea", "Republic of Moldova", "Syrian Arab Republic",
				"Lao People's Democratic Republic", "United Republic of Tanzania", "Côte d'Ivoire",
				"Micronesia (Federated States of)", "Netherlands (Kingdom of the)", "Viet Nam", "Brunei Darussalam",
				"Cabo Verde", "Democratic Republic of the Congo", "Congo", "Ukraine");
		assertThat(names).doesNotContain("Russia", "Iran", "Turkey", "Vietnam", "Ivory Coast");
	}

	@Test
	void boardOrderIsAlphabeticalIgnoringAccents() {
		List<String> names = this.members.stream().map(MemberState::gaName).toList();
		assertThat(names.get(0)).isEqualTo("Afghanistan");
		assertThat(names.get(192)).isEqualTo("Zimbabwe");
		assertThat(names.indexOf("Côte d'Ivoire")).isEqualTo(names.indexOf("Costa Rica") + 1);
		assertThat(names.indexOf("Croatia")).isEqualTo(names.indexOf("Côte d'Ivoire") + 1);
		assertThat(names.indexOf("Türkiye")).isLessThan(names.indexOf("Turkmenistan"));
		assertThat(names.indexOf("Russian Federation")).isGreaterThan(names.indexOf("Republic of Moldova"));
	}

	@Test
	void everyAliasNamesOneMember() {
		assertThat(MemberStateLoader.aliases(MemberStateLoader.read())).hasSizeGreaterThan(193 * 3)
			.containsEntry("russia", "RUS")
			.containsEntry("cote d ivoire", "CIV")
			.containsEntry("gbr", "GBR")
			.containsEntry("gb", "GBR");
	}

}
