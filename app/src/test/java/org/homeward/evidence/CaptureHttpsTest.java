package org.homeward.evidence;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTTPS capture keeps the server's certificate chain as PEM, a separate stored item.
 * The server runs on 127.0.0.1 with a certificate made for the test; the fetcher trusts
 * only that certificate.
 */
class CaptureHttpsTest {

	@TempDir
	Path data;

	@Test
	void keepsTheServersCertificateChain() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		X509Certificate certificate = certificate(keys);
		char[] password = "test".toCharArray();
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("server", keys.getPrivate(), password, new X509Certificate[] { certificate });
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(store, password);
		SSLContext serverTls = SSLContext.getInstance("TLS");
		serverTls.init(keyManagers.getKeyManagers(), null, null);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext clientTls = SSLContext.getInstance("TLS");
		clientTls.init(null, trust.getTrustManagers(), null);

		HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
		server.createContext("/secure", exchange -> {
			byte[] body = TestWebServer.PAGE.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
		try {
			ContentStore contents = new ContentStore(this.data.toString(), 65536);
			WebFetcher fetcher = new WebFetcher(contents, Duration.ofSeconds(5), Clock.systemUTC(), true, clientTls);
			URI url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/secure");
			WebFetcher.FetchedPage page = fetcher.fetch(url);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.tlsChain()).isNotNull();
			try (InputStream in = contents.open(page.tlsChain().sha256())) {
				assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
					.isEqualTo(Pem.encode(List.of(certificate.getEncoded())));
			}
		}
		finally {
			server.stop(0);
		}
	}

	private static X509Certificate certificate(KeyPair keys) throws Exception {
		X500Name name = new X500Name("CN=127.0.0.1, O=Homeward tests");
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
				BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minusSeconds(3600)),
				Date.from(now.plusSeconds(86400)), name, keys.getPublic());
		builder.addExtension(Extension.subjectAlternativeName, false,
				new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
	}

}
