package org.homeward.votes;

import java.util.NoSuchElementException;

/**
 * No resolution or member state has the given id or name.
 */
public class VotesNotFoundException extends NoSuchElementException {

	public VotesNotFoundException(String message) {
		super(message);
	}

}
