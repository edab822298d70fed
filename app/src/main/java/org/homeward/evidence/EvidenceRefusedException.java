package org.homeward.evidence;

/**
 * An upload or a capture was refused; nothing of it was stored.
 */
public class EvidenceRefusedException extends RuntimeException {

	private final Reason reason;

	public EvidenceRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/**
	 * Why it was refused.
	 * @return the reason
	 */
	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why an upload or a capture was refused.
	 */
	public enum Reason {

		/** Larger than the configured limit. */
		TOO_LARGE,
		/** A content type Homeward does not keep, or bytes that do not match the type. */
		CONTENT_TYPE,
		/** The server could not be reached or broke off. */
		UNREACHABLE,
		/** The server did not answer in time. */
		TIMEOUT,
		/** The URL leads to an address of the server's own network. */
		PRIVATE_ADDRESS

	}

}
