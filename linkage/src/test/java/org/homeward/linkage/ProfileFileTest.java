package org.homeward.linkage;

import java.nio.file.Path;
import java.util.List;

import org.homeward.linkage.BlockingRule.Take;
import org.homeward.linkage.evaluation.InputFileException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Profile files: the bundled ones, another schema, and mistakes reported by line and
 * column.
 */
class ProfileFileTest {

	private static final Path FILE = Path.of("pupils.profile");

	@Test
	void bundledProfilesHoldTheirFieldsAndRules() {
		FieldProfile person = FieldProfile.person();
		assertThat(person.name()).isEqualTo("person");
		assertThat(person.fields()).extracting(FieldSpec::name)
			.containsExactly("given_name", "family_name", "patronymic", "sex", "birth_date", "settlement", "oblast");
		assertThat(person.fields().get(0)).isEqualTo(new FieldSpec("given_name", FieldKind.GIVEN_NAME, true, true));
		assertThat(person.blocking()).hasSize(10);
		assertThat(person.blocking().get(0).unordered()).isTrue();
		assertThat(person.blocking().get(6).parts()).extracting(BlockingRule.Part::take)
			.containsExactly(Take.NAME_KEY, Take.NAME_KEY, Take.YEAR);
		assertThat(person.crossSourceOnly()).isFalse();
		FieldProfile febrl = FieldProfile.febrl();
		assertThat(febrl.crossSourceOnly()).isTrue();
		assertThat(febrl.fields()).hasSize(10);
		assertThat(febrl.blocking().get(3).parts()).containsExactly(new BlockingRule.Part("soc_sec_id", Take.VALUE));
	}

	@Test
	void readsAnotherSchema() {
		FieldProfile profile = ProfileFile.parse(FILE, List.of("# school rolls", "profile pupils",
				"pairs across-sources  # one school's roll against another's", "", "field first given-name veto",
				"field last  family-name term-frequency", "field dob date", "field town place",
				"block any-order first:name-key last:name-key", "block last:skeleton dob:sorted-date"));
		assertThat(profile.name()).isEqualTo("pupils");
		assertThat(profile.crossSourceOnly()).isTrue();
		assertThat(profile.fields()).containsExactly(new FieldSpec("first", FieldKind.GIVEN_NAME, true, false),
				new FieldSpec("last", FieldKind.FAMILY_NAME, false, true), FieldSpec.of("dob", FieldKind.DATE),
				FieldSpec.of("town", FieldKind.PLACE));
		assertThat(profile.blocking()).containsExactly(
				BlockingRule.unordered(new BlockingRule.Part("first", Take.NAME_KEY),
						new BlockingRule.Part("last", Take.NAME_KEY)),
				BlockingRule.of(new BlockingRule.Part("last", Take.SKELETON),
						new BlockingRule.Part("dob", Take.SORTED_DATE)));
	}

	private static final String[][] MISTAKES = { { "profil pupils", "line 1, column 1: unknown statement 'profil'" },
			{ "profile pupils\nprofile other", "line 2, column 1: a second profile line" },
			{ "profile pupils\npairs some", "line 2, column 7: pairs is all or across-sources" },
			{ "profile pupils\nfield first nmae", "line 2, column 13: unknown kind 'nmae' (given-name, family-name" },
			{ "profile pupils\nfield first given-name vetoo", "line 2, column 24: unknown flag 'vetoo'" },
			{ "profile pupils\nfield first given-name\nfield first date",
					"line 3, column 7: field first is declared twice" },
			{ "profile pupils\nfield first given-name\nblock frist:name-key",
					"line 3, column 7: unknown field 'frist'" },
			{ "profile pupils\nfield first given-name\nblock first:year",
					"line 3, column 7: year does not apply to a given-name field" },
			{ "profile pupils\nfield first given-name\nblock first:key",
					"line 3, column 7: unknown take 'key' (name-key, skeleton" },
			{ "profile pupils\nfield first given-name\nblock first", "line 3, column 7: a key part is FIELD:TAKE" },
			{ "profile pupils\nfield first given-name", "line 3, column 1: no 'block FIELD:TAKE' line" },
			{ "field first given-name\nblock first:skeleton", "line 3, column 1: no 'profile NAME' line" } };

	@Test
	void namesLineAndColumnOfAMistake() {
		for (String[] mistake : MISTAKES) {
			assertThatThrownBy(() -> ProfileFile.parse(FILE, mistake[0].lines().toList())).as(mistake[0])
				.isInstanceOf(InputFileException.class)
				.hasMessageStartingWith("pupils.profile ")
				.hasMessageContaining(mistake[1]);
		}
	}

	@Test
	void readsAFileWithAByteOrderMarkAndWindowsLineEnds() {
		FieldProfile profile = ProfileFile.parse(FILE,
				"\uFEFFprofile pupils\r\nfield first given-name\r\nblock first:name-key\r\n".lines().toList());
		assertThat(profile.name()).isEqualTo("pupils");
		assertThat(profile.fields()).hasSize(1);
	}

	@Test
	void refusesASeventeenthField() {
		StringBuilder text = new StringBuilder("profile wide\n");
		for (int f = 0; f < 17; f++) {
			text.append("field f").append(f).append(" text\n");
		}
		assertThatThrownBy(() -> ProfileFile.parse(FILE, text.toString().lines().toList()))
			.hasMessageContaining("line 18, column 1: a profile has at most 16 fields");
	}

}
