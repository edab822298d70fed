package org.homeward.evidence;

/**
 * What a stored item of a capture is.
 */
public enum ItemRole {

	/** The bytes as uploaded or as the server sent them. */
	ORIGINAL,
	/** The request and response of a web capture, as WARC records. */
	WARC,
	/** The server's TLS certificate chain of an HTTPS capture, PEM. */
	TLS_CHAIN,
	/**
	 * The capture's manifest (its items and their hashes), JSON; what the authorities
	 * timestamp.
	 */
	MANIFEST,
	/** An RFC 3161 time-stamp response. */
	TIMESTAMP_TOKEN,
	/** A time-stamp authority's certificate chain, PEM. */
	TIMESTAMP_CHAIN,
	/** Text extracted from an original. */
	EXTRACTED_TEXT,
	/** A redacted version of an original. */
	REDACTED;

	/**
	 * Whether items of this role are made from another item.
	 * @return true for extracted text and redactions
	 */
	public boolean derived() {
		return this == EXTRACTED_TEXT || this == REDACTED;
	}

}
