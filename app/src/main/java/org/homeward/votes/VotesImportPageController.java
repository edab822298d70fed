package org.homeward.votes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page for voting files, for investigators and administrators. A refused file
 * is shown again with every problem (line, column, reason); nothing of it is stored.
 */
@Controller
class VotesImportPageController {

	private final GeneralAssemblyVotes votes;

	VotesImportPageController(GeneralAssemblyVotes votes) {
		this.votes = votes;
	}

	@GetMapping("/votes/import")
	String form(Model model) {
		model.addAttribute("options", ImportOptions.none());
		return "votes/import";
	}

	@PostMapping("/votes/import")
	String upload(@RequestParam("file") MultipartFile file, @ModelAttribute("options") ImportOptions options,
			Authentication user, Model model, HttpServletResponse response) throws IOException {
		String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
				? file.getOriginalFilename() : "upload.csv";
		try {
			VoteImport request = options.toImport(name, new String(file.getBytes(), StandardCharsets.UTF_8));
			model.addAttribute("report", this.votes.importVotes(request, user.getName()));
		}
		catch (VoteImportRejectedException ex) {
			model.addAttribute("problems", ex.problems());
			response.setStatus(422);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("problems", List.of(new ImportProblem(name, 0, "", String.valueOf(ex.getMessage()))));
			response.setStatus(400);
		}
		return "votes/import";
	}

}
