package org.homeward.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homeward.access.LedgerAnchored;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Timestamps each daily anchor of the audit ledger with every configured RFC 3161
 * authority: beside {@code 2026-11-28.properties} go {@code 2026-11-28.properties.1.tsr}
 * and {@code 2026-11-28.properties.1.chain.pem}, verifiable with
 * {@code openssl ts -verify -data 2026-11-28.properties -in ….tsr -CAfile ….chain.pem}.
 * Without an authority the signed anchor stands alone.
 */
@Component
class AnchorTimestamps {

	private final TimestampAuthorities authorities;

	AnchorTimestamps(TimestampAuthorities authorities) {
		this.authorities = authorities;
	}

	@EventListener
	void anchored(LedgerAnchored anchor) {
		try {
			List<TimestampAuthorities.IssuedTimestamp> issued = this.authorities
				.stamp(Files.readAllBytes(anchor.file()));
			for (int i = 0; i < issued.size(); i++) {
				String base = anchor.file().getFileName() + "." + (i + 1);
				Path folder = anchor.file().getParent();
				Files.write(folder.resolve(base + ".tsr"), issued.get(i).response());
				Files.writeString(folder.resolve(base + ".chain.pem"), issued.get(i).token().chainPem(),
						StandardCharsets.US_ASCII);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
