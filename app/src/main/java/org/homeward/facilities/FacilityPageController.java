package org.homeward.facilities;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facility list and a facility's page. Everyone sees the facilities; only those who
 * may see children see which children stayed there, others a suppressed count.
 */
@Controller
class FacilityPageController {

	private final Facilities facilities;

	private final ChildRegistry registry;

	private final AuditLedger audit;

	private final MessageSource messages;

	FacilityPageController(Facilities facilities, ChildRegistry registry, AuditLedger audit, MessageSource messages) {
		this.facilities = facilities;
		this.registry = registry;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/facilities")
	String list(@RequestParam(required = false) @Nullable FacilityType type,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable ActivityKind activity, @Nullable Authentication user,
			Locale locale, Model model) {
		FacilityQuery query = new FacilityQuery(type, country, activity);
		boolean exact = ChildReaders.canSeeChildren(user);
		Map<UUID, Integer> counts = this.facilities.childCounts();
		List<Row> rows = this.facilities.find(query)
			.stream()
			.map(f -> new Row(f, f.details().names().display(locale),
					countLabel(counts.getOrDefault(f.id(), 0), exact, locale)))
			.sorted(Comparator.comparing(Row::name))
			.toList();
		model.addAttribute("query", query);
		model.addAttribute("rows", rows);
		model.addAttribute("types", FacilityType.values());
		model.addAttribute("activities", ActivityKind.values());
		model.addAttribute("countries",
				this.facilities.find(FacilityQuery.all())
					.stream()
					.map(f -> f.details().country())
					.distinct()
					.sorted()
					.toList());
		return "facilities/list";
	}

	@GetMapping("/facilities/{id}")
	String show(@PathVariable UUID id, @Nullable Authentication user, Locale locale, Model model) {
		Facility facility = this.facilities.get(id);
		List<FacilityStay> stays = this.facilities.staysAt(id);
		boolean readers = ChildReaders.canSeeChildren(user);
		model.addAttribute("facility", facility);
		model.addAttribute("name", facility.details().names().display(locale));
		model.addAttribute("readers", readers);
		model.addAttribute("childrenLabel",
				countLabel((int) stays.stream().map(s -> s.stay().childId()).distinct().count(), readers, locale));
		if (readers) {
			this.audit.record(user.getName(), AuditAction.SEARCH, "children", null, Map.of("facility", id));
			model.addAttribute("stays", visits(stays));
		}
		return "facilities/show";
	}

	/**
	 * Imports a CSV or GeoJSON file from the list page; the outcome (what was stored and
	 * flagged, or every refused line) is shown on the list.
	 */
	@PostMapping("/facilities/import")
	String importFile(@RequestParam("file") MultipartFile file, Authentication user, RedirectAttributes redirect)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			ImportFormat format = ImportFormat.ofFileName(String.valueOf(file.getOriginalFilename()));
			ImportResult result = this.facilities.importFile(format, in, user.getName());
			redirect.addFlashAttribute("imported", result);
		}
		catch (InvalidFacilityException ex) {
			redirect.addFlashAttribute("importProblems",
					ex.problems().stream().map(FacilityProblem::toString).toList());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("importProblems", List.of(String.valueOf(ex.getMessage())));
		}
		return "redirect:/facilities";
	}

	/** The stays by date, each with the child's case number and own name. */
	private List<Visit> visits(List<FacilityStay> stays) {
		Map<UUID, Child> children = new LinkedHashMap<>();
		List<Visit> visits = new ArrayList<>();
		for (FacilityStay stay : stays) {
			Child child = children.computeIfAbsent(stay.stay().childId(), this.registry::get);
			LocalDate from = stay.stay().from();
			if (from == null && stay.stay().eventId() != null) {
				from = child.events()
					.stream()
					.filter(e -> e.id().equals(stay.stay().eventId()) && e.event().date() != null)
					.map(e -> e.event().date().earliest())
					.findFirst()
					.orElse(null);
			}
			visits.add(new Visit(child.id(), child.caseNumber(), child.primaryIdentity().identity().fullName(),
					child.synthetic(), from, stay.stay().to(), stay.stay().source()));
		}
		visits.sort(Comparator.comparing(Visit::from, Comparator.nullsLast(Comparator.naturalOrder())));
		return visits;
	}

	String countLabel(int count, boolean exact, Locale locale) {
		Integer visible = ChildReaders.visible(count, exact);
		return (visible != null) ? Integer.toString(visible)
				: this.messages.getMessage("facilities.fewerThan5", null, "fewer than 5", locale);
	}

	/** One line of the facility list. */
	record Row(Facility facility, String name, String children) {
	}

	/** One child's stay, for the facility page of a user who may see children. */
	record Visit(UUID childId, String caseNumber, String name, boolean synthetic, @Nullable LocalDate from,
			@Nullable LocalDate to, String source) {
	}

}
