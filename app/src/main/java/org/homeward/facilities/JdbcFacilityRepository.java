package org.homeward.facilities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Facilities, their activities and children's stays, in SQL that runs unchanged on H2
 * (PostgreSQL mode) and PostgreSQL. Aliases, sources and flags are stored as lines of
 * text: they are only ever read with their row.
 */
@Repository
class JdbcFacilityRepository {

	private final JdbcClient jdbc;

	JdbcFacilityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, FacilityDetails details, List<String> flags, Instant now, String actor) {
		params(this.jdbc.sql("""
				insert into facility (id, name_uk, name_ru, name_en, aliases, facility_type, country, region, latitude,
				  longitude, precision_m, location_method, operator_name, operator_registration, operator_level,
				  operator_ministry, first_seen, last_seen, capacity, sources, flags, created_at, created_by,
				  updated_at, updated_by)
				values (:id, :uk, :ru, :en, :aliases, :type, :country, :region, :lat, :lon, :precision, :method,
				  :operator, :registration, :level, :ministry, :firstSeen, :lastSeen, :capacity, :sources, :flags,
				  :now, :actor, :now, :actor)"""), id, details, flags, now, actor).update();
		insertActivities(id, details.activities());
	}

	boolean update(UUID id, FacilityDetails details, List<String> flags, Instant now, String actor) {
		boolean found = params(this.jdbc.sql("""
				update facility set name_uk = :uk, name_ru = :ru, name_en = :en, aliases = :aliases,
				  facility_type = :type, country = :country, region = :region, latitude = :lat, longitude = :lon,
				  precision_m = :precision, location_method = :method, operator_name = :operator,
				  operator_registration = :registration, operator_level = :level, operator_ministry = :ministry,
				  first_seen = :firstSeen, last_seen = :lastSeen, capacity = :capacity, sources = :sources,
				  flags = :flags, updated_at = :now, updated_by = :actor
				where id = :id"""), id, details, flags, now, actor).update() == 1;
		if (found) {
			this.jdbc.sql("delete from facility_activity where facility_id = :id").param("id", id).update();
			insertActivities(id, details.activities());
		}
		return found;
	}

	private static StatementSpec params(StatementSpec spec, UUID id, FacilityDetails d, List<String> flags, Instant now,
			String actor) {
		Location location = d.location();
		Operator operator = d.operator();
		return spec.param("id", id)
			.param("uk", d.names().ukrainian())
			.param("ru", d.names().russian())
			.param("en", d.names().english())
			.param("aliases", joined(d.names().aliases()))
			.param("type", d.type().name())
			.param("country", d.country())
			.param("region", d.region())
			.param("lat", (location != null) ? location.latitude() : null)
			.param("lon", (location != null) ? location.longitude() : null)
			.param("precision", (location != null) ? location.precisionMeters() : null)
			.param("method", (location != null) ? location.method().name() : null)
			.param("operator", (operator != null) ? operator.legalEntity() : null)
			.param("registration", (operator != null) ? operator.registrationNumber() : null)
			.param("level", (operator != null) ? operator.level().name() : null)
			.param("ministry", (operator != null) ? operator.ministry() : null)
			.param("firstSeen", d.firstSeen())
			.param("lastSeen", d.lastSeen())
			.param("capacity", d.capacity())
			.param("sources", joined(d.sources()))
			.param("flags", joined(flags))
			.param("now", utc(now))
			.param("actor", actor);
	}

	private void insertActivities(UUID id, List<Activity> activities) {
		for (Activity a : activities) {
			this.jdbc.sql("""
					insert into facility_activity (facility_id, activity, confidence, evidence)
					values (:id, :activity, :confidence, :evidence)""")
				.param("id", id)
				.param("activity", a.kind().name())
				.param("confidence", a.confidence().name())
				.param("evidence", a.evidence())
				.update();
		}
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from facility where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	long count() {
		return this.jdbc.sql("select count(*) from facility").query(Long.class).single();
	}

	Optional<Facility> findById(UUID id) {
		return this.jdbc.sql("select * from facility where id = :id")
			.param("id", id)
			.query((rs, n) -> facility(rs, activities(List.of(id)).getOrDefault(id, List.of())))
			.optional();
	}

	List<Facility> find(FacilityQuery query) {
		StringBuilder sql = new StringBuilder("select * from facility f where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.type() != null) {
			sql.append(" and f.facility_type = :type");
			params.put("type", query.type().name());
		}
		if (query.country() != null) {
			sql.append(" and f.country = :country");
			params.put("country", query.country());
		}
		if (query.activity() != null) {
			sql.append(" and exists (select 1 from facility_activity a where a.facility_id = f.id"
					+ " and a.activity = :activity)");
			params.put("activity", query.activity().name());
		}
		sql.append(" order by coalesce(f.name_en, f.name_uk, f.name_ru), f.id");
		List<Facility> rows = this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> facility(rs, List.of()))
			.list();
		Map<UUID, List<Activity>> activities = activities(rows.stream().map(Facility::id).toList());
		return rows.stream()
			.map(f -> new Facility(f.id(), withActivities(f.details(), activities.getOrDefault(f.id(), List.of())),
					f.flags(), f.createdAt(), f.updatedAt()))
			.toList();
	}

	private static FacilityDetails withActivities(FacilityDetails d, List<Activity> activities) {
		return new FacilityDetails(d.names(), d.type(), d.country(), d.region(), d.location(), d.operator(), activities,
				d.firstSeen(), d.lastSeen(), d.capacity(), d.sources());
	}

	private Map<UUID, List<Activity>> activities(List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select * from facility_activity where facility_id in (:ids) order by activity")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject("facility_id", UUID.class),
					new Activity(ActivityKind.valueOf(rs.getString("activity")),
							Confidence.valueOf(rs.getString("confidence")), rs.getString("evidence"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private static Facility facility(ResultSet rs, List<Activity> activities) throws SQLException {
		FacilityNames names = new FacilityNames(rs.getString("name_uk"), rs.getString("name_ru"),
				rs.getString("name_en"), lines(rs.getString("aliases")));
		Location location = (rs.getObject("latitude") != null)
				? new Location(rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getInt("precision_m"),
						LocationMethod.valueOf(rs.getString("location_method")))
				: null;
		String operatorName = rs.getString("operator_name");
		Operator operator = (operatorName != null)
				? new Operator(operatorName, rs.getString("operator_registration"),
						GovernmentLevel.valueOf(rs.getString("operator_level")), rs.getString("operator_ministry"))
				: null;
		Integer capacity = rs.getObject("capacity", Integer.class);
		FacilityDetails details = new FacilityDetails(names, FacilityType.valueOf(rs.getString("facility_type")),
				rs.getString("country"), rs.getString("region"), location, operator, activities,
				rs.getObject("first_seen", LocalDate.class), rs.getObject("last_seen", LocalDate.class), capacity,
				lines(rs.getString("sources")));
		return new Facility(rs.getObject("id", UUID.class), details, lines(rs.getString("flags")),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	void insertStay(UUID id, UUID facilityId, NewStay stay, Instant now, String actor) {
		this.jdbc.sql("""
				insert into facility_stay (id, facility_id, child_id, event_id, stay_from, stay_to, source,
				  recorded_at, recorded_by)
				values (:id, :facility, :child, :event, :from, :to, :source, :now, :actor)""")
			.param("id", id)
			.param("facility", facilityId)
			.param("child", stay.childId())
			.param("event", stay.eventId())
			.param("from", stay.from())
			.param("to", stay.to())
			.param("source", stay.source())
			.param("now", utc(now))
			.param("actor", actor)
			.update();
	}

	List<FacilityStay> staysAt(UUID facilityId) {
		return stays("facility_id", facilityId);
	}

	List<FacilityStay> staysOf(UUID childId) {
		return stays("child_id", childId);
	}

	private List<FacilityStay> stays(String column, UUID id) {
		return this.jdbc
			.sql("select * from facility_stay where " + column + " = :id order by stay_from nulls last, recorded_at")
			.param("id", id)
			.query((rs, n) -> new FacilityStay(rs.getObject("id", UUID.class), rs.getObject("facility_id", UUID.class),
					new NewStay(rs.getObject("child_id", UUID.class), rs.getObject("event_id", UUID.class),
							rs.getObject("stay_from", LocalDate.class), rs.getObject("stay_to", LocalDate.class),
							rs.getString("source")),
					instant(rs, "recorded_at"), rs.getString("recorded_by")))
			.list();
	}

	long stayCount() {
		return this.jdbc.sql("select count(*) from facility_stay").query(Long.class).single();
	}

	Map<UUID, Integer> childCounts() {
		return this.jdbc.sql("select facility_id, count(distinct child_id) from facility_stay group by facility_id")
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static @Nullable String joined(List<String> lines) {
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private static List<String> lines(@Nullable String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.split("\n"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
