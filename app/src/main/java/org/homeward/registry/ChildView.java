package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A child as the API returns it, with the protected fields the caller may not see left
 * out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChildView(UUID id, String caseNumber, ChildStatus status, boolean synthetic, @Nullable String notes,
		IdentityView primaryIdentity, List<IdentityView> identities, List<StatusChange> statusHistory,
		List<EventView> events, Instant createdAt, Instant updatedAt, boolean restricted,
		@Nullable List<String> grantees, @Nullable Consent consent, @Nullable UUID mergedInto, List<UUID> merged) {

	static ChildView of(Child child, FieldAccess access) {
		return new ChildView(child.id(), child.caseNumber(), child.status(), child.synthetic(),
				access.identifying() ? child.notes() : null, IdentityView.of(child.primaryIdentity(), access),
				child.identities().stream().map(v -> IdentityView.of(v, access)).toList(), child.statusHistory(),
				child.events().stream().map(e -> EventView.of(e, access)).toList(), child.createdAt(),
				child.updatedAt(), child.restricted(), access.identifying() ? child.grantees() : null,
				access.identifying() ? child.consent() : null, child.mergedInto(), child.merged());
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record IdentityView(UUID versionId, int sequence, @Nullable String givenName, @Nullable String familyName,
			@Nullable String patronymic, Sex sex, @Nullable String birthDate, @Nullable String settlement,
			@Nullable String oblast, @Nullable String citizenship, @Nullable List<IdentityDocument> documents,
			@Nullable GuardianView guardian, @Nullable String source, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo, boolean imposed, Instant recordedAt, String recordedBy) {

		static IdentityView of(IdentityVersion version, FieldAccess access) {
			Identity i = version.identity();
			if (!access.identifying()) {
				return new IdentityView(version.id(), version.sequence(), null, null, null, i.sex(),
						(i.birthDate() != null) ? Integer.toString(i.birthDate().year()) : null, null, i.oblast(),
						i.citizenship(), null, null, null, null, null, i.imposed(), version.recordedAt(),
						version.recordedBy());
			}
			return new IdentityView(version.id(), version.sequence(), i.givenName(), i.familyName(), i.patronymic(),
					i.sex(), (i.birthDate() != null) ? i.birthDate().toString() : null, i.settlement(), i.oblast(),
					i.citizenship(), access.documents() ? i.documents() : null,
					(i.guardian() != null) ? GuardianView.of(i.guardian(), access) : null, i.source(), i.validFrom(),
					i.validTo(), i.imposed(), version.recordedAt(), version.recordedBy());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record GuardianView(String name, @Nullable String relationship, @Nullable String contact) {

		static GuardianView of(Guardian guardian, FieldAccess access) {
			return new GuardianView(guardian.name(), guardian.relationship(),
					access.guardianContact() ? guardian.contact() : null);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record EventView(UUID id, EventType type, @Nullable String date, @Nullable String place,
			@Nullable String description, @Nullable List<String> sources, Instant recordedAt, String recordedBy) {

		static EventView of(ChildEvent e, FieldAccess access) {
			boolean full = access.identifying();
			return new EventView(e.id(), e.event().type(),
					(e.event().date() != null) ? e.event().date().toString() : null, e.event().place(),
					full ? e.event().description() : null, full ? e.event().sources() : null, e.recordedAt(),
					e.recordedBy());
		}

	}

}
