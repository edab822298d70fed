package org.homeward.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The sources API: sources (list, get, create, update), their captures (a URL fetched by
 * the server, or a file upload) and their mentions (CSV, JSON Lines or XLSX import).
 */
@RestController
@RequestMapping("/api/v1/sources")
class SourcesApiController {

	private final EvidenceArchive archive;

	private final SourceMentions mentions;

	SourcesApiController(EvidenceArchive archive, SourceMentions mentions) {
		this.archive = archive;
		this.mentions = mentions;
	}

	@GetMapping
	List<SourceView> list(Authentication user) {
		return this.archive.sources().stream().map(s -> SourceView.of(s, user)).toList();
	}

	@GetMapping("/{id}")
	SourceView get(@PathVariable long id, Authentication user) {
		return SourceView.of(this.archive.source(id), user);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SourceView> create(@RequestBody SourceBody body, Authentication user) {
		Source source = this.archive.createSource(body.toDraft(), user.getName());
		return ResponseEntity.created(URI.create("/api/v1/sources/" + source.id())).body(SourceView.of(source, user));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	SourceView update(@PathVariable long id, @RequestBody SourceBody body, Authentication user) {
		return SourceView.of(this.archive.updateSource(id, body.toDraft(), user.getName()), user);
	}

	@GetMapping("/{id}/captures")
	List<Capture> captures(@PathVariable long id) {
		return this.archive.captures(id);
	}

	@PostMapping(path = "/{id}/captures", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Capture> capture(@PathVariable long id, @RequestBody UrlCapture body, Authentication user) {
		if (body.url() == null || body.url().isBlank()) {
			throw new IllegalArgumentException("url is required");
		}
		return created(this.archive.captureUrl(id, body.url().strip(), user.getName()));
	}

	@PostMapping(path = "/{id}/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Capture> upload(@PathVariable long id, @RequestPart("file") MultipartFile file, Authentication user)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
			return created(this.archive.upload(id, name, file.getContentType(), in, user.getName()));
		}
	}

	@GetMapping("/{id}/mentions")
	List<Mention> mentions(@PathVariable long id) {
		this.archive.source(id);
		return this.mentions.mentions(id);
	}

	@PostMapping(path = "/{id}/mentions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MentionImportReport> importMentions(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean skipInvalid, Authentication user) throws IOException {
		MentionImportReport report = this.mentions.importMentions(id, mentionUpload(file, skipInvalid), user.getName());
		return ResponseEntity.status(report.alreadyImported() ? HttpStatus.OK : HttpStatus.CREATED).body(report);
	}

	@ExceptionHandler(MentionImportRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(MentionImportRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.problems().size() + " problem(s) in the file; nothing was stored.");
		problem.setTitle("Mentions file refused");
		problem.setProperty("problems", ex.problems());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler(EvidenceRefusedException.class)
	ResponseEntity<ProblemDetail> refused(EvidenceRefusedException ex) {
		return EvidenceItemsApiController.refusal(ex);
	}

	/**
	 * A mentions file from a multipart upload, its size checked before it is read.
	 */
	static MentionUpload mentionUpload(MultipartFile file, boolean skipInvalid) throws IOException {
		MentionUpload.checkSize(file.getSize());
		return new MentionUpload(String.valueOf(file.getOriginalFilename()), file.getBytes(), skipInvalid);
	}

	private static ResponseEntity<Capture> created(Capture capture) {
		return ResponseEntity.created(URI.create("/api/v1/sources/" + capture.sourceId() + "/captures")).body(capture);
	}

	/**
	 * A source as a request states it: absent fields are null, {@code withheld} defaults
	 * to false; {@link SourceDraft} checks the rest.
	 */
	record SourceBody(@Nullable SourceKind kind, @Nullable String title, @Nullable String publisher,
			@Nullable String url, @Nullable String language, @Nullable LocalDate publishedOn,
			@Nullable LocalDate capturedOn, @Nullable String reliability, @Nullable Boolean withheld,
			@Nullable String notes) {

		SourceDraft toDraft() {
			return new SourceDraft(this.kind, (this.title != null) ? this.title : "", this.publisher, this.url,
					this.language, this.publishedOn, this.capturedOn, this.reliability,
					Boolean.TRUE.equals(this.withheld), this.notes);
		}

	}

	/**
	 * A URL to capture.
	 *
	 * @param url the page's address
	 */
	record UrlCapture(@Nullable String url) {

	}

}
