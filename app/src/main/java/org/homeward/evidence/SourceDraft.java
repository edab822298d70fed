package org.homeward.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a researcher states about a source, to create or update it.
 *
 * @param kind what kind of source
 * @param title its title or headline, required
 * @param publisher who published it, or null
 * @param url where it was found ({@code http} or {@code https}), or null
 * @param language its language as a BCP 47 tag ({@code ru}, {@code uk}), or null
 * @param publishedOn when it was published, or null
 * @param capturedOn when the researcher saw it, or null
 * @param reliability the Admiralty grading: source reliability A–F and credibility of the
 * information 1–6 ({@code B2}), or null
 * @param withheld true when its link must not be shown outside the team
 * @param notes what the team should know, or null
 * @throws IllegalArgumentException naming the field that is wrong
 */
public record SourceDraft(SourceKind kind, String title, @Nullable String publisher, @Nullable String url,
		@Nullable String language, @Nullable LocalDate publishedOn, @Nullable LocalDate capturedOn,
		@Nullable String reliability, boolean withheld, @Nullable String notes) {

	private static final Pattern ADMIRALTY = Pattern.compile("[A-F][1-6]");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	public SourceDraft {
		if (kind == null) {
			throw new IllegalArgumentException("kind is required");
		}
		title = required(title, "title", 1000);
		publisher = optional(publisher, "publisher", 300);
		url = optional(url, "url", 4000);
		if (url != null) {
			checkUrl(url);
		}
		language = optional(language, "language", 20);
		if (language != null && !LANGUAGE.matcher(language).matches()) {
			throw new IllegalArgumentException(
					"language must be a language tag such as ru or uk, not '" + language + "'");
		}
		reliability = optional(reliability, "reliability", 2);
		if (reliability != null) {
			reliability = reliability.toUpperCase(Locale.ROOT);
			if (!ADMIRALTY.matcher(reliability).matches()) {
				throw new IllegalArgumentException(
						"reliability must be an Admiralty grading A-F and 1-6 such as B2, not '" + reliability + "'");
			}
		}
		notes = optional(notes, "notes", 8000);
		if (publishedOn != null && capturedOn != null && capturedOn.isBefore(publishedOn)) {
			throw new IllegalArgumentException("capturedOn cannot be before publishedOn");
		}
	}

	static void checkUrl(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
				throw new IllegalArgumentException("url must be an http or https address, not '" + url + "'");
			}
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("url is not a valid address: " + ex.getMessage());
		}
	}

	private static String required(@Nullable String value, String field, int max) {
		String text = optional(value, field, max);
		if (text == null) {
			throw new IllegalArgumentException(field + " is required");
		}
		return text;
	}

	private static @Nullable String optional(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new IllegalArgumentException(field + " is longer than " + max + " characters");
		}
		return text;
	}

}
