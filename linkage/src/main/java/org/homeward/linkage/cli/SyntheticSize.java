package org.homeward.linkage.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --children} and {@code --seed} options that name one synthetic benchmark,
 * for {@code generate} and {@code ceiling}: the same arguments always name the same
 * records.
 */
final class SyntheticSize {

	@Spec(Spec.Target.MIXEE)
	private CommandSpec spec;

	@Option(names = "--children", required = true, paramLabel = "N", description = "number of children to invent")
	private int children;

	@Option(names = "--seed", defaultValue = "1", paramLabel = "S",
			description = "random seed (default: ${DEFAULT-VALUE})")
	private long seed;

	/**
	 * The number of children, checked.
	 * @return at least 1
	 * @throws ParameterException when {@code --children} is below 1
	 */
	int children() {
		if (this.children < 1) {
			throw new ParameterException(this.spec.commandLine(), "--children must be at least 1");
		}
		return this.children;
	}

	long seed() {
		return this.seed;
	}

}
