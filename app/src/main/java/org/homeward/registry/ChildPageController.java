package org.homeward.registry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry's pages: the children list, a child's page, the forms.
 */
@Controller
@RequestMapping("/children")
class ChildPageController {

	private static final int PAGE_SIZE = 25;

	private final ChildRegistry registry;

	private final AuditLedger audit;

	private final VisibleChildren visible;

	ChildPageController(ChildRegistry registry, AuditLedger audit, VisibleChildren visible) {
		this.registry = registry;
		this.audit = audit;
		this.visible = visible;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable ChildStatus status,
			@RequestParam(required = false) @Nullable String oblast,
			@RequestParam(required = false) @Nullable Integer birthYear,
			@RequestParam(required = false) @Nullable String name, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Authentication user, Model model) {
		ChildQuery query = new ChildQuery(status, oblast, birthYear, name, Math.max(page, 0), PAGE_SIZE,
				Viewer.of(user));
		this.audit.record(user.getName(), AuditAction.SEARCH, "children", null, ChildApiController.queryDetail(query));
		model.addAttribute("query", query);
		model.addAttribute("result", this.registry.find(query));
		model.addAttribute("statuses", ChildStatus.values());
		boolean htmx = request.getHeader("HX-Request") != null;
		return htmx ? "children/list :: #results" : "children/list";
	}

	@GetMapping("/new")
	String newChild(Model model) {
		model.addAttribute("form", new NewChildForm());
		return formModel(model, "children/new");
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewChildForm form, BindingResult errors, Authentication user,
			Model model) {
		if (errors.hasErrors()) {
			return formModel(model, "children/new");
		}
		Child child = this.registry.register(form.toNewChild(), user.getName());
		return "redirect:/children/" + child.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Authentication user, Model model) {
		Child child = this.visible.read(id, user);
		model.addAttribute("child", child);
		model.addAttribute("access", FieldAccess.of(user));
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusForm());
		}
		if (!model.containsAttribute("eventForm")) {
			model.addAttribute("eventForm", new EventForm());
		}
		model.addAttribute("statuses", ChildStatus.values());
		model.addAttribute("eventTypes", EventType.values());
		model.addAttribute("organisations", new TreeSet<>(Consent.ORGANISATIONS));
		return "children/show";
	}

	@GetMapping("/{id}/identities/new")
	String newIdentity(@PathVariable UUID id, Authentication user, Model model) {
		model.addAttribute("child", this.visible.require(id, user));
		model.addAttribute("form", new IdentityForm());
		return formModel(model, "children/identity");
	}

	@PostMapping("/{id}/identities")
	String addIdentity(@PathVariable UUID id, @Valid @ModelAttribute("form") IdentityForm form, BindingResult errors,
			Authentication user, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("child", this.visible.require(id, user));
			return formModel(model, "children/identity");
		}
		this.visible.require(id, user);
		this.registry.addIdentity(id, form.toIdentity(), user.getName());
		return "redirect:/children/" + id;
	}

	@GetMapping("/{id}/identities/{versionId}/edit")
	String editIdentity(@PathVariable UUID id, @PathVariable UUID versionId, Authentication user, Model model) {
		Child child = this.visible.require(id, user);
		IdentityVersion version = child.identities()
			.stream()
			.filter(v -> v.id().equals(versionId))
			.findFirst()
			.orElseThrow(() -> new ChildNotFoundException(id, versionId));
		model.addAttribute("child", child);
		model.addAttribute("versionId", versionId);
		model.addAttribute("form", IdentityForm.of(version.identity()));
		return formModel(model, "children/identity");
	}

	@PostMapping("/{id}/identities/{versionId}")
	String correctIdentity(@PathVariable UUID id, @PathVariable UUID versionId,
			@Valid @ModelAttribute("form") IdentityForm form, BindingResult errors, Authentication user, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("child", this.visible.require(id, user));
			model.addAttribute("versionId", versionId);
			return formModel(model, "children/identity");
		}
		this.visible.require(id, user);
		this.registry.correctIdentity(id, versionId, form.toIdentity(), user.getName());
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult errors, Authentication user, RedirectAttributes redirect) {
		this.visible.require(id, user);
		if (errors.hasErrors()) {
			return keepErrors(id, "statusForm", form, errors, redirect);
		}
		try {
			this.registry.changeStatus(id, form.getStatus(), form.getDate(), form.getReason(), user.getName());
		}
		catch (IllegalStatusTransitionException ex) {
			errors.rejectValue("status", "refused", ex.getMessage());
			return keepErrors(id, "statusForm", form, errors, redirect);
		}
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/events")
	String addEvent(@PathVariable UUID id, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors,
			Authentication user, RedirectAttributes redirect) {
		this.visible.require(id, user);
		if (errors.hasErrors()) {
			return keepErrors(id, "eventForm", form, errors, redirect);
		}
		this.registry.addEvent(id, form.toNewEvent(), user.getName());
		return "redirect:/children/" + id + "#timeline";
	}

	@PostMapping("/{id}/notes")
	String updateNotes(@PathVariable UUID id, @RequestParam String notes, Authentication user) {
		this.visible.require(id, user);
		this.registry.updateNotes(id, notes, user.getName());
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/restriction")
	String restrict(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean restricted,
			@RequestParam(defaultValue = "") String grantees, Authentication user, RedirectAttributes redirect) {
		this.visible.require(id, user);
		try {
			this.registry.restrict(id, restricted,
					Arrays.stream(grantees.split("[\\s,]+")).filter(g -> !g.isBlank()).toList(), user.getName());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("restrictionError", ex.getMessage());
		}
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/consent")
	String consent(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean tracing,
			@RequestParam(required = false) @Nullable List<String> shareWith,
			@RequestParam(defaultValue = "") String givenBy, @RequestParam(required = false) @Nullable LocalDate date,
			Authentication user, RedirectAttributes redirect) {
		this.visible.require(id, user);
		try {
			this.registry.recordConsent(id, new Consent(tracing, (shareWith != null) ? shareWith : List.of(), givenBy,
					(date != null) ? date : LocalDate.now()), user.getName());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("consentError", ex.getMessage());
		}
		return "redirect:/children/" + id;
	}

	private static String keepErrors(UUID id, String name, Object form, BindingResult errors,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute(name, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
		return "redirect:/children/" + id;
	}

	private static String formModel(Model model, String view) {
		model.addAttribute("statuses", ChildStatus.values());
		model.addAttribute("sexes", Sex.values());
		return view;
	}

}
