package org.homeward.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLContext;

import org.homeward.evidence.EvidenceRefusedException.Reason;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches a URL for a web capture: follows up to ten redirects, refuses addresses of the
 * server's own networks (loopback, private, link-local) unless
 * {@code homeward.evidence.allow-private-addresses} is set, gives up after the configured
 * timeout (for the answer and again for the whole body), and refuses a body over the
 * store's limit while it streams in, so nothing over the limit is ever held or stored.
 * The exchange is written as WARC records by {@link WarcWriting}; for HTTPS the server's
 * certificate chain is kept as PEM.
 */
@Component
class WebFetcher {

	private final ContentStore store;

	private final Duration timeout;

	private final Clock clock;

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private static final int MAX_REDIRECTS = 10;

	private final HttpClient client;

	private final boolean allowPrivateAddresses;

	@Autowired
	WebFetcher(ContentStore store, @Value("${homeward.evidence.fetch-timeout:PT30S}") Duration timeout, Clock clock,
			@Value("${homeward.evidence.allow-private-addresses:false}") boolean allowPrivateAddresses) {
		this(store, timeout, clock, allowPrivateAddresses, defaultTls());
	}

	/**
	 * A fetcher that trusts the servers the given TLS context trusts (tests use their own
	 * certificate authority).
	 */
	WebFetcher(ContentStore store, Duration timeout, Clock clock, boolean allowPrivateAddresses, SSLContext tls) {
		this.store = store;
		this.timeout = timeout;
		this.clock = clock;
		this.allowPrivateAddresses = allowPrivateAddresses;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(timeout)
			.sslContext(tls)
			.build();
	}

	private static SSLContext defaultTls() {
		try {
			return SSLContext.getDefault();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("this Java runtime has no TLS", ex);
		}
	}

	/**
	 * Fetches a page and stores its body, its WARC records and, for HTTPS, the
	 * certificate chain.
	 * @param url an http or https URL
	 * @return what was stored
	 * @throws EvidenceRefusedException when the address is private, the server cannot be
	 * reached, is too slow, or sends more than the limit; nothing is stored then
	 */
	FetchedPage fetch(URI url) {
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		List<String> redirects = new ArrayList<>();
		URI current = url;
		HttpResponse<InputStream> response = send(current);
		while (REDIRECTS.contains(response.statusCode()) && response.headers().firstValue("Location").isPresent()) {
			closeQuietly(response.body());
			if (redirects.size() == MAX_REDIRECTS) {
				throw new EvidenceRefusedException(Reason.UNREACHABLE,
						url + " redirects more than " + MAX_REDIRECTS + " times; nothing was stored");
			}
			URI next = current.resolve(response.headers().firstValue("Location").orElseThrow().strip());
			redirects.add(response.statusCode() + " " + current + " -> " + next);
			current = next;
			response = send(current);
		}
		Path body = this.store.newTempFile();
		Path warc = this.store.newTempFile();
		try {
			long size = spool(response, body, current);
			WarcWriting.write(warc, at, url, response, body, size, redirects);
			StoredBlob bodyBlob = storeFile(body);
			StoredBlob warcBlob = storeFile(warc);
			@Nullable StoredBlob chain = response.sslSession()
				.map(s -> Pem.certificates(s))
				.filter(pem -> !pem.isEmpty())
				.map(pem -> this.store.put(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))))
				.orElse(null);
			String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
			return new FetchedPage(url, response.uri(), response.statusCode(), type, at, bodyBlob, warcBlob, chain,
					redirects);
		}
		finally {
			delete(body);
			delete(warc);
		}
	}

	/*
	 * Redirects are followed here rather than by the client, so that every hop's address
	 * is checked: a public page cannot redirect the server to an address of its own
	 * network.
	 */
	private HttpResponse<InputStream> send(URI url) {
		SourceDraft.checkUrl(url.toString());
		CaptureTargets.check(url, this.allowPrivateAddresses);
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.timeout)
			.header("User-Agent", "Homeward evidence capture")
			.GET()
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (HttpTimeoutException ex) {
			throw timedOut(url);
		}
		catch (IOException ex) {
			throw new EvidenceRefusedException(Reason.UNREACHABLE,
					url + " could not be fetched: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EvidenceRefusedException(Reason.UNREACHABLE, "interrupted while fetching " + url);
		}
	}

	/*
	 * A watchdog closes the body stream when the whole-body deadline passes: a server
	 * that sends its headers and then trickles the body cannot hold a capture open for
	 * ever.
	 */
	private long spool(HttpResponse<InputStream> response, Path target, URI url) {
		long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
		AtomicBoolean expired = new AtomicBoolean();
		try (InputStream in = response.body(); FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
			if (declared > this.store.maxBytes()) {
				throw ContentStore.tooLarge(this.store.maxBytes());
			}
			CompletableFuture.delayedExecutor(this.timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
				expired.set(true);
				closeQuietly(in);
			});
			long size = 0;
			byte[] buffer = new byte[65536];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				size += n;
				if (size > this.store.maxBytes()) {
					throw ContentStore.tooLarge(this.store.maxBytes());
				}
				out.write(ByteBuffer.wrap(buffer, 0, n));
			}
			return size;
		}
		catch (IOException ex) {
			if (expired.get()) {
				throw timedOut(url);
			}
			throw new EvidenceRefusedException(Reason.UNREACHABLE, url + " broke off: " + ex.getMessage());
		}
	}

	private EvidenceRefusedException timedOut(URI url) {
		return new EvidenceRefusedException(Reason.TIMEOUT,
				url + " did not answer within " + this.timeout.toSeconds() + " s; nothing was stored");
	}

	private StoredBlob storeFile(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return this.store.put(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// the fetch reports the timeout
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a leftover temporary file is never read
		}
	}

	/**
	 * A fetched page, stored.
	 *
	 * @param requested the URL asked for
	 * @param finalUrl the URL after redirects
	 * @param status the HTTP status of the final answer
	 * @param contentType the body's declared type
	 * @param at when the fetch started
	 * @param body the body as sent
	 * @param warc the request, the response and the redirects as WARC records
	 * @param tlsChain the server's certificate chain (PEM) for HTTPS, or null
	 * @param redirects each redirect followed, in order
	 */
	record FetchedPage(URI requested, URI finalUrl, int status, String contentType, Instant at, StoredBlob body,
			StoredBlob warc, @Nullable StoredBlob tlsChain, List<String> redirects) {

	}

}
