package org.homeward.linkage.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code homeward} command: {@code link} records into clusters, {@code generate}
 * synthetic benchmark data, {@code evaluate} a clustering against the truth,
 * {@code ceiling} the best scores any engine could reach on the synthetic benchmark.
 */
@Command(name = "homeward", mixinStandardHelpOptions = true,
		description = "Homeward record linkage: link, generate, evaluate, ceiling.",
		subcommands = { LinkCommand.class, GenerateCommand.class, EvaluateCommand.class, CeilingCommand.class })
public final class HomewardLinkageCli implements Runnable {

	@picocli.CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	/**
	 * Runs the command line and exits with its exit code.
	 * @param args the arguments
	 */
	public static void main(String[] args) {
		System.exit(new CommandLine(new HomewardLinkageCli()).execute(args));
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

}
