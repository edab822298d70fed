package org.homeward.facilities;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Cleaning and comparing the free text of facility records and place names.
 */
final class Text {

	private Text() {
	}

	static @Nullable String clean(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static List<String> cleanLines(@Nullable List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * A key for comparing place names across spellings: NFKC, lower case, apostrophes
	 * dropped, ё as е, hyphens as spaces, and words such as "м.", "область" or "oblast"
	 * removed.
	 */
	static String placeKey(String name) {
		String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		s = s.replaceAll("['’ʼ`´‘]", "").replace('ё', 'е').replace('-', ' ');
		s = s.replaceAll("(^|\\s)(м|г|смт|с|пгт)\\.\\s*", " ");
		s = s.replaceAll("(^|\\s)(область|обл\\.?|oblast|region|місто|город|city)(?=\\s|$)", " ");
		return s.replaceAll("\\s+", " ").strip();
	}

}
