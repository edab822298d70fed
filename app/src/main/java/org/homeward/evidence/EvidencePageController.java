package org.homeward.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evidence pages: the list of sources, the create form, a source's page (captures,
 * upload and URL capture, mentions import with a preview) and an item's page with its
 * chain of custody.
 */
@Controller
class EvidencePageController {

	private static final int PREVIEW_BYTES = 20_000;

	private final EvidenceArchive archive;

	private final SourceMentions mentions;

	EvidencePageController(EvidenceArchive archive, SourceMentions mentions) {
		this.archive = archive;
		this.mentions = mentions;
	}

	@GetMapping("/evidence")
	String home() {
		return "redirect:/evidence/sources";
	}

	@GetMapping("/evidence/sources")
	String list(Model model, Authentication user) {
		model.addAttribute("sources", this.archive.sources().stream().map(s -> SourceView.of(s, user)).toList());
		return "evidence/sources";
	}

	@GetMapping("/evidence/sources/new")
	String form(Model model) {
		model.addAttribute("form", SourceForm.empty());
		model.addAttribute("kinds", SourceKind.values());
		return "evidence/new";
	}

	@PostMapping("/evidence/sources")
	String create(@ModelAttribute("form") SourceForm form, Authentication user, Model model,
			HttpServletResponse response) {
		try {
			return "redirect:/evidence/sources/" + this.archive.createSource(form.toDraft(), user.getName()).id();
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("kinds", SourceKind.values());
			response.setStatus(400);
			return "evidence/new";
		}
	}

	@GetMapping("/evidence/sources/{id}")
	String show(@PathVariable long id, Model model, Authentication user) {
		model.addAttribute("source", SourceView.of(this.archive.source(id), user));
		model.addAttribute("captures", this.archive.captures(id));
		model.addAttribute("mentions", this.mentions.mentions(id));
		return "evidence/source";
	}

	@PostMapping("/evidence/sources/{id}/uploads")
	String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication user,
			RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
			this.archive.upload(id, name, file.getContentType(), in, user.getName());
			redirect.addFlashAttribute("notice", "evidence.captured");
		}
		catch (EvidenceRefusedException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/evidence/sources/" + id;
	}

	@PostMapping("/evidence/sources/{id}/captures")
	String capture(@PathVariable long id, @RequestParam(defaultValue = "") String url, Authentication user,
			RedirectAttributes redirect) {
		try {
			this.archive.captureUrl(id, url.strip(), user.getName());
			redirect.addFlashAttribute("notice", "evidence.captured");
		}
		catch (EvidenceRefusedException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/evidence/sources/" + id;
	}

	@PostMapping("/evidence/sources/{id}/mentions")
	String mentions(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean skipInvalid,
			@RequestParam(defaultValue = "preview") String action, Authentication user, Model model,
			HttpServletResponse response) throws IOException {
		if (file != null && !file.isEmpty()) {
			try {
				MentionUpload upload = SourcesApiController.mentionUpload(file, skipInvalid);
				if (action.equals("import")) {
					model.addAttribute("report", this.mentions.importMentions(id, upload, user.getName()));
				}
				else {
					model.addAttribute("preview", this.mentions.preview(upload));
				}
			}
			catch (MentionImportRejectedException ex) {
				model.addAttribute("problems", ex.problems());
				response.setStatus(422);
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("error", ex.getMessage());
				response.setStatus(400);
			}
		}
		return show(id, model, user);
	}

	@GetMapping("/evidence/items/{id}")
	String item(@PathVariable("id") String sha256, Model model, Authentication user) throws IOException {
		var items = this.archive.items(sha256);
		model.addAttribute("sha256", sha256);
		model.addAttribute("items", items);
		EvidenceItem first = items.get(0);
		if (first.contentType().startsWith("text/plain") || first.role() == ItemRole.EXTRACTED_TEXT) {
			try (InputStream in = this.archive.open(sha256, CustodyAction.VIEW, user.getName())) {
				model.addAttribute("text", new String(in.readNBytes(PREVIEW_BYTES), StandardCharsets.UTF_8));
			}
		}
		model.addAttribute("custody", this.archive.custody(sha256));
		return "evidence/item";
	}

	@GetMapping("/evidence/items/{id}/content")
	ResponseEntity<InputStreamResource> download(@PathVariable("id") String sha256, Authentication user) {
		return EvidenceItemsApiController.download(this.archive, sha256, user.getName());
	}

	@ExceptionHandler(NoSuchElementException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NoSuchElementException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "not-found";
	}

}
