package org.homeward.facilities;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.registry.ChildRegistry;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's journey page, read like the child's record, and the form that links one of
 * the child's timeline events to a facility.
 */
@Controller
class JourneyPageController {

	private final Facilities facilities;

	private final ChildRegistry registry;

	private final AuditLedger audit;

	JourneyPageController(Facilities facilities, ChildRegistry registry, AuditLedger audit) {
		this.facilities = facilities;
		this.registry = registry;
		this.audit = audit;
	}

	@GetMapping("/children/{id}/journey")
	String journey(@PathVariable UUID id, Authentication user, Model model) {
		Journey journey = this.facilities.journey(id);
		this.audit.record(user.getName(), AuditAction.READ, "child", id.toString(), Map.of("view", "journey"));
		model.addAttribute("journey", journey);
		model.addAttribute("child", this.registry.get(id));
		model.addAttribute("facilities", this.facilities.find(FacilityQuery.all()));
		model.addAttribute("canLink", ChildReaders.canLinkChildren(user));
		return "facilities/journey";
	}

	@PostMapping("/facilities/stays")
	String addStay(@RequestParam UUID childId, @RequestParam UUID facilityId,
			@RequestParam(required = false) @Nullable UUID eventId,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "") String source, Authentication user, RedirectAttributes redirect) {
		try {
			this.facilities.addStay(facilityId, new NewStay(childId, eventId, from, to, source), user.getName());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("stayError", ex.getMessage());
		}
		return "redirect:/children/" + childId + "/journey";
	}

}
