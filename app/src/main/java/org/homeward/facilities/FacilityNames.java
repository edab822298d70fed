package org.homeward.facilities;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A facility's names as sources write them.
 *
 * @param ukrainian the name in Ukrainian
 * @param russian the name in Russian, usually the official one
 * @param english the name in English
 * @param aliases other names: former names, abbreviations, transliterations
 */
public record FacilityNames(@Nullable String ukrainian, @Nullable String russian, @Nullable String english,
		List<String> aliases) {

	public FacilityNames {
		ukrainian = Text.clean(ukrainian);
		russian = Text.clean(russian);
		english = Text.clean(english);
		aliases = Text.cleanLines(aliases);
		if (ukrainian == null && russian == null && english == null) {
			throw new IllegalArgumentException("names: a facility needs a name in Ukrainian, Russian or English");
		}
	}

	/**
	 * The name to show a reader: Ukrainian for a Ukrainian page, else English, else
	 * whatever is known.
	 * @param locale the page's locale
	 * @return a name, never empty
	 */
	public String display(Locale locale) {
		List<String> order = "uk".equals(locale.getLanguage())
				? Stream.of(this.ukrainian, this.english, this.russian).filter(s -> s != null).toList()
				: Stream.of(this.english, this.ukrainian, this.russian).filter(s -> s != null).toList();
		return order.get(0);
	}

}
