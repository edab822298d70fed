package org.homeward.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.registry.ChildStatus;
import org.homeward.registry.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search box: a page and the same search as JSON. Every search is in the audit ledger
 * with its text.
 */
@Controller
class SearchController {

	private final ChildSearch search;

	private final AuditLedger audit;

	SearchController(ChildSearch search, AuditLedger audit) {
		this.search = search;
		this.audit = audit;
	}

	@GetMapping("/api/v1/search/children")
	@ResponseBody
	SearchResult api(@RequestParam String q, @RequestParam(required = false) @Nullable Integer birthYear,
			@RequestParam(required = false) @Nullable String oblast,
			@RequestParam(required = false) @Nullable ChildStatus status, @RequestParam(defaultValue = "20") int limit,
			Authentication user) {
		try {
			return new SearchResult(q, run(q, birthYear, oblast, status, limit, user));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	@GetMapping("/search")
	String page(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable Integer birthYear,
			@RequestParam(required = false) @Nullable String oblast,
			@RequestParam(required = false) @Nullable ChildStatus status, Authentication user, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("statuses", ChildStatus.values());
		if (!q.isBlank()) {
			try {
				model.addAttribute("hits", run(q, birthYear, oblast, status, 50, user));
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("searchError", ex.getMessage());
			}
		}
		return "search";
	}

	private List<SearchHit> run(String q, @Nullable Integer birthYear, @Nullable String oblast,
			@Nullable ChildStatus status, int limit, Authentication user) {
		String cleanOblast = (oblast == null || oblast.isBlank()) ? null : oblast.strip();
		List<SearchHit> hits = this.search.search(q, new ChildSearch.Filters(birthYear, cleanOblast, status),
				Viewer.of(user), limit);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("text", q);
		detail.put("results", hits.size());
		if (birthYear != null) {
			detail.put("birthYear", birthYear);
		}
		if (cleanOblast != null) {
			detail.put("oblast", cleanOblast);
		}
		if (status != null) {
			detail.put("status", status);
		}
		this.audit.record(user.getName(), AuditAction.SEARCH, "children", null, detail);
		return hits;
	}

	/**
	 * What the API returns.
	 *
	 * @param query the text searched for
	 * @param hits the children found, strongest first
	 */
	record SearchResult(String query, List<SearchHit> hits) {
	}

}
