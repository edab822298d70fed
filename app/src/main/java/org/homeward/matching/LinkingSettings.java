package org.homeward.matching;

import java.util.Locale;

import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.LinkageOptions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How batch linking decides, from the {@code homeward.matching.*} properties:
 * {@code match-probability} (default 0.9: pairs clustered at or above it are linked),
 * {@code review-probability} (default 0.05: pairs between it and the match threshold go
 * to the review queue) and {@code auto-link} (default true; false sends every would-be
 * link to the review queue instead). Below the review threshold a mention becomes a new,
 * unidentified child. The engine's other options are the command line's defaults, so that
 * the application links as {@code ./homeward link} does.
 */
@Component
class LinkingSettings {

	private final LinkageOptions options;

	private final boolean autoLink;

	LinkingSettings(@Value("${homeward.matching.match-probability:0.9}") double matchProbability,
			@Value("${homeward.matching.review-probability:0.05}") double reviewProbability,
			@Value("${homeward.matching.auto-link:true}") boolean autoLink) {
		LinkageOptions defaults = LinkageOptions.defaults(FieldProfile.person());
		this.options = new LinkageOptions(defaults.profile(), matchProbability, reviewProbability,
				defaults.maxBlockSize(), defaults.threads(), defaults.trainingPairs(), defaults.seed());
		this.autoLink = autoLink;
	}

	LinkageOptions options() {
		return this.options;
	}

	boolean autoLink() {
		return this.autoLink;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "match %.2f, review %.2f, auto-link %s", this.options.matchProbability(),
				this.options.reviewProbability(), this.autoLink);
	}

}
