package org.homeward.votes;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The votes API: resolutions, their votes as JSON or CSV ({@code Accept: text/csv} or
 * {@code ?format=csv}), member states, and the import of voting files (multipart, JSON,
 * or a CSV body).
 */
@RestController
@RequestMapping("/api/v1")
class VotesApiController {

	static final String ATTRIBUTION = "Member-state names derive from mledoze/countries (ODbL 1.0)";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final GeneralAssemblyVotes votes;

	VotesApiController(GeneralAssemblyVotes votes) {
		this.votes = votes;
	}

	@GetMapping("/member-states")
	MemberStates memberStates() {
		return new MemberStates(ATTRIBUTION, this.votes.memberStates());
	}

	@GetMapping("/resolutions")
	List<ResolutionView> resolutions() {
		return this.votes.resolutions().stream().map(ResolutionView::of).toList();
	}

	@GetMapping("/resolutions/{id}")
	ResolutionView resolution(@PathVariable long id) {
		return ResolutionView.of(this.votes.board(id).resolution());
	}

	@GetMapping("/resolutions/{id}/votes")
	ResponseEntity<?> votes(@PathVariable long id, @RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		VotingBoard board = this.votes.board(id);
		boolean csv = "csv".equalsIgnoreCase(format)
				|| (format == null && accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv"));
		if (!csv) {
			return ResponseEntity.ok(BoardView.of(board));
		}
		String name = board.resolution().symbol().replaceAll("[^A-Za-z0-9.-]+", "_") + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
			.header("X-Data-Attribution", ATTRIBUTION)
			.body(csv(board));
	}

	@PostMapping(path = "/resolutions/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> importFile(@RequestPart("file") MultipartFile file,
			@ModelAttribute ImportOptions options, Authentication user) throws IOException {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload.csv";
		return imported(options.toImport(name, new String(file.getBytes(), StandardCharsets.UTF_8)), user);
	}

	@PostMapping(path = "/resolutions/imports", consumes = "text/csv")
	ResponseEntity<ImportReport> importCsv(@RequestBody String content, @ModelAttribute ImportOptions options,
			@RequestParam(defaultValue = "upload.csv") String fileName, Authentication user) {
		return imported(options.toImport(fileName, content), user);
	}

	@PostMapping(path = "/resolutions/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ImportReport> importJson(@RequestBody JsonImport body, Authentication user) {
		ImportOptions options = (body.options() != null) ? body.options() : ImportOptions.none();
		String name = (body.fileName() != null) ? body.fileName() : "upload.csv";
		return imported(options.toImport(name, body.content()), user);
	}

	@ExceptionHandler(VoteImportRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(VoteImportRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.problems().size() + " problem(s) in the file; nothing was stored.");
		problem.setTitle("Voting file refused");
		problem.setProperty("problems", ex.problems());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private ResponseEntity<ImportReport> imported(VoteImport file, Authentication user) {
		ImportReport report = this.votes.importVotes(file, user.getName());
		URI location = URI.create("/api/v1/resolutions/" + report.resolutions().get(0).id());
		return ResponseEntity.created(location).body(report);
	}

	private static String csv(VotingBoard board) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder()
					.setHeader("resolution", "ms_code", "iso2", "ms_name", "regional_group", "ms_vote")
					.get())) {
			for (RecordedVote seat : board.seats()) {
				MemberState m = seat.member();
				printer.printRecord(board.resolution().symbol(), m.code(), m.iso2(), m.gaName(), m.regionalGroup(),
						(seat.vote() != null) ? seat.vote().letter() : "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	record JsonImport(@Nullable String fileName, String content, @Nullable ImportOptions options) {

		JsonImport {
			if (content == null || content.isBlank()) {
				throw new IllegalArgumentException("content: the file's text is required");
			}
		}

	}

	record MemberStates(String attribution, List<MemberState> memberStates) {

	}

	record ResolutionView(long id, String symbol, @Nullable String draftSymbol, String title, @Nullable String session,
			@Nullable String meeting, LocalDate date, @Nullable LocalTime time, Majority requiredMajority,
			int requiredYes, boolean adopted, Tally totals, boolean synthetic, @Nullable String source, String board) {

		static ResolutionView of(Resolution r) {
			return new ResolutionView(r.id(), r.symbol(), r.draftSymbol(), r.title(), r.session(), r.meeting(),
					r.date(), r.time(), r.majority(), r.requiredYes(), r.adopted(), r.tally(), r.synthetic(),
					r.source(), "/votes/" + r.id());
		}

	}

	record BoardView(ResolutionView resolution, List<SeatView> votes, String attribution) {

		static BoardView of(VotingBoard board) {
			return new BoardView(ResolutionView.of(board.resolution()),
					board.seats().stream().map(SeatView::of).toList(), ATTRIBUTION);
		}

	}

	record SeatView(String code, String iso2, String name, String regionalGroup, @Nullable Vote vote, String letter) {

		static SeatView of(RecordedVote seat) {
			MemberState m = seat.member();
			return new SeatView(m.code(), m.iso2(), m.gaName(), m.regionalGroup(), seat.vote(), seat.letter());
		}

	}

}
