package org.homeward.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the registry's values are written to and read from SQL rows. Lists of values
 * (documents, source citations) are stored as lines of text: they are only ever read with
 * their row.
 */
final class ChildRows {

	private ChildRows() {
	}

	static @Nullable Consent consent(ResultSet rs) throws SQLException {
		String givenBy = rs.getString("consent_given_by");
		if (givenBy == null) {
			return null;
		}
		String sharing = rs.getString("consent_sharing");
		return new Consent(rs.getBoolean("consent_tracing"),
				(sharing == null || sharing.isEmpty()) ? List.of() : Arrays.asList(sharing.split(",")), givenBy,
				rs.getObject("consent_date", LocalDate.class));
	}

	static IdentityVersion identityVersion(ResultSet rs) throws SQLException {
		String guardianName = rs.getString("guardian_name");
		Guardian guardian = (guardianName != null)
				? new Guardian(guardianName, rs.getString("guardian_relationship"), rs.getString("guardian_contact"))
				: null;
		Identity identity = new Identity(rs.getString("given_name"), rs.getString("family_name"),
				rs.getString("patronymic"), Sex.valueOf(rs.getString("sex")),
				PartialDate.parseOptional(rs.getString("birth_date")).orElse(null), rs.getString("settlement"),
				rs.getString("oblast"), rs.getString("citizenship"), decodeDocuments(rs.getString("documents")),
				guardian, rs.getString("source_ref"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getBoolean("imposed"));
		return new IdentityVersion(rs.getObject("id", UUID.class), rs.getInt("seq"), identity,
				instant(rs, "recorded_at"), rs.getString("recorded_by"));
	}

	static @Nullable String encodeDocuments(List<IdentityDocument> documents) {
		if (documents.isEmpty()) {
			return null;
		}
		return documents.stream().map(d -> d.kind() + "\t" + d.number()).collect(Collectors.joining("\n"));
	}

	static List<IdentityDocument> decodeDocuments(@Nullable String text) {
		List<IdentityDocument> documents = new ArrayList<>();
		for (String line : lines(text)) {
			String[] parts = line.split("\t", 2);
			documents.add(new IdentityDocument(parts[0], parts[1]));
		}
		return documents;
	}

	static List<String> lines(@Nullable String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.split("\n"));
	}

	static @Nullable ChildStatus status(@Nullable String name) {
		return (name != null) ? ChildStatus.valueOf(name) : null;
	}

	static @Nullable String key(@Nullable String text) {
		return (text != null) ? text.strip().toLowerCase(Locale.ROOT) : null;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
