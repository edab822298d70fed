package org.homeward.registry;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The registry's JSON API under {@code /api/v1/children}.
 */
@RestController
@RequestMapping("/api/v1/children")
class ChildApiController {

	private final ChildRegistry registry;

	private final AuditLedger audit;

	private final VisibleChildren visible;

	ChildApiController(ChildRegistry registry, AuditLedger audit, VisibleChildren visible) {
		this.registry = registry;
		this.audit = audit;
		this.visible = visible;
	}

	@GetMapping
	ChildPage list(@RequestParam(required = false) @Nullable ChildStatus status,
			@RequestParam(required = false) @Nullable String oblast,
			@RequestParam(required = false) @Nullable Integer birthYear,
			@RequestParam(required = false) @Nullable String name, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Authentication user) {
		FieldAccess access = FieldAccess.of(user);
		if (name != null && !access.identifying()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Searching by name needs a role that sees names.");
		}
		ChildQuery query = new ChildQuery(status, oblast, birthYear, name, page, size, Viewer.of(user));
		ChildPage result = this.registry.find(query);
		this.audit.record(user.getName(), AuditAction.SEARCH, "children", null, queryDetail(query));
		return access.apply(result);
	}

	@GetMapping("/{id}")
	ChildView get(@PathVariable UUID id, Authentication user) {
		return ChildView.of(this.visible.read(id, user), FieldAccess.of(user));
	}

	static Map<String, Object> queryDetail(ChildQuery query) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("status", query.status());
		detail.put("oblast", query.oblast());
		detail.put("birthYear", query.birthYear());
		detail.put("name", query.name());
		detail.put("page", query.page());
		detail.values().removeIf(v -> v == null);
		return detail;
	}

	@PostMapping
	ResponseEntity<ChildView> create(@Valid @RequestBody NewChildForm form, Authentication user) {
		Child child = this.registry.register(form.toNewChild(), user.getName());
		return ResponseEntity.created(URI.create("/api/v1/children/" + child.id()))
			.body(ChildView.of(child, FieldAccess.of(user)));
	}

	@PutMapping("/{id}")
	ChildView update(@PathVariable UUID id, @Valid @RequestBody NotesForm form, Authentication user) {
		this.visible.require(id, user);
		return ChildView.of(this.registry.updateNotes(id, form.notes(), user.getName()), FieldAccess.of(user));
	}

	@PostMapping("/{id}/identities")
	ResponseEntity<ChildView> addIdentity(@PathVariable UUID id, @Valid @RequestBody IdentityForm form,
			Authentication user) {
		this.visible.require(id, user);
		Child child = this.registry.addIdentity(id, form.toIdentity(), user.getName());
		return ResponseEntity.created(URI.create("/api/v1/children/" + id))
			.body(ChildView.of(child, FieldAccess.of(user)));
	}

	@PutMapping("/{id}/identities/{versionId}")
	ChildView correctIdentity(@PathVariable UUID id, @PathVariable UUID versionId,
			@Valid @RequestBody IdentityForm form, Authentication user) {
		this.visible.require(id, user);
		return ChildView.of(this.registry.correctIdentity(id, versionId, form.toIdentity(), user.getName()),
				FieldAccess.of(user));
	}

	@PostMapping("/{id}/status")
	ChildView changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusForm form, Authentication user) {
		this.visible.require(id, user);
		return ChildView.of(
				this.registry.changeStatus(id, form.getStatus(), form.getDate(), form.getReason(), user.getName()),
				FieldAccess.of(user));
	}

	@PostMapping("/{id}/events")
	ResponseEntity<ChildView> addEvent(@PathVariable UUID id, @Valid @RequestBody EventForm form, Authentication user) {
		this.visible.require(id, user);
		Child child = this.registry.addEvent(id, form.toNewEvent(), user.getName());
		return ResponseEntity.created(URI.create("/api/v1/children/" + id))
			.body(ChildView.of(child, FieldAccess.of(user)));
	}

	@PutMapping("/{id}/restriction")
	ChildView restrict(@PathVariable UUID id, @Valid @RequestBody RestrictionForm form, Authentication user) {
		this.visible.require(id, user);
		return ChildView.of(this.registry.restrict(id, form.restricted(), form.grantees(), user.getName()),
				FieldAccess.of(user));
	}

	@PutMapping("/{id}/consent")
	ChildView consent(@PathVariable UUID id, @Valid @RequestBody ConsentForm form, Authentication user) {
		this.visible.require(id, user);
		return ChildView.of(this.registry.recordConsent(id, form.toConsent(), user.getName()), FieldAccess.of(user));
	}

	@PostMapping("/{id}/merge")
	ChildView merge(@PathVariable UUID id, @Valid @RequestBody MergeForm form, Authentication user) {
		this.visible.require(id, user);
		this.visible.require(form.merged(), user);
		return ChildView.of(this.registry.merge(id, form.merged(), form.reason(), user.getName()),
				FieldAccess.of(user));
	}

	@PostMapping("/{id}/split")
	ChildView split(@PathVariable UUID id, @Valid @RequestBody SplitForm form, Authentication user) {
		this.visible.require(id, user);
		return ChildView.of(this.registry.split(id, form.reason(), user.getName()), FieldAccess.of(user));
	}

	record MergeForm(@NotNull UUID merged, @NotBlank String reason) {
	}

	record SplitForm(@NotBlank String reason) {
	}

	record RestrictionForm(boolean restricted, List<String> grantees) {

		RestrictionForm {
			grantees = (grantees != null) ? grantees : List.of();
		}

	}

	record ConsentForm(boolean tracing, List<String> shareWith, @NotBlank String givenBy,
			@NotNull @PastOrPresent LocalDate date) {

		Consent toConsent() {
			return new Consent(this.tracing, (this.shareWith != null) ? this.shareWith : List.of(), this.givenBy,
					this.date);
		}

	}

	record NotesForm(@Size(max = 10000) String notes) {

		NotesForm {
			notes = (notes != null) ? notes : "";
		}

	}

}
