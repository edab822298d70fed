package org.homeward.access;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TOTP against the test vectors of RFC 6238, appendix B (SHA-1, truncated to six digits).
 */
class TotpTest {

	private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void matchesTheRfc6238TestVectors() {
		assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
		assertThat(Totp.code(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
	}

	@Test
	void acceptsOneStepOfDriftAndNoMore() {
		long now = 1111111109L;
		String previous = Totp.code(RFC_SECRET, now / 30 - 1);
		String old = Totp.code(RFC_SECRET, now / 30 - 3);
		assertThat(Totp.matchingStep(RFC_SECRET, previous, now)).isEqualTo(now / 30 - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, old, now)).isEqualTo(-1);
	}

	@Test
	void base32RoundTrips() {
		String secret = Totp.newSecret();
		assertThat(Totp.base32(Totp.unbase32(secret))).isEqualTo(secret);
		assertThat(secret).hasSize(32);
	}

}
