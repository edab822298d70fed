package org.homeward.registry;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;

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

	ChildPageController(ChildRegistry registry, AuditLedger audit) {
		this.registry = registry;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable ChildStatus status,
			@RequestParam(required = false) @Nullable String oblast,
			@RequestParam(required = false) @Nullable Integer birthYear,
			@RequestParam(required = false) @Nullable String name, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Authentication user, Model model) {
		ChildQuery query = new ChildQuery(status, oblast, birthYear, name, Math.max(page, 0), PAGE_SIZE);
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
		Child child = this.registry.get(id);
		this.audit.record(user.getName(), AuditAction.READ, "child", id.toString(), Map.of());
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
		return "children/show";
	}

	@GetMapping("/{id}/identities/new")
	String newIdentity(@PathVariable UUID id, Model model) {
		model.addAttribute("child", this.registry.get(id));
		model.addAttribute("form", new IdentityForm());
		return formModel(model, "children/identity");
	}

	@PostMapping("/{id}/identities")
	String addIdentity(@PathVariable UUID id, @Valid @ModelAttribute("form") IdentityForm form, BindingResult errors,
			Authentication user, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("child", this.registry.get(id));
			return formModel(model, "children/identity");
		}
		this.registry.addIdentity(id, form.toIdentity(), user.getName());
		return "redirect:/children/" + id;
	}

	@GetMapping("/{id}/identities/{versionId}/edit")
	String editIdentity(@PathVariable UUID id, @PathVariable UUID versionId, Model model) {
		Child child = this.registry.get(id);
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
			model.addAttribute("child", this.registry.get(id));
			model.addAttribute("versionId", versionId);
			return formModel(model, "children/identity");
		}
		this.registry.correctIdentity(id, versionId, form.toIdentity(), user.getName());
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") StatusForm form,
			BindingResult errors, Authentication user, RedirectAttributes redirect) {
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
		if (errors.hasErrors()) {
			return keepErrors(id, "eventForm", form, errors, redirect);
		}
		this.registry.addEvent(id, form.toNewEvent(), user.getName());
		return "redirect:/children/" + id + "#timeline";
	}

	@PostMapping("/{id}/notes")
	String updateNotes(@PathVariable UUID id, @RequestParam String notes, Authentication user) {
		this.registry.updateNotes(id, notes, user.getName());
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
