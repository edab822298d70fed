package org.homeward.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Web pages to capture, on 127.0.0.1: a page, a redirect to it, a 404, a body larger than
 * the tests' limit (sent without a length, so it can only be refused while streaming),
 * and a server that answers too late. One per JVM.
 */
final class TestWebServer {

	static final String PAGE = "<!DOCTYPE html><html><head><title>Synthetic report</title></head>"
			+ "<body><p>A synthetic news report about a synthetic child, Mariia Testenko, born 2014.</p></body></html>";

	static final int BIG_BYTES = 200_000;

	private static TestWebServer shared;

	private final HttpServer server;

	private TestWebServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "test-web-server");
			t.setDaemon(true);
			return t;
		}));
		this.server.createContext("/page", e -> send(e, 200, PAGE));
		this.server.createContext("/moved", e -> {
			e.getResponseHeaders().add("Location", "/page");
			e.sendResponseHeaders(302, -1);
			e.close();
		});
		this.server.createContext("/missing", e -> send(e, 404, "<html><body>Not found</body></html>"));
		this.server.createContext("/big", this::big);
		this.server.createContext("/slow", e -> {
			try {
				Thread.sleep(4000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			send(e, 200, PAGE);
		});
		this.server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> this.server.stop(0)));
	}

	static synchronized TestWebServer shared() {
		if (shared == null) {
			try {
				shared = new TestWebServer();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return shared;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	private void big(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "text/html");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			byte[] chunk = "<p>synthetic filler</p>\n".repeat(400).getBytes(StandardCharsets.US_ASCII);
			for (int sent = 0; sent < BIG_BYTES; sent += chunk.length) {
				out.write(chunk);
			}
		}
		catch (IOException ex) {
			// the client refused the body and closed the connection, as it should
		}
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
		catch (IOException ex) {
			// the client gave up (the slow page)
		}
	}

}
