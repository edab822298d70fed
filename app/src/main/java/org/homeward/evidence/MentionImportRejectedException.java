package org.homeward.evidence;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A mentions file was refused whole; nothing of it was stored.
 */
public class MentionImportRejectedException extends RuntimeException {

	private final transient List<MentionProblem> problems;

	public MentionImportRejectedException(String fileName, List<MentionProblem> problems) {
		super(fileName + " refused, nothing stored: " + problems.size() + " problem(s): "
				+ problems.stream().limit(5).map(MentionProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Every problem found, in file order.
	 * @return the problems, never empty
	 */
	public List<MentionProblem> problems() {
		return this.problems;
	}

}
