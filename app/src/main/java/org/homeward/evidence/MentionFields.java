package org.homeward.evidence;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a source says about one child, in the fields of the linkage engine's
 * {@code records.csv} ({@code record_id,source,given_name,family_name,patronymic,sex,
 * birth_date,settlement,oblast}) plus the passage and where it is in the source.
 *
 * @param recordId the mention's id in the file, required
 * @param sourceLabel the {@code source} column: the dataset the record names, or null
 * @param givenName the given name in any script, or null
 * @param familyName the family name, or null
 * @param patronymic the patronymic, or null
 * @param sex {@code M}, {@code F} or {@code U}, or null
 * @param birthDate {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null
 * @param settlement the settlement of origin, or null
 * @param oblast the oblast of origin, or null
 * @param freeText the passage as the source words it, or null
 * @param placeInSource where in the source: a page, a paragraph, a video timestamp, or
 * null
 */
public record MentionFields(String recordId, @Nullable String sourceLabel, @Nullable String givenName,
		@Nullable String familyName, @Nullable String patronymic, @Nullable String sex, @Nullable String birthDate,
		@Nullable String settlement, @Nullable String oblast, @Nullable String freeText,
		@Nullable String placeInSource) {

	/** The columns every mentions file has, in this order. */
	public static final List<String> COLUMNS = List.of("record_id", "source", "given_name", "family_name", "patronymic",
			"sex", "birth_date", "settlement", "oblast");

	/** Columns a mentions file may add after those. */
	public static final List<String> OPTIONAL_COLUMNS = List.of("free_text", "place_in_source");

	public MentionFields {
		if (recordId == null || recordId.isBlank()) {
			throw new IllegalArgumentException("record_id is required");
		}
	}

}
