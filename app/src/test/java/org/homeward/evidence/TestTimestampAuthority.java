package org.homeward.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamp authority in the test JVM, on 127.0.0.1: a self-signed test root
 * and the authority's certificate it signs, with the critical time-stamping extended key
 * usage; BouncyCastle's response generator, served by the JDK's HTTP server. One per JVM,
 * started on first use and stopped at exit.
 */
final class TestTimestampAuthority {

	private static TestTimestampAuthority shared;

	private final HttpServer server;

	private final X509Certificate certificate;

	private final TimeStampResponseGenerator generator;

	private final AtomicLong serial = new AtomicLong(1);

	private final AtomicLong requests = new AtomicLong();

	private TestTimestampAuthority() throws Exception {
		KeyPairGenerator keys = KeyPairGenerator.getInstance("RSA");
		keys.initialize(2048);
		KeyPair rootKeys = keys.generateKeyPair();
		KeyPair pair = keys.generateKeyPair();
		X500Name rootName = new X500Name("CN=Homeward test root, O=Homeward tests");
		X509Certificate root = certificate(rootName, rootName, rootKeys.getPublic(), rootKeys, true);
		this.certificate = certificate(new X500Name("CN=Homeward test time-stamp authority, O=Homeward tests"),
				rootName, pair.getPublic(), rootKeys, false);
		var signer = new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", pair.getPrivate(),
				this.certificate);
		var sha1 = new JcaDigestCalculatorProviderBuilder().build()
			.get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1));
		TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signer, sha1,
				new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
		tokens.addCertificates(new JcaCertStore(List.of(this.certificate, root)));
		this.generator = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/tsa", this::answer);
		this.server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> this.server.stop(0)));
	}

	static synchronized TestTimestampAuthority shared() {
		if (shared == null) {
			try {
				shared = new TestTimestampAuthority();
			}
			catch (Exception ex) {
				throw new IllegalStateException("cannot start the test time-stamp authority", ex);
			}
		}
		return shared;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/tsa";
	}

	X509Certificate certificate() {
		return this.certificate;
	}

	long requests() {
		return this.requests.get();
	}

	/**
	 * Answers a request as the authority would.
	 * @param request the DER request
	 * @return the DER response
	 */
	byte[] respond(byte[] request) {
		try {
			TimeStampRequest parsed = new TimeStampRequest(request);
			return this.generator.generate(parsed, BigInteger.valueOf(this.serial.getAndIncrement()), new Date())
				.getEncoded();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
			byte[] response = respond(in.readAllBytes());
			exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
			exchange.sendResponseHeaders(200, response.length);
			out.write(response);
		}
		catch (UncheckedIOException ex) {
			exchange.sendResponseHeaders(500, -1);
		}
	}

	/*
	 * A root (CA) and the authority's certificate it signs, with the critical
	 * time-stamping extended key usage RFC 3161 requires: openssl refuses a self-signed
	 * leaf as its own anchor for this purpose.
	 */
	private static X509Certificate certificate(X500Name subject, X500Name issuer, java.security.PublicKey key,
			KeyPair issuerKeys, boolean authority) throws Exception {
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
				BigInteger.valueOf(now.toEpochMilli() + (authority ? 0 : 1)), Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(Duration.ofDays(365))), subject, key);
		if (authority) {
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		}
		else {
			builder.addExtension(Extension.extendedKeyUsage, true,
					new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		}
		X509CertificateHolder holder = builder
			.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate()));
		return new JcaX509CertificateConverter().getCertificate(holder);
	}

}
