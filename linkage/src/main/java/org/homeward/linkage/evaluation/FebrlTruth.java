package org.homeward.linkage.evaluation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The truth that FEBRL record ids carry: {@code rec-N-org} and {@code rec-N-dup-M} all
 * describe person {@code N}.
 */
public final class FebrlTruth {

	private static final Pattern ID = Pattern.compile("rec-(\\d+)-(?:org|dup-\\d+)");

	private FebrlTruth() {
	}

	/**
	 * Returns the person a FEBRL record id names.
	 * @param recordId a record id
	 * @return {@code N} for {@code rec-N-org} or {@code rec-N-dup-M}; empty for any other
	 * id
	 */
	public static Optional<String> entityOf(String recordId) {
		Matcher matcher = ID.matcher(recordId.strip());
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
