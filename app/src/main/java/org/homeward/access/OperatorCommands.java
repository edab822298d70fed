package org.homeward.access;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.homeward.HomewardApplication;
import org.homeward.access.AuditLedger.LedgerVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Operator commands on the same database as {@code serve}, whether or not the server
 * runs: {@code user add|passwd|disable}, {@code token create|revoke},
 * {@code audit verify}. Started by the launcher ({@code ./homeward user ...}) with
 * {@code -Dhomeward.data=DIR} or the {@code HOMEWARD_DB_*} variables. Passwords are read
 * from the terminal without echo, or from the first line of standard input; they never
 * appear on a command line. Exit code 0 on success, 1 on a refused operation, 2 on a
 * usage error.
 */
@Command(name = "homeward", mixinStandardHelpOptions = true, subcommands = { OperatorCommands.UserCommand.class,
		OperatorCommands.TokenCommand.class, OperatorCommands.AuditCommand.class })
public final class OperatorCommands {

	private static final String ACTOR = "operator:" + System.getProperty("user.name", "unknown");

	public static void main(String[] args) {
		System.exit(new CommandLine(new OperatorCommands()).setExecutionExceptionHandler((ex, cmd, parsed) -> {
			cmd.getErr().println("homeward: " + ex.getMessage());
			return 1;
		}).execute(args));
	}

	static ConfigurableApplicationContext context() {
		return new SpringApplicationBuilder(HomewardApplication.class).web(WebApplicationType.NONE)
			.run("--homeward.operator=true", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--spring.main.log-startup-info=false", "--logging.level.org.flywaydb=ERROR");
	}

	static String readPassword(String prompt) {
		Console console = System.console();
		if (console != null) {
			char[] first = console.readPassword(prompt);
			char[] second = console.readPassword("Again: ");
			if (first == null || second == null || !String.valueOf(first).equals(String.valueOf(second))) {
				throw new IllegalArgumentException("the two passwords differ");
			}
			return String.valueOf(first);
		}
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null || line.isEmpty()) {
				throw new IllegalArgumentException("no password on standard input");
			}
			return line;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Command(name = "user", description = "Add users, set passwords, disable users.",
			subcommands = { UserAdd.class, UserPasswd.class, UserDisable.class })
	static class UserCommand {

	}

	@Command(name = "add", description = "Create a user; the password is asked for.")
	static class UserAdd implements Callable<Integer> {

		@Parameters(index = "0", description = "user name")
		String username;

		@Option(names = "--role", required = true, description = "one of ${COMPLETION-CANDIDATES}")
		Role role;

		@Override
		public Integer call() {
			String password = readPassword("Password for " + this.username + ": ");
			try (ConfigurableApplicationContext context = context()) {
				context.getBean(UserAccounts.class).createUser(this.username, password, this.role, ACTOR);
			}
			System.out.println("Created user " + this.username + " (" + this.role + ").");
			return 0;
		}

	}

	@Command(name = "passwd", description = "Set a user's password and unlock the account.")
	static class UserPasswd implements Callable<Integer> {

		@Parameters(index = "0", description = "user name")
		String username;

		@Override
		public Integer call() {
			String password = readPassword("New password for " + this.username + ": ");
			try (ConfigurableApplicationContext context = context()) {
				context.getBean(UserAccounts.class).changePassword(this.username, password, ACTOR);
			}
			System.out.println("Password set for " + this.username + ".");
			return 0;
		}

	}

	@Command(name = "disable", description = "Disable a user: no more logins or token use.")
	static class UserDisable implements Callable<Integer> {

		@Parameters(index = "0", description = "user name")
		String username;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = context()) {
				context.getBean(UserAccounts.class).disable(this.username, ACTOR);
			}
			System.out.println("Disabled " + this.username + ".");
			return 0;
		}

	}

	@Command(name = "token", description = "Create and revoke personal API tokens.",
			subcommands = { TokenCreate.class, TokenRevoke.class })
	static class TokenCommand {

	}

	@Command(name = "create", description = "Create a token; it is printed once, and stored only as a hash.")
	static class TokenCreate implements Callable<Integer> {

		@Parameters(index = "0", description = "user name")
		String username;

		@Option(names = "--name", required = true, description = "what the token is for")
		String name;

		@Option(names = "--days", description = "days until it expires (default ${DEFAULT-VALUE}; 0 = never)",
				defaultValue = "90")
		int days;

		@Override
		public Integer call() {
			Instant expires = (this.days > 0) ? Instant.now().plus(Duration.ofDays(this.days)) : null;
			String token;
			try (ConfigurableApplicationContext context = context()) {
				token = context.getBean(UserAccounts.class).issueToken(this.username, this.name, expires, ACTOR);
			}
			System.out.println(token);
			System.err.println("This token is shown only now. Send it as 'Authorization: Bearer <token>'.");
			return 0;
		}

	}

	@Command(name = "revoke", description = "Revoke a user's token by name.")
	static class TokenRevoke implements Callable<Integer> {

		@Parameters(index = "0", description = "user name")
		String username;

		@Option(names = "--name", required = true, description = "the token's name")
		String name;

		@Override
		public Integer call() {
			boolean revoked;
			try (ConfigurableApplicationContext context = context()) {
				revoked = context.getBean(UserAccounts.class).revokeToken(this.username, this.name, ACTOR);
			}
			System.out.println(revoked ? "Revoked." : "No live token of that name.");
			return revoked ? 0 : 1;
		}

	}

	@Command(name = "audit", description = "Check the audit ledger.", subcommands = AuditVerify.class)
	static class AuditCommand {

	}

	@Command(name = "verify", description = "Walk the hash chain and report the first broken link.")
	static class AuditVerify implements Callable<Integer> {

		@Override
		public Integer call() {
			LedgerVerification result;
			List<String> anchorProblems;
			try (ConfigurableApplicationContext context = context()) {
				JdbcAuditLedger ledger = context.getBean(JdbcAuditLedger.class);
				result = ledger.verify();
				anchorProblems = context.getBean(AuditAnchors.class).check(ledger::hashAt);
			}
			if (!result.intact()) {
				System.out.println("BROKEN at entry " + result.firstBrokenSeq() + ": " + result.problem() + " ("
						+ result.entries() + " entries checked)");
				return 1;
			}
			if (!anchorProblems.isEmpty()) {
				anchorProblems.forEach(p -> System.out.println("BROKEN anchor " + p));
				return 1;
			}
			System.out.println("OK: " + result.entries() + " entries, chain intact, head " + result.headHash()
					+ "; daily anchors agree");
			return 0;
		}

	}

}
