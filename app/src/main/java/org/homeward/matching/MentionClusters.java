package org.homeward.matching;

import java.util.HashMap;
import java.util.Map;

import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.Mention;
import org.homeward.evidence.Source;
import org.homeward.evidence.SourceMentions;
import org.homeward.linkage.evaluation.PairwiseEvaluation;
import org.homeward.linkage.evaluation.PairwiseScore;
import org.homeward.registry.ChildRegistry;

import org.springframework.stereotype.Component;

/**
 * The clustering that linking made of the mentions, for measuring it against a truth file
 * ({@code truth.csv} of {@code ./homeward generate}): a mention that became part of a
 * child is in that child's cluster (a merged record's in the survivor's); a mention
 * waiting for review or rejected is a cluster of its own.
 */
@Component
class MentionClusters {

	private final SourceMentions mentions;

	private final EvidenceArchive archive;

	private final JdbcDuplicates links;

	private final ChildRegistry registry;

	MentionClusters(SourceMentions mentions, EvidenceArchive archive, JdbcDuplicates links, ChildRegistry registry) {
		this.mentions = mentions;
		this.archive = archive;
		this.links = links;
		this.registry = registry;
	}

	/**
	 * Clusters of the mentions whose {@code record_id} the truth names.
	 * @param truth record id to true entity
	 * @return record id to cluster
	 */
	Map<String, String> clusters(Map<String, String> truth) {
		Map<Long, JdbcDuplicates.Link> linked = this.links.links();
		Map<String, String> clusters = new HashMap<>();
		for (Source source : this.archive.sources()) {
			for (Mention mention : this.mentions.mentions(source.id())) {
				if (truth.containsKey(mention.fields().recordId())) {
					clusters.put(mention.fields().recordId(), cluster(mention, linked.get(mention.id())));
				}
			}
		}
		return clusters;
	}

	/**
	 * Pairwise precision, recall and F1 of the mentions' clustering against a truth.
	 * @param truth record id to true entity
	 * @return the score
	 */
	PairwiseScore score(Map<String, String> truth) {
		Map<String, String> clusters = clusters(truth);
		Map<String, String> measured = new HashMap<>();
		clusters.keySet().forEach(id -> measured.put(id, truth.get(id)));
		return PairwiseEvaluation.score(measured, clusters);
	}

	private String cluster(Mention mention, JdbcDuplicates.Link link) {
		if (link == null || link.versionId() == null) {
			return "mention:" + mention.id();
		}
		java.util.UUID merged = this.registry.get(link.childId()).mergedInto();
		return ((merged != null) ? merged : link.childId()).toString();
	}

}
