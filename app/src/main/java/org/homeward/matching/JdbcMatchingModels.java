package org.homeward.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.linkage.ComparisonLevel;
import org.homeward.linkage.FellegiSunterModel;
import org.homeward.linkage.FieldProfile;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored matching models, their adoptions, and the reviewed pairs they are estimated
 * from, in SQL that runs on H2 (PostgreSQL mode) and PostgreSQL.
 */
@Repository
class JdbcMatchingModels {

	private final JdbcClient jdbc;

	JdbcMatchingModels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A reviewed pair as stored: the mention, and the identity version it was compared
	 * with.
	 */
	record ReviewedRow(long itemId, long mentionId, UUID childId, UUID versionId, boolean same) {
	}

	/**
	 * One adoption.
	 *
	 * @param modelId the model adopted, 0 for the built-in one
	 */
	record Adoption(long id, long modelId, Instant adoptedAt, String adoptedBy) {
	}

	List<ReviewedRow> reviewedPairs() {
		return this.jdbc.sql("""
				select id, mention_id, child_id, candidate_version_id, decision from review_item
				where decision in ('SAME_CHILD', 'DIFFERENT_CHILDREN') order by id""")
			.query((rs, n) -> new ReviewedRow(rs.getLong("id"), rs.getLong("mention_id"),
					rs.getObject("child_id", UUID.class), rs.getObject("candidate_version_id", UUID.class),
					"SAME_CHILD".equals(rs.getString("decision"))))
			.list();
	}

	long insert(AdoptedModel model, String actor, Instant now) {
		this.jdbc.sql("""
				insert into matching_model (parameters, lambda, match_probability, review_probability, same_pairs,
				  different_pairs, created_at, created_by)
				values (:parameters, :lambda, :match, :review, :same, :different, :now, :actor)""")
			.param("parameters", parameters(model.model()))
			.param("lambda", model.model().lambda())
			.param("match", model.matchProbability())
			.param("review", model.reviewProbability())
			.param("same", model.samePairs())
			.param("different", model.differentPairs())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("actor", actor)
			.update();
		return this.jdbc.sql("select max(id) from matching_model where created_by = :actor")
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	void adopt(long modelId, String actor, Instant now) {
		this.jdbc.sql("insert into matching_model_adoption (model_id, adopted_at, adopted_by) values (:m, :now, :a)")
			.param("m", (modelId == 0) ? null : modelId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("a", actor)
			.update();
	}

	/**
	 * The model in use: the latest adoption's.
	 * @return the model, or empty for the built-in one
	 */
	Optional<AdoptedModel> current() {
		return history().stream().findFirst().filter((a) -> a.modelId() != 0).flatMap((a) -> find(a.modelId()));
	}

	Optional<AdoptedModel> find(long id) {
		return this.jdbc.sql("select * from matching_model where id = :id")
			.param("id", id)
			.query((rs, n) -> model(rs))
			.optional();
	}

	/**
	 * Adoptions, latest first.
	 * @return at most 100
	 */
	List<Adoption> history() {
		return this.jdbc.sql("select * from matching_model_adoption order by id desc limit 100")
			.query((rs, n) -> new Adoption(rs.getLong("id"), rs.getLong("model_id"),
					rs.getObject("adopted_at", OffsetDateTime.class).toInstant(), rs.getString("adopted_by")))
			.list();
	}

	private static AdoptedModel model(ResultSet rs) throws SQLException {
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		return new AdoptedModel(rs.getLong("id"), parse(rs.getString("parameters"), rs.getDouble("lambda")),
				rs.getDouble("match_probability"), rs.getDouble("review_probability"), rs.getInt("same_pairs"),
				rs.getInt("different_pairs"), rs.getString("created_by"), created.toInstant());
	}

	static String parameters(FellegiSunterModel model) {
		StringBuilder text = new StringBuilder();
		FieldProfile profile = model.profile();
		for (int f = 0; f < profile.fields().size(); f++) {
			for (ComparisonLevel level : FellegiSunterModel.levelsOf(profile.fields().get(f).kind())) {
				text.append(String.format(Locale.ROOT, "%s %s %.17g %.17g%n", profile.fields().get(f).name(), level,
						model.m(f, level), model.u(f, level)));
			}
		}
		return text.toString();
	}

	static FellegiSunterModel parse(@Nullable String parameters, double lambda) {
		FieldProfile profile = FieldProfile.person();
		FellegiSunterModel defaults = FellegiSunterModel.defaults(profile);
		int levels = ComparisonLevel.values().length;
		double[][] m = new double[profile.fields().size()][levels];
		double[][] u = new double[profile.fields().size()][levels];
		for (int f = 0; f < m.length; f++) {
			for (ComparisonLevel level : ComparisonLevel.values()) {
				m[f][level.ordinal()] = defaults.m(f, level);
				u[f][level.ordinal()] = defaults.u(f, level);
			}
		}
		for (String line : (parameters != null) ? parameters.split("\n") : new String[0]) {
			String[] parts = line.strip().split(" ");
			if (parts.length == 4) {
				int f = fieldIndex(profile, parts[0]);
				int l = ComparisonLevel.valueOf(parts[1]).ordinal();
				m[f][l] = Double.parseDouble(parts[2]);
				u[f][l] = Double.parseDouble(parts[3]);
			}
		}
		return new FellegiSunterModel(profile, m, u, lambda);
	}

	private static int fieldIndex(FieldProfile profile, String name) {
		for (int f = 0; f < profile.fields().size(); f++) {
			if (profile.fields().get(f).name().equals(name)) {
				return f;
			}
		}
		throw new IllegalArgumentException("no field " + name);
	}

}
