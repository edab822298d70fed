package org.homeward.evidence;

import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * Certificates as PEM text, the form {@code openssl} reads.
 */
final class Pem {

	private Pem() {
	}

	/**
	 * The peer's certificate chain of a TLS session, leaf first.
	 * @param session the session
	 * @return PEM, or empty when the peer sent none
	 */
	static String certificates(SSLSession session) {
		try {
			return encode(List.of(session.getPeerCertificates()).stream().map(Pem::der).toList());
		}
		catch (SSLPeerUnverifiedException ex) {
			return "";
		}
	}

	/**
	 * PEM blocks for DER-encoded certificates.
	 * @param ders the certificates
	 * @return the PEM text
	 */
	static String encode(List<byte[]> ders) {
		StringBuilder pem = new StringBuilder();
		Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
		for (byte[] der : ders) {
			pem.append("-----BEGIN CERTIFICATE-----\n")
				.append(base64.encodeToString(der))
				.append("\n-----END CERTIFICATE-----\n");
		}
		return pem.toString();
	}

	private static byte[] der(Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException("a TLS certificate cannot be encoded", ex);
		}
	}

}
