package org.homeward.votes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The voting board as images: a hand-written SVG and a PNG drawn with Java2D, both from
 * {@link BoardLayout}, 1920 × 1080.
 */
@Controller
class BoardImageController {

	private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

	private final GeneralAssemblyVotes votes;

	BoardImageController(GeneralAssemblyVotes votes) {
		this.votes = votes;
	}

	@GetMapping("/votes/{id:\\d+}/board.svg")
	ResponseEntity<byte[]> svg(@PathVariable long id) {
		String svg = BoardSvg.render(BoardLayout.of(this.votes.board(id)));
		return image(SVG, svg.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/votes/{id:\\d+}/board.png")
	ResponseEntity<byte[]> png(@PathVariable long id) {
		return image(MediaType.IMAGE_PNG, BoardPng.render(BoardLayout.of(this.votes.board(id))));
	}

	@ExceptionHandler(VotesNotFoundException.class)
	ResponseEntity<String> notFound(VotesNotFoundException ex) {
		return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

	private static ResponseEntity<byte[]> image(MediaType type, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(bytes);
	}

}
