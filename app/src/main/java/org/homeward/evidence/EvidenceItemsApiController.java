package org.homeward.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence items by SHA-256: what they are, their bytes (a download, recorded in the
 * custody log), their chain of custody, and derived items (extracted text, redactions).
 */
@RestController
@RequestMapping("/api/v1/evidence/items")
class EvidenceItemsApiController {

	private final EvidenceArchive archive;

	EvidenceItemsApiController(EvidenceArchive archive) {
		this.archive = archive;
	}

	@GetMapping("/{id}")
	List<EvidenceItem> item(@PathVariable("id") String sha256) {
		return this.archive.items(sha256);
	}

	@GetMapping("/{id}/content")
	ResponseEntity<InputStreamResource> content(@PathVariable("id") String sha256, Authentication user) {
		return download(this.archive, sha256, user.getName());
	}

	@GetMapping("/{id}/custody")
	List<CustodyEntry> custody(@PathVariable("id") String sha256) {
		return this.archive.custody(sha256);
	}

	@PostMapping(path = "/{id}/derived", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EvidenceItem> derive(@PathVariable("id") String sha256, @RequestParam String role,
			@RequestPart("file") MultipartFile file, Authentication user) throws IOException {
		ItemRole itemRole = ItemRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
		try (InputStream in = file.getInputStream()) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "derived";
			EvidenceItem item = this.archive.addDerived(sha256, itemRole, name, file.getContentType(), in,
					user.getName());
			return ResponseEntity.status(HttpStatus.CREATED).body(item);
		}
	}

	@ExceptionHandler(EvidenceRefusedException.class)
	ResponseEntity<ProblemDetail> refused(EvidenceRefusedException ex) {
		return refusal(ex);
	}

	static ResponseEntity<InputStreamResource> download(EvidenceArchive archive, String sha256, String actor) {
		EvidenceItem item = archive.items(sha256).get(0);
		InputStream in = archive.open(sha256, CustodyAction.DOWNLOAD, actor);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(item.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(item.fileName()).build().toString())
			.header("X-Content-SHA256", sha256)
			.body(new InputStreamResource(in));
	}

	static ResponseEntity<ProblemDetail> refusal(EvidenceRefusedException ex) {
		HttpStatus status = switch (ex.reason()) {
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case CONTENT_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case UNREACHABLE -> HttpStatus.BAD_GATEWAY;
			case TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
			case PRIVATE_ADDRESS -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle("Evidence refused");
		problem.setProperty("reason", ex.reason());
		return ResponseEntity.status(status).body(problem);
	}

}
