package org.homeward.matching;

import java.util.UUID;

import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.InMemoryCandidateIndex;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.Identity;
import org.homeward.registry.IdentityVersion;
import org.jspecify.annotations.Nullable;

/**
 * The registry's identity versions as the engine's records, keyed
 * {@code childId/versionId}: one version's record, or a new index of every version, for
 * {@link IdentityIndex} and whoever compares a version with others.
 */
final class IdentityRecords {

	private IdentityRecords() {
	}

	/**
	 * The index record of one identity version.
	 * @param childId the child
	 * @param version the version
	 * @return the record, keyed {@code childId/versionId}
	 */
	static InputRecord record(UUID childId, IdentityVersion version) {
		Identity i = version.identity();
		return InputRecord.person(childId + "/" + version.id(), "registry", text(i.givenName()), text(i.familyName()),
				text(i.patronymic()), (i.sex().name().length() == 1) ? i.sex().name() : "",
				(i.birthDate() != null) ? i.birthDate().toString() : "", text(i.settlement()), text(i.oblast()));
	}

	/**
	 * Indexes every identity version of every child in the registry, with a new engine.
	 * @param registry the registry
	 * @param progress told the children indexed so far
	 * @return the new index
	 */
	static InMemoryCandidateIndex indexAll(ChildRegistry registry, IndexProgress progress) {
		InMemoryCandidateIndex built = new InMemoryCandidateIndex(newEngine());
		long total = registry.count();
		UUID[] last = new UUID[1];
		long[] children = new long[1];
		progress.update(0, total);
		registry.eachIdentity((child, version) -> {
			if (!child.equals(last[0])) {
				last[0] = child;
				progress.update(++children[0], Math.max(total, children[0]));
			}
			built.add(record(child, version));
		});
		progress.done(children[0]);
		return built;
	}

	/**
	 * A new engine of the person profile, with the default model.
	 * @return the engine, which has prepared nothing yet
	 */
	static LinkageEngine newEngine() {
		return LinkageEngine.create(FieldProfile.person());
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
