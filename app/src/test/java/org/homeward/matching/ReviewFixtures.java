package org.homeward.matching;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.MentionUpload;
import org.homeward.evidence.SourceDraft;
import org.homeward.evidence.SourceKind;
import org.homeward.evidence.SourceMentions;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.ChildStatus;
import org.homeward.registry.Identity;
import org.homeward.registry.NewChild;
import org.homeward.registry.PartialDate;
import org.homeward.registry.Sex;

/**
 * Synthetic children and mentions files for the review tests. Every name is invented;
 * each call takes a family name of its own so that tests sharing a database do not see
 * each other's children.
 */
final class ReviewFixtures {

	static final String HEADER = "record_id,source,given_name,family_name,patronymic,sex,birth_date,settlement,oblast,"
			+ "free_text,place_in_source\n";

	private ReviewFixtures() {
	}

	/**
	 * Registers a synthetic girl born 2014-03-09 in Melitopol.
	 * @param registry the registry
	 * @param familyName her family name, in Cyrillic
	 * @return the child
	 */
	static Child registerGirl(ChildRegistry registry, String familyName) {
		return registerGirl(registry, "Богдана", familyName);
	}

	/**
	 * Registers a synthetic girl born 2014-03-09 in Melitopol, with a given name of the
	 * test's own, so that tests sharing a database do not propose each other's children.
	 * @param registry the registry
	 * @param givenName her given name, in Cyrillic
	 * @param familyName her family name, in Cyrillic
	 * @return the child
	 */
	static Child registerGirl(ChildRegistry registry, String givenName, String familyName) {
		return registry.register(new NewChild(
				new Identity(givenName, familyName, "Олегівна", Sex.F, PartialDate.parse("2014-03-09"), "Мелітополь",
						"Запорізька", "UKR", List.of(), null, "family request", null, null, false),
				ChildStatus.REPORTED_MISSING, null, null, true), "tester");
	}

	/**
	 * A mention that the engine places in the review band against {@link #registerGirl}.
	 * @param recordId the row's record id
	 * @param familyName the girl's family name
	 * @return one CSV row
	 */
	static String uncertainRow(String recordId, String familyName) {
		return uncertainRow(recordId, "Богдана", familyName);
	}

	static String uncertainRow(String recordId, String givenName, String familyName) {
		return recordId + ",list," + givenName + "," + familyName + ",,F,,Суми,,\"Named on a list\",p. 3\n";
	}

	static long source(EvidenceArchive archive, String title) {
		return archive
			.createSource(new SourceDraft(SourceKind.OFFICIAL_LIST, title, "Synthetic Office", null, "uk", null, null,
					"B2", false, "synthetic test source"), "tester")
			.id();
	}

	/**
	 * Imports a mentions file and waits until its linking job finished.
	 */
	static void importCsv(SourceMentions mentions, LinkingJobs jobs, long sourceId, String rows) {
		byte[] content = (HEADER + rows).getBytes(StandardCharsets.UTF_8);
		mentions.importMentions(sourceId, new MentionUpload("mentions.csv", content, false), "tester");
		awaitLinking(jobs);
	}

	/**
	 * Imports a mentions file without waiting for its linking job.
	 */
	static void importCsvWithoutLinking(SourceMentions mentions, long sourceId, String rows) {
		byte[] content = (HEADER + rows).getBytes(StandardCharsets.UTF_8);
		mentions.importMentions(sourceId, new MentionUpload("mentions.csv", content, false), "tester");
	}

	static void awaitLinking(LinkingJobs jobs) {
		if (!jobs.awaitIdle(Duration.ofSeconds(60))) {
			throw new AssertionError("linking jobs did not finish within a minute");
		}
	}

}
