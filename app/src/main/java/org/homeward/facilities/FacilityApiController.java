package org.homeward.facilities;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The facilities' JSON API under {@code /api/v1/facilities}, with CSV and GeoJSON import
 * and export, and children's stays.
 */
@RestController
class FacilityApiController {

	static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

	private final Facilities facilities;

	private final AuditLedger audit;

	FacilityApiController(Facilities facilities, AuditLedger audit) {
		this.facilities = facilities;
		this.audit = audit;
	}

	@GetMapping("/api/v1/facilities")
	List<Facility> list(@RequestParam(required = false) @Nullable FacilityType type,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable ActivityKind activity) {
		return this.facilities.find(new FacilityQuery(type, country, activity));
	}

	@GetMapping("/api/v1/facilities/{id}")
	Facility get(@PathVariable UUID id) {
		return this.facilities.get(id);
	}

	@PostMapping("/api/v1/facilities")
	ResponseEntity<Facility> create(@RequestBody FacilityDetails details, Authentication user) {
		Facility facility = this.facilities.create(details, user.getName());
		return ResponseEntity.created(URI.create("/api/v1/facilities/" + facility.id())).body(facility);
	}

	@PutMapping("/api/v1/facilities/{id}")
	Facility update(@PathVariable UUID id, @RequestBody FacilityDetails details, Authentication user) {
		return this.facilities.update(id, details, user.getName());
	}

	@GetMapping("/api/v1/facilities.geojson")
	ResponseEntity<String> geojson(@RequestParam(required = false) @Nullable FacilityType type,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable ActivityKind activity) {
		return ResponseEntity.ok()
			.contentType(GEOJSON)
			.body(this.facilities.export(ImportFormat.GEOJSON, new FacilityQuery(type, country, activity)));
	}

	@GetMapping("/api/v1/facilities.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) @Nullable FacilityType type,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable ActivityKind activity) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"facilities.csv\"")
			.body(this.facilities.export(ImportFormat.CSV, new FacilityQuery(type, country, activity)));
	}

	/**
	 * Imports a CSV or GeoJSON file; the format is the {@code format} parameter or the
	 * file name's extension.
	 */
	@PostMapping(path = "/api/v1/facilities/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportResult importFile(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable ImportFormat format, Authentication user) throws IOException {
		ImportFormat chosen = (format != null) ? format
				: ImportFormat.ofFileName(String.valueOf(file.getOriginalFilename()));
		try (InputStream in = file.getInputStream()) {
			return this.facilities.importFile(chosen, in, user.getName());
		}
	}

	@GetMapping("/api/v1/facilities/{id}/stays")
	List<FacilityStay> stays(@PathVariable UUID id, Authentication user) {
		List<FacilityStay> stays = this.facilities.staysAt(id);
		this.audit.record(user.getName(), AuditAction.SEARCH, "children", null, Map.of("facility", id));
		return stays;
	}

	@PostMapping("/api/v1/facilities/{id}/stays")
	ResponseEntity<FacilityStay> addStay(@PathVariable UUID id, @RequestBody NewStay stay, Authentication user) {
		FacilityStay recorded = this.facilities.addStay(id, stay, user.getName());
		return ResponseEntity.created(URI.create("/api/v1/facilities/" + id + "/stays")).body(recorded);
	}

	@GetMapping("/api/v1/children/{id}/journey")
	Journey journey(@PathVariable UUID id, Authentication user) {
		Journey journey = this.facilities.journey(id);
		this.audit.record(user.getName(), AuditAction.READ, "child", id.toString(), Map.of("view", "journey"));
		return journey;
	}

}
