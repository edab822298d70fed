package org.homeward.evidence;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.tsp.TimeStampRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The RFC 3161 time-stamp authorities of {@code homeward.evidence.tsa-urls}
 * (comma-separated; none means captures are stored "not timestamped"). Each is asked in
 * turn; a response is kept only when it verifies (status, imprint, nonce, signature). An
 * authority that fails is logged and skipped, so one outage does not block a capture.
 */
@Component
class TimestampAuthorities {

	private static final Logger log = LoggerFactory.getLogger(TimestampAuthorities.class);

	private final List<String> urls;

	private final Duration timeout;

	private final HttpClient client;

	TimestampAuthorities(@Value("${homeward.evidence.tsa-urls:}") String urls,
			@Value("${homeward.evidence.fetch-timeout:PT30S}") Duration timeout) {
		this.urls = Arrays.stream(urls.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
		this.timeout = timeout;
		this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	/**
	 * Asks every configured authority to timestamp the data.
	 * @param data the bytes (a capture's manifest)
	 * @return a verified token per authority that answered correctly, in configuration
	 * order; empty when none is configured or none answered
	 */
	List<IssuedTimestamp> stamp(byte[] data) {
		List<IssuedTimestamp> issued = new ArrayList<>();
		for (String url : this.urls) {
			try {
				issued.add(stamp(url, data));
			}
			catch (IOException | IllegalArgumentException ex) {
				log.warn("Time-stamp authority {} gave no valid token: {}", url, ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return issued;
	}

	private IssuedTimestamp stamp(String url, byte[] data) throws IOException, InterruptedException {
		TimeStampRequest request = Rfc3161.request(data);
		HttpResponse<byte[]> response = this.client.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(this.timeout)
			.header("Content-Type", "application/timestamp-query")
			.POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode());
		}
		Rfc3161.VerifiedToken token = Rfc3161.verify(response.body(), request);
		return new IssuedTimestamp(url, response.body(), token);
	}

	/**
	 * A verified time-stamp response.
	 *
	 * @param authority the authority's URL
	 * @param response the DER response, as received
	 * @param token what was verified in it
	 */
	record IssuedTimestamp(String authority, byte[] response, Rfc3161.VerifiedToken token) {

	}

}
