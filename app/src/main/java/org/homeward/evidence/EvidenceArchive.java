package org.homeward.evidence;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Sources, their captures and the evidence items in the write-once store, with each
 * item's chain of custody. Every capture, view, download, export and redaction is
 * recorded in the audit ledger under target type {@value #TARGET_TYPE} and the item's
 * SHA-256.
 * <p>
 * Unknown ids raise {@link java.util.NoSuchElementException}; invalid input
 * {@link IllegalArgumentException}; a refused upload or capture
 * {@link EvidenceRefusedException} (nothing is stored then).
 */
public interface EvidenceArchive {

	/** The audit ledger's target type for evidence items. */
	String TARGET_TYPE = "evidence-item";

	/**
	 * All sources, newest first.
	 * @return the sources
	 */
	List<Source> sources();

	/**
	 * One source.
	 * @param id its id
	 * @return the source
	 */
	Source source(long id);

	/**
	 * Records a source.
	 * @param draft what the researcher states
	 * @param actor who records it
	 * @return the source
	 */
	Source createSource(SourceDraft draft, String actor);

	/**
	 * Changes a source's details; the change is audited with before and after.
	 * @param id the source
	 * @param draft the new details
	 * @param actor who changes it
	 * @return the source as changed
	 */
	Source updateSource(long id, SourceDraft draft, String actor);

	/**
	 * A source's captures, oldest first.
	 * @param sourceId the source
	 * @return the captures
	 */
	List<Capture> captures(long sourceId);

	/**
	 * Stores an uploaded file as a new capture of a source, then timestamps its manifest.
	 * @param sourceId the source
	 * @param fileName the file's name
	 * @param contentType the declared media type, or null to go by the name
	 * @param content the bytes; read to the end, not closed
	 * @param actor who uploads
	 * @return the capture
	 */
	Capture upload(long sourceId, String fileName, @Nullable String contentType, InputStream content, String actor);

	/**
	 * Fetches a URL on the server and stores the exchange as a new capture: the body, the
	 * WARC records, for HTTPS the certificate chain; then timestamps its manifest. A
	 * server's error status (404, 410) is captured and recorded as such.
	 * @param sourceId the source
	 * @param url an http or https URL
	 * @param actor who captures
	 * @return the capture
	 */
	Capture captureUrl(long sourceId, String url, String actor);

	/**
	 * Adds an item made from another (extracted text, a redacted version) to the
	 * original's capture; the original is never changed.
	 * @param originalSha256 the original item
	 * @param role {@link ItemRole#EXTRACTED_TEXT} or {@link ItemRole#REDACTED}
	 * @param fileName the new item's name
	 * @param contentType its declared type, or null to go by the name
	 * @param content its bytes; read to the end, not closed
	 * @param actor who adds it
	 * @return the new item
	 */
	EvidenceItem addDerived(String originalSha256, ItemRole role, String fileName, @Nullable String contentType,
			InputStream content, String actor);

	/**
	 * The items stored with these bytes (the same bytes may belong to several captures).
	 * @param sha256 the address
	 * @return the items, oldest first; never empty
	 */
	List<EvidenceItem> items(String sha256);

	/**
	 * Opens an item's bytes and records the view or download in its custody log.
	 * @param sha256 the address
	 * @param action {@link CustodyAction#VIEW} or {@link CustodyAction#DOWNLOAD}
	 * @param actor who reads
	 * @return the bytes; the caller closes the stream
	 */
	InputStream open(String sha256, CustodyAction action, String actor);

	/**
	 * An item's chain of custody, oldest first.
	 * @param sha256 the address
	 * @return the entries
	 */
	List<CustodyEntry> custody(String sha256);

	/**
	 * Writes a court package (zip) of the sources' captures: the originals, the
	 * manifests, the timestamp tokens and chains, each item's custody log,
	 * {@code SHA256SUMS} and a README for the clerk. Each exported item gets an EXPORT
	 * entry in its custody log.
	 * @param sourceIds the sources
	 * @param out where the zip goes; not closed
	 * @param actor who exports
	 */
	void writeCourtPackage(List<Long> sourceIds, OutputStream out, String actor);

}
