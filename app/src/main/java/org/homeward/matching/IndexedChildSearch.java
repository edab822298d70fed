package org.homeward.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.linkage.CandidateIndex.Candidate;
import org.homeward.linkage.FieldWeight;
import org.homeward.linkage.InputRecord;
import org.homeward.registry.Child;
import org.homeward.registry.ChildNotFoundException;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.ChildSummary;
import org.homeward.registry.Identity;
import org.homeward.registry.IdentityVersion;
import org.homeward.registry.Viewer;

import org.springframework.stereotype.Service;

/**
 * Search through the identity index. The text becomes a query record: a four-digit number
 * is a birth year; one name is tried as a given name and as a family name; two names are
 * given and family name in either order (the engine recognises swapped order); three or
 * more are given name, patronymic(s) and family name.
 */
@Service
class IndexedChildSearch implements ChildSearch {

	private final IdentityIndex index;

	private final ChildRegistry registry;

	IndexedChildSearch(IdentityIndex index, ChildRegistry registry) {
		this.index = index;
		this.registry = registry;
	}

	@Override
	public List<SearchHit> search(String text, Filters filters, Viewer viewer, int limit) {
		if (limit < 1 || limit > 100) {
			throw new IllegalArgumentException("limit must be 1 to 100");
		}
		Map<UUID, Candidate> best = new LinkedHashMap<>();
		for (InputRecord query : queries(text)) {
			for (Candidate candidate : this.index.candidates(query, limit * 10)) {
				UUID child = UUID.fromString(candidate.recordId().substring(0, 36));
				best.merge(child, candidate, (a, b) -> (a.explanation().weight() >= b.explanation().weight()) ? a : b);
			}
		}
		// strongest first, and only as many children read from the registry as are needed
		List<Map.Entry<UUID, Candidate>> ranked = new ArrayList<>(best.entrySet());
		ranked.sort(Comparator.comparingDouble((Map.Entry<UUID, Candidate> e) -> -e.getValue().explanation().weight()));
		List<SearchHit> hits = new ArrayList<>();
		for (Map.Entry<UUID, Candidate> entry : ranked) {
			if (hits.size() == limit) {
				break;
			}
			hit(entry.getKey(), entry.getValue(), filters, viewer).ifPresent(hits::add);
		}
		return List.copyOf(hits);
	}

	private java.util.Optional<SearchHit> hit(UUID childId, Candidate candidate, Filters filters, Viewer viewer) {
		Child child;
		try {
			child = this.registry.get(childId);
			if (child.mergedInto() != null) {
				child = this.registry.get(child.mergedInto());
			}
		}
		catch (ChildNotFoundException ex) {
			return java.util.Optional.empty();
		}
		if (!viewer.maySee(child) || !matches(child, filters) || tracingRefused(child)) {
			return java.util.Optional.empty();
		}
		UUID versionId = UUID.fromString(candidate.recordId().substring(37));
		IdentityVersion matched = child.identities()
			.stream()
			.filter(v -> v.id().equals(versionId))
			.findFirst()
			.orElse(child.primaryIdentity());
		List<SearchHit.FieldEvidence> fields = candidate.explanation()
			.fields()
			.stream()
			.filter(f -> f.weight() != 0)
			.sorted(Comparator.comparingDouble((FieldWeight f) -> -f.weight()))
			.map(f -> new SearchHit.FieldEvidence(f.field(), f.level().name(), f.weight()))
			.toList();
		return java.util.Optional.of(new SearchHit(summary(child), matched.id(), matched.identity().fullName(),
				candidate.explanation().weight(), fields));
	}

	/**
	 * A family that refused consent to tracing has its child left out of matching and
	 * search.
	 */
	private static boolean tracingRefused(Child child) {
		return child.consent() != null && !child.consent().tracing();
	}

	private static boolean matches(Child child, Filters filters) {
		return child.identities().stream().map(IdentityVersion::identity).anyMatch(i -> {
			boolean year = filters.birthYear() == null || i.birthYear().filter(filters.birthYear()::equals).isPresent();
			boolean oblast = filters.oblast() == null
					|| (i.oblast() != null && i.oblast().equalsIgnoreCase(filters.oblast()));
			return year && oblast;
		}) && (filters.status() == null || child.status() == filters.status());
	}

	private static ChildSummary summary(Child child) {
		Identity primary = child.primaryIdentity().identity();
		return new ChildSummary(child.id(), child.caseNumber(), child.status(), child.synthetic(), primary.givenName(),
				primary.familyName(), primary.birthDate(), primary.oblast(), child.identities().size());
	}

	static List<InputRecord> queries(String text) {
		List<String> names = new ArrayList<>();
		String year = "";
		for (String token : text.strip().split("[\\s,;]+")) {
			if (token.matches("(19|20)\\d\\d")) {
				year = token;
			}
			else if (!token.isBlank() && token.codePoints().anyMatch(Character::isLetter)) {
				names.add(token);
			}
		}
		if (names.isEmpty()) {
			throw new IllegalArgumentException("a search needs at least one name");
		}
		String id = "query";
		if (names.size() == 1) {
			String name = names.get(0);
			return List.of(InputRecord.person(id, "search", name, "", "", "", year, "", ""),
					InputRecord.person(id, "search", "", name, "", "", year, "", ""));
		}
		String given = names.get(0);
		String family = names.get(names.size() - 1);
		String patronymic = String.join(" ", names.subList(1, names.size() - 1));
		return List.of(InputRecord.person(id, "search", given, family,
				patronymic.toLowerCase(Locale.ROOT).isEmpty() ? "" : patronymic, "", year, "", ""));
	}

}
