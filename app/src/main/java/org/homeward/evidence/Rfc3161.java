package org.homeward.evidence;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * RFC 3161 requests and the checks on a time-stamp response (BouncyCastle): the status,
 * the message imprint, the nonce, and the signature with the token's own certificate.
 * Used on receipt and again, offline, when a court package is verified.
 */
final class Rfc3161 {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Rfc3161() {
	}

	/**
	 * A request for a SHA-256 imprint with a fresh 64-bit nonce, asking for the
	 * authority's certificate.
	 * @param data the bytes to timestamp
	 * @return the request
	 */
	static TimeStampRequest request(byte[] data) {
		TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		return generator.generate(TSPAlgorithms.SHA256, sha256(data), new BigInteger(64, RANDOM));
	}

	/**
	 * Checks a response to our request: granted, for our imprint and nonce, signed by the
	 * certificate it carries.
	 * @param response the DER response
	 * @param request the request it answers
	 * @return the verified token
	 * @throws IllegalArgumentException saying what does not hold
	 */
	static VerifiedToken verify(byte[] response, TimeStampRequest request) {
		try {
			TimeStampResponse parsed = new TimeStampResponse(response);
			parsed.validate(request);
			return verifiedSignature(parsed);
		}
		catch (TSPException | IOException ex) {
			throw new IllegalArgumentException("the time-stamp response does not verify: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Checks a stored response offline against the data it should cover.
	 * @param response the DER response ({@code .tsr})
	 * @param data the timestamped bytes
	 * @return the verified token
	 * @throws IllegalArgumentException saying what does not hold
	 */
	static VerifiedToken verifyOffline(byte[] response, byte[] data) {
		try {
			TimeStampResponse parsed = new TimeStampResponse(response);
			if (parsed.getTimeStampToken() == null) {
				throw new IllegalArgumentException("it holds no token (status " + parsed.getStatus() + ")");
			}
			TimeStampToken token = parsed.getTimeStampToken();
			if (!TSPAlgorithms.SHA256.equals(token.getTimeStampInfo().getMessageImprintAlgOID())
					|| !Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), sha256(data))) {
				throw new IllegalArgumentException("its imprint is not the SHA-256 of the timestamped file");
			}
			return verifiedSignature(parsed);
		}
		catch (TSPException | IOException ex) {
			throw new IllegalArgumentException("it cannot be read as a time-stamp response: " + ex.getMessage(), ex);
		}
	}

	private static VerifiedToken verifiedSignature(TimeStampResponse response) throws TSPException {
		TimeStampToken token = response.getTimeStampToken();
		@SuppressWarnings("unchecked")
		Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
		if (signers.isEmpty()) {
			throw new IllegalArgumentException("the token does not carry its signer's certificate");
		}
		X509CertificateHolder signer = signers.iterator().next();
		try {
			token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
		}
		catch (OperatorCreationException | CertificateException ex) {
			throw new IllegalArgumentException("the signer's certificate cannot be used: " + ex.getMessage(), ex);
		}
		@SuppressWarnings("unchecked")
		Collection<X509CertificateHolder> all = token.getCertificates().getMatches(null);
		List<byte[]> chain = all.stream().map(Rfc3161::encoded).toList();
		return new VerifiedToken(token.getTimeStampInfo().getGenTime().toInstant(), Pem.encode(chain), encoded(signer));
	}

	static byte[] sha256(byte[] data) {
		MessageDigest digest = ContentStore.sha256();
		return digest.digest(data);
	}

	private static byte[] encoded(X509CertificateHolder holder) {
		try {
			return holder.getEncoded();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A token whose imprint and signature hold.
	 *
	 * @param genTime the time the authority states
	 * @param chainPem the certificates the token carries, PEM
	 * @param signerDer the signer's certificate, DER
	 */
	record VerifiedToken(Instant genTime, String chainPem, byte[] signerDer) {

	}

}
