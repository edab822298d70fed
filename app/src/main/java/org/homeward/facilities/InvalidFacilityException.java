package org.homeward.facilities;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A facility record, or a file of them, was refused; nothing was stored.
 */
public class InvalidFacilityException extends IllegalArgumentException {

	private final List<FacilityProblem> problems;

	public InvalidFacilityException(List<FacilityProblem> problems) {
		super(problems.stream().map(FacilityProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<FacilityProblem> problems() {
		return this.problems;
	}

}
