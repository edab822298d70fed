package org.homeward.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The create-source form, as typed: every field is text and may be blank.
 */
record SourceForm(@Nullable String kind, @Nullable String title, @Nullable String publisher, @Nullable String url,
		@Nullable String language, @Nullable String publishedOn, @Nullable String capturedOn,
		@Nullable String reliability, @Nullable Boolean withheld, @Nullable String notes) {

	static SourceForm empty() {
		return new SourceForm("NEWS_REPORT", null, null, null, null, null, null, null, false, null);
	}

	/**
	 * The source these fields describe.
	 * @return the draft
	 * @throws IllegalArgumentException naming the field that is wrong
	 */
	SourceDraft toDraft() {
		SourceKind sourceKind;
		try {
			sourceKind = SourceKind.valueOf(String.valueOf(this.kind).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("kind must be one of the listed kinds");
		}
		return new SourceDraft(sourceKind, String.valueOf(this.title == null ? "" : this.title), this.publisher,
				this.url, this.language, date("publishedOn", this.publishedOn), date("capturedOn", this.capturedOn),
				this.reliability, Boolean.TRUE.equals(this.withheld), this.notes);
	}

	private static @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(field + " must be a date YYYY-MM-DD, not '" + text + "'");
		}
	}

}
