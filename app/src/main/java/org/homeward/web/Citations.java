package org.homeward.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns a citation that names an evidence source ({@code source:42},
 * {@code source 42 line 7}, {@code Source #42, p. 3}) into a link to that source's page,
 * so a child's page leads to the sources behind each identity version and event. Pages
 * use it as {@code ${@citations.link(text)}}.
 */
@Component("citations")
public class Citations {

	private static final Pattern SOURCE = Pattern.compile("(?i)^\\s*source\\s*[:#]?\\s*(\\d{1,18})\\b");

	/**
	 * The page of the source a citation names.
	 * @param citation the citation as recorded, possibly null
	 * @return the path of the source's page, or null when the citation names none
	 */
	public @Nullable String link(@Nullable String citation) {
		if (citation == null) {
			return null;
		}
		Matcher m = SOURCE.matcher(citation);
		return m.find() ? "/evidence/sources/" + m.group(1) : null;
	}

}
