package org.homeward.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;

import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.Mention;
import org.homeward.evidence.SourceMentions;
import org.homeward.linkage.FieldWeight;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.PairExplanation;
import org.homeward.linkage.text.NameNormaliser;
import org.homeward.linkage.text.Romanisation;
import org.homeward.linkage.text.TextLanguage;
import org.homeward.matching.ReviewComparison.FieldComparison;
import org.homeward.matching.ReviewComparison.OtherCandidate;
import org.homeward.registry.Child;
import org.homeward.registry.ChildNotFoundException;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.IdentityVersion;
import org.homeward.registry.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the review pages and API show. The queue: each item with the mention's name, the
 * candidate child's case number and the source's title. The comparison: re-explains the
 * pair with the index's model (so the weights are today's), renders every value in its
 * script and in Latin (Ukrainian national system of 2010), and lists the other
 * candidates.
 */
@Component
class ReviewViews {

	/** What the queue shows as the "source" of a duplicate proposal. */
	static final String DUPLICATE_SOURCE = "registry: possible duplicate";

	private final ReviewQueue queue;

	private final IdentityIndex index;

	private final MentionLinker linker;

	private final ChildRegistry registry;

	private final SourceMentions mentions;

	private final EvidenceArchive archive;

	ReviewViews(ReviewQueue queue, IdentityIndex index, MentionLinker linker, ChildRegistry registry,
			SourceMentions mentions, EvidenceArchive archive) {
		this.queue = queue;
		this.index = index;
		this.linker = linker;
		this.registry = registry;
		this.mentions = mentions;
		this.archive = archive;
	}

	/**
	 * The open items a viewer may see.
	 * @param order the order
	 * @param sourceId only this source, or null
	 * @param viewer who looks
	 * @return the entries
	 */
	List<QueueEntry> queue(JdbcReviewRepository.Order order, @Nullable Long sourceId, Viewer viewer) {
		List<QueueEntry> entries = new ArrayList<>();
		for (ReviewItem item : this.queue.open(order, sourceId)) {
			Child child = this.registry.get(item.childId());
			if (item.duplicate()) {
				duplicateEntry(item, child, viewer, entries);
				continue;
			}
			Mention mention = this.mentions.mention(Objects.requireNonNull(item.mentionId())).orElse(null);
			if (viewer.maySee(child) && mention != null) {
				entries.add(new QueueEntry(item,
						MentionRecords.identity(mention, MentionRecords.citation(mention)).fullName(),
						MentionRecords.citation(mention), child.caseNumber(),
						child.primaryIdentity().identity().fullName(), sourceTitle(item.sourceId())));
			}
		}
		return entries;
	}

	private void duplicateEntry(ReviewItem item, Child child, Viewer viewer, List<QueueEntry> entries) {
		Child other = this.registry.get(Objects.requireNonNull(item.otherChildId()));
		if (viewer.maySee(child) && viewer.maySee(other)) {
			entries.add(new QueueEntry(item, other.primaryIdentity().identity().fullName(), other.caseNumber(),
					child.caseNumber(), child.primaryIdentity().identity().fullName(), DUPLICATE_SOURCE));
		}
	}

	/**
	 * The sources that have open items, for the filter.
	 * @return source id and title
	 */
	Map<Long, String> sources() {
		Map<Long, String> titles = new LinkedHashMap<>();
		this.queue.sources().forEach(id -> titles.put(id, sourceTitle(id)));
		return titles;
	}

	private String sourceTitle(long id) {
		return this.archive.source(id).details().title();
	}

	/**
	 * The comparison of one item.
	 * @param id the item
	 * @param viewer who looks: a child they may not see is answered as missing
	 * @return the comparison
	 * @throws NoSuchElementException when the item, its mention or its child is missing
	 * or hidden from the viewer
	 */
	ReviewComparison compare(long id, Viewer viewer) {
		ReviewItem item = this.queue.item(id);
		Mention mention = this.mentions.mention(Objects.requireNonNull(item.mentionId()))
			.orElseThrow(() -> new NoSuchElementException("No mention " + item.mentionId()));
		Child child = visibleChild(item, viewer);
		IdentityVersion version = child.identities()
			.stream()
			.filter(v -> v.id().equals(item.candidateVersionId()))
			.findFirst()
			.orElse(child.primaryIdentity());
		InputRecord left = MentionRecords.record(mention);
		InputRecord right = IdentityRecords.record(child.id(), version);
		PairExplanation why = this.index.explain(left, right);
		List<FieldComparison> fields = new ArrayList<>();
		for (FieldWeight f : why.fields()) {
			fields.add(new FieldComparison(f.field(), blank(left.value(f.field())), latin(left.value(f.field())),
					blank(right.value(f.field())), latin(right.value(f.field())), f.level().name(), f.weight()));
		}
		List<String> childSources = child.identities()
			.stream()
			.map(v -> v.identity().source())
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return new ReviewComparison(item, mention, sourceTitle(Objects.requireNonNull(item.sourceId())), child,
				version.id(), fields, why.weight(), this.index.matchWeight(), why.decision().name(), childSources,
				others(mention, item, viewer));
	}

