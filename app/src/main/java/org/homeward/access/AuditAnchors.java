package org.homeward.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily anchors of the audit ledger: a checkpoint file per day,
 * {@code DATA/audit/anchors/YYYY-MM-DD.properties}, holding the latest entry's number and
 * hash, signed with an Ed25519 key kept in {@code DATA/audit/}. Anyone holding a copy of
 * an anchor (e-mailed, printed, given to a court) can later show that the ledger up to
 * that entry was not rewritten: rewriting it changes the hash at that entry.
 * <p>
 * When timestamp authorities are configured, the evidence capability, which holds the RFC
 * 3161 client, timestamps each anchor file on {@link LedgerAnchored}.
 */
@Component
class AuditAnchors {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Path folder;

	private final ApplicationEventPublisher events;

	AuditAnchors(JdbcClient jdbc, Clock clock, @Value("${homeward.data}") Path data, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.folder = data.resolve("audit");
		this.events = events;
	}

	/** Writes today's anchor at five past midnight UTC; also callable at any time. */
	@Scheduled(cron = "0 5 0 * * *", zone = "UTC")
	void anchorToday() {
		LedgerHead head = this.jdbc.sql("select seq, entry_hash from audit_head where id = 1")
			.query((rs, n) -> new LedgerHead(rs.getLong(1), rs.getString(2)))
			.single();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		String payload = payload(today, head.seq(), head.hash());
		Properties anchor = new Properties();
		anchor.setProperty("date", today.toString());
		anchor.setProperty("seq", Long.toString(head.seq()));
		anchor.setProperty("hash", head.hash());
		anchor.setProperty("signature", sign(payload));
		Path file = this.folder.resolve("anchors").resolve(today + ".properties");
		write(file, anchor);
		this.events.publishEvent(new LedgerAnchored(today, head.seq(), head.hash(), file));
	}

	/**
	 * Checks every anchor against the ledger.
	 * @param hashAt the ledger's hash at an entry number, or null when the ledger has no
	 * such entry
	 * @return one line per problem; empty when every anchor holds
	 */
	List<String> check(java.util.function.LongFunction<String> hashAt) {
		List<String> problems = new ArrayList<>();
		Path anchors = this.folder.resolve("anchors");
		if (!Files.isDirectory(anchors)) {
			return problems;
		}
		try (Stream<Path> files = Files.list(anchors)) {
			for (Path file : files.sorted().toList()) {
				Properties anchor = read(file);
				long seq = Long.parseLong(anchor.getProperty("seq"));
				String payload = payload(LocalDate.parse(anchor.getProperty("date")), seq, anchor.getProperty("hash"));
				if (!verify(payload, anchor.getProperty("signature"))) {
					problems.add(file.getFileName() + ": the signature does not match its content");
				}
				else if (seq > 0 && !anchor.getProperty("hash").equals(hashAt.apply(seq))) {
					problems
						.add(file.getFileName() + ": the ledger's entry " + seq + " no longer has the anchored hash");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return problems;
	}

	private static String payload(LocalDate date, long seq, String hash) {
		return "homeward-audit-anchor\n" + date + "\n" + seq + "\n" + hash + "\n";
	}

	private String sign(String payload) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(keys().getPrivate());
			signature.update(payload.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign the audit anchor", ex);
		}
	}

	private boolean verify(String payload, String signature) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(keys().getPublic());
			verifier.update(payload.getBytes(StandardCharsets.UTF_8));
			return verifier.verify(Base64.getDecoder().decode(signature));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The anchor key pair, made on first use; the private key file is readable by its
	 * owner only.
	 */
	private synchronized KeyPair keys() throws GeneralSecurityException {
		Path privateFile = this.folder.resolve("anchor-key.pk8");
		Path publicFile = this.folder.resolve("anchor-key.pub");
		try {
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			if (Files.exists(privateFile)) {
				PrivateKey privateKey = factory
					.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
				PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
				return new KeyPair(publicKey, privateKey);
			}
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			Files.createDirectories(this.folder);
			Files.write(publicFile, pair.getPublic().getEncoded());
			Files.write(privateFile, pair.getPrivate().getEncoded());
			privateFile.toFile().setReadable(false, false);
			privateFile.toFile().setReadable(true, true);
			return pair;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, Properties content) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), "anchor", ".tmp");
			try (var out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
				content.store(out, "Homeward audit ledger anchor");
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	private record LedgerHead(long seq, String hash) {
	}

}
