package org.homeward.matching;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of linking jobs: the running job's progress (polled by htmx),
 * the button that re-links everything, and each job's report with what it changed, also
 * as CSV. The reports name mentions and children by id, never by name.
 */
@Controller
class LinkingJobController {

	private final LinkingJobs jobs;

	private final AuditLedger audit;

	LinkingJobController(LinkingJobs jobs, AuditLedger audit) {
		this.jobs = jobs;
		this.audit = audit;
	}

	@GetMapping("/admin/linking")
	String page(Model model) {
		model.addAttribute("jobs", this.jobs.recent());
		return "admin/linking";
	}

	@GetMapping("/admin/linking/progress")
	String progress(Model model) {
		model.addAttribute("jobs", this.jobs.recent());
		return "admin/linking :: progress";
	}

	@PostMapping("/admin/linking/relink")
	String relink(Authentication user, RedirectAttributes flash) {
		try {
			LinkingJob job = this.jobs.requestRelink(user.getName());
			flash.addFlashAttribute("started", job.id());
		}
		catch (IllegalStateException ex) {
			flash.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/admin/linking";
	}

	@GetMapping("/admin/linking/{id:\\d+}")
	String report(@PathVariable long id, Model model) {
		model.addAttribute("job", job(id));
		model.addAttribute("summary", this.jobs.summary(id));
		model.addAttribute("changes", this.jobs.changes(id));
		return "admin/linking-report";
	}

	@GetMapping(path = "/admin/linking/{id:\\d+}/changes.csv", produces = "text/csv")
	@ResponseBody
	ResponseEntity<String> csv(@PathVariable long id, Authentication user) throws IOException {
		job(id);
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setHeader("seq", "action", "outcome", "mention_id", "child_id", "other_child_id", "weight")
			.setRecordSeparator('\n')
			.get()
			.print(out)) {
			for (JdbcLinkingJobs.AppliedAction a : this.jobs.changes(id)) {
				csv.printRecord(a.action().seq(), a.action().kind(), a.outcome(), a.action().mentionId(),
						a.resultChild(), a.action().otherChildId(), String.format("%.3f", a.action().weight()));
			}
		}
		this.audit.record(user.getName(), AuditAction.EXPORT, "linking-job", Long.toString(id),
				Map.of("exported", "linking report"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"linking-job-" + id + ".csv\"")
			.body(out.toString());
	}

	private LinkingJob job(long id) {
		try {
			return this.jobs.job(id);
		}
		catch (NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
	}

}