	/**
	 * The comparison of a duplicate proposal: the two children's best-scoring identity
	 * versions side by side.
	 * @param item the item
	 * @param viewer who looks: a child they may not see is answered as missing
	 * @return the comparison
	 * @throws NoSuchElementException when a child is missing or hidden from the viewer
	 */
	DuplicateComparison compareDuplicate(ReviewItem item, Viewer viewer) {
		Child child = visibleChild(item, item.childId(), viewer);
		Child other = visibleChild(item, Objects.requireNonNull(item.otherChildId()), viewer);
		IdentityVersion left = version(child, item.candidateVersionId());
		IdentityVersion right = version(other, item.otherVersionId());
		InputRecord a = IdentityRecords.record(child.id(), left);
		InputRecord b = IdentityRecords.record(other.id(), right);
		PairExplanation why = this.index.explain(a, b);
		return new DuplicateComparison(item, child, other, fields(why, a, b), why.weight(), this.index.matchWeight(),
				why.decision().name(), sources(child), sources(other));
	}

	private static IdentityVersion version(Child child, @Nullable UUID versionId) {
		return child.identities()
			.stream()
			.filter(v -> v.id().equals(versionId))
			.findFirst()
			.orElse(child.primaryIdentity());
	}

	private static List<FieldComparison> fields(PairExplanation why, InputRecord left, InputRecord right) {
		List<FieldComparison> fields = new ArrayList<>();
		for (FieldWeight f : why.fields()) {
			fields.add(new FieldComparison(f.field(), blank(left.value(f.field())), latin(left.value(f.field())),
					blank(right.value(f.field())), latin(right.value(f.field())), f.level().name(), f.weight()));
		}
		return fields;
	}

	private static List<String> sources(Child child) {
		return child.identities().stream().map(v -> v.identity().source()).filter(Objects::nonNull).distinct().toList();
	}

	private Child visibleChild(ReviewItem item, Viewer viewer) {
		return visibleChild(item, item.childId(), viewer);
	}

	private Child visibleChild(ReviewItem item, UUID childId, Viewer viewer) {
		try {
			Child child = this.registry.get(childId);
			if (viewer.maySee(child)) {
				return child;
			}
		}
		catch (ChildNotFoundException ex) {
			// answered below, like a hidden child
		}
		throw new NoSuchElementException("No review item " + item.id());
	}

	private List<OtherCandidate> others(Mention mention, ReviewItem item, Viewer viewer) {
		List<OtherCandidate> others = new ArrayList<>();
		for (ChildCandidate c : this.linker.candidates(mention)) {
			if (c.childId().equals(item.childId()) || others.size() == 5) {
				continue;
			}
			Child child = this.registry.get(c.childId());
			if (viewer.maySee(child)) {
				others.add(new OtherCandidate(child.id(), child.caseNumber(),
						child.primaryIdentity().identity().fullName(), c.weight(), c.explanation().decision().name()));
			}
		}
		return others;
	}

	/**
	 * A value in Latin script: Cyrillic romanised by the Ukrainian national system of
	 * 2010, anything else as written.
	 * @param value a value, possibly empty
	 * @return the Latin rendering, or null for an empty value
	 */
	static @Nullable String latin(String value) {
		if (value.isEmpty()) {
			return null;
		}
		TextLanguage language = TextLanguage.detect(NameNormaliser.normalise(value));
		return language.isCyrillic() ? Romanisation.UKRAINIAN_NATIONAL_2010.romanise(value, language) : value;
	}

	private static @Nullable String blank(String value) {
		return value.isEmpty() ? null : value;
	}

}
