package org.homeward.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import org.springframework.http.HttpStatus;

/**
 * Writes one web exchange as WARC 1.1 records (jwarc): the request, the response with its
 * headers and the body streamed from a file, and a metadata record with the redirects
 * that led to it.
 */
final class WarcWriting {

	/*
	 * The client decoded the transfer; the body's type and length are set from the file.
	 */
	private static final Set<String> REPLACED = Set.of("content-length", "transfer-encoding", "content-type",
			":status");

	private WarcWriting() {
	}

	static void write(Path target, Instant at, URI requested, HttpResponse<?> response, Path body, long size,
			List<String> redirects) {
		URI uri = response.uri();
		try (WarcWriter writer = new WarcWriter(FileChannel.open(target, StandardOpenOption.WRITE));
				FileChannel bodyChannel = FileChannel.open(body, StandardOpenOption.READ)) {
			HttpRequest.Builder http = new HttpRequest.Builder("GET", uri.getRawPath().isEmpty() ? "/"
					: uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : ""));
			http.addHeader("Host", uri.getAuthority());
			response.request().headers().map().forEach((name, values) -> values.forEach(v -> http.addHeader(name, v)));
			WarcRequest request = new WarcRequest.Builder(uri).date(at).body(http.build()).build();
			writer.write(request);
			String reason = (HttpStatus.resolve(response.statusCode()) != null)
					? HttpStatus.resolve(response.statusCode()).getReasonPhrase() : "";
			org.netpreserve.jwarc.HttpResponse.Builder answer = new org.netpreserve.jwarc.HttpResponse.Builder(
					response.statusCode(), reason);
			response.headers().map().forEach((name, values) -> {
				if (!REPLACED.contains(name.toLowerCase(Locale.ROOT))) {
					values.forEach(v -> answer.addHeader(name, v));
				}
			});
			String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
			answer.body(MediaType.parseLeniently(type), bodyChannel, size);
			writer
				.write(new WarcResponse.Builder(uri).date(at).concurrentTo(request.id()).body(answer.build()).build());
			writer.write(metadata(requested, response, at, redirects, request.id()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the WARC records", ex);
		}
	}

	private static WarcMetadata metadata(URI requested, HttpResponse<?> response, Instant at, List<String> redirects,
			URI concurrent) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("requestedURI", List.of(requested.toString()));
		fields.put("finalURI", List.of(response.uri().toString()));
		if (!redirects.isEmpty()) {
			fields.put("redirect", redirects);
		}
		fields.put("software", List.of("Homeward evidence capture, java.net.http, jwarc"));
		return new WarcMetadata.Builder().targetURI(response.uri())
			.date(at)
			.concurrentTo(concurrent)
			.fields(fields)
			.build();
	}

}
