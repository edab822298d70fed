package org.homeward.matching;

import java.util.List;

import org.homeward.evidence.Mention;
import org.homeward.evidence.MentionFields;
import org.homeward.linkage.InputRecord;
import org.homeward.registry.Identity;
import org.homeward.registry.PartialDate;
import org.homeward.registry.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A mention as the engine and the registry see it: an index query record, an identity
 * citing its source and line, and the citation itself.
 */
final class MentionRecords {

	private MentionRecords() {
	}

	/**
	 * The engine record of a mention, keyed {@code mention:<id>}.
	 * @param mention the mention
	 * @return the record
	 */
	static InputRecord record(Mention mention) {
		MentionFields f = mention.fields();
		return InputRecord.person("mention:" + mention.id(), "source:" + mention.sourceId(), text(f.givenName()),
				text(f.familyName()), text(f.patronymic()), engineSex(f.sex()), text(f.birthDate()),
				text(f.settlement()), text(f.oblast()));
	}

	/**
	 * The identity a mention states, citing where it comes from.
	 * @param mention the mention
	 * @param citation the identity's source, see {@link #citation(Mention)}
	 * @return the identity
	 */
	static Identity identity(Mention mention, String citation) {
		MentionFields f = mention.fields();
		Sex sex = switch (engineSex(f.sex())) {
			case "M" -> Sex.M;
			case "F" -> Sex.F;
			default -> Sex.UNKNOWN;
		};
		return new Identity(f.givenName(), f.familyName(), f.patronymic(), sex,
				PartialDate.parseOptional(f.birthDate()).orElse(null), f.settlement(), f.oblast(), null, List.of(),
				null, citation, null, null, false);
	}

	/**
	 * Where a mention is: {@code source:42 line 7}.
	 * @param mention the mention
	 * @return the citation
	 */
	static String citation(Mention mention) {
		return "source:" + mention.sourceId() + " line " + mention.line();
	}

	private static String engineSex(@Nullable String sex) {
		return ("M".equals(sex) || "F".equals(sex)) ? sex : "";
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
