package org.homeward.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.tsp.TimeStampRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RFC 3161 timestamps through the in-process authority on loopback: a token is kept only
 * when its imprint, nonce and signature hold.
 */
class TimestampTest {

	private static final byte[] MANIFEST = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);

	private final TestTimestampAuthority authority = TestTimestampAuthority.shared();

	@Test
	void eachConfiguredAuthorityTimestampsTheManifest() {
		TimestampAuthorities authorities = new TimestampAuthorities(this.authority.url() + " , " + this.authority.url(),
				Duration.ofSeconds(5));
		List<TimestampAuthorities.IssuedTimestamp> issued = authorities.stamp(MANIFEST);
		assertThat(issued).hasSize(2);
		Rfc3161.VerifiedToken token = Rfc3161.verifyOffline(issued.get(0).response(), MANIFEST);
		assertThat(token.genTime()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
		assertThat(token.chainPem()).startsWith("-----BEGIN CERTIFICATE-----");
	}

	@Test
	void withoutAuthoritiesNothingIsTimestamped() {
		assertThat(new TimestampAuthorities("", Duration.ofSeconds(1)).stamp(MANIFEST)).isEmpty();
		assertThat(new TimestampAuthorities("http://127.0.0.1:9/tsa", Duration.ofSeconds(1)).stamp(MANIFEST))
			.as("an unreachable authority is skipped")
			.isEmpty();
	}

	@Test
	void refusesATokenThatAnswersAnotherRequest() {
		TimeStampRequest ours = Rfc3161.request(MANIFEST);
		TimeStampRequest other = Rfc3161.request(MANIFEST);
		byte[] answerToOther = this.authority.respond(encoded(other));
		assertThatThrownBy(() -> Rfc3161.verify(answerToOther, ours)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("does not verify");
		assertThat(Rfc3161.verify(this.authority.respond(encoded(ours)), ours).genTime()).isNotNull();
	}

	@Test
	void refusesATokenForOtherData() {
		byte[] response = this.authority.respond(encoded(Rfc3161.request(MANIFEST)));
		assertThatThrownBy(() -> Rfc3161.verifyOffline(response, "{\"items\":[1]}".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("imprint");
		byte[] broken = response.clone();
		broken[broken.length - 20] ^= 0x01;
		assertThatThrownBy(() -> Rfc3161.verifyOffline(broken, MANIFEST)).isInstanceOf(IllegalArgumentException.class);
	}

	private static byte[] encoded(TimeStampRequest request) {
		try {
			return request.getEncoded();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
