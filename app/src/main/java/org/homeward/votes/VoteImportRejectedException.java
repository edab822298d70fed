package org.homeward.votes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A voting file was refused; nothing of it was stored.
 */
public class VoteImportRejectedException extends RuntimeException {

	private final transient List<ImportProblem> problems;

	public VoteImportRejectedException(List<ImportProblem> problems) {
		super(problems.size() + " problem(s); nothing was stored: "
				+ problems.stream().limit(5).map(ImportProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Every problem found, in file order.
	 * @return the problems, never empty
	 */
	public List<ImportProblem> problems() {
		return this.problems;
	}

}
