package org.homeward.facilities;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Facilities as an RFC 7946 GeoJSON FeatureCollection: a Point feature per facility
 * ({@code [longitude, latitude]}, as the RFC orders them; a null geometry when the place
 * is unknown), its other fields as properties named like the CSV columns, lists as arrays
 * and activities as objects. {@code flags} is written for review and ignored on import.
 */
final class FacilityGeoJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FacilityGeoJson() {
	}

	static String write(List<Facility> facilities) {
		ObjectNode root = JSON.createObjectNode();
		root.put("type", "FeatureCollection");
		ArrayNode features = root.putArray("features");
		for (Facility f : facilities) {
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			feature.put("id", f.id().toString());
			Location l = f.details().location();
			if (l != null) {
				ObjectNode point = feature.putObject("geometry");
				point.put("type", "Point");
				point.putArray("coordinates").add(l.longitude()).add(l.latitude());
			}
			else {
				feature.putNull("geometry");
			}
			feature.set("properties", properties(f));
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	private static ObjectNode properties(Facility f) {
		FacilityDetails d = f.details();
		ObjectNode p = JSON.createObjectNode();
		p.put("id", f.id().toString());
		p.put("name_uk", d.names().ukrainian());
		p.put("name_ru", d.names().russian());
		p.put("name_en", d.names().english());
		d.names().aliases().forEach(p.putArray("aliases")::add);
		p.put("type", d.type().name());
		p.put("country", d.country());
		p.put("region", d.region());
		Location l = d.location();
		if (l != null) {
			p.put("precision_m", l.precisionMeters());
			p.put("location_method", l.method().name());
		}
		Operator o = d.operator();
		if (o != null) {
			p.put("operator", o.legalEntity());
			p.put("operator_registration", o.registrationNumber());
			p.put("operator_level", o.level().name());
			p.put("operator_ministry", o.ministry());
		}
		ArrayNode activities = p.putArray("activities");
		for (Activity a : d.activities()) {
			activities.addObject()
				.put("kind", a.kind().name())
				.put("confidence", a.confidence().name())
				.put("evidence", a.evidence());
		}
		p.put("first_seen", (d.firstSeen() != null) ? d.firstSeen().toString() : null);
		p.put("last_seen", (d.lastSeen() != null) ? d.lastSeen().toString() : null);
		p.put("capacity", d.capacity());
		d.sources().forEach(p.putArray("sources")::add);
		f.flags().forEach(p.putArray("flags")::add);
		return p;
	}

	/**
	 * Reads every feature, collecting the problems of all of them.
	 * @throws InvalidFacilityException when any feature is refused
	 */
	static List<ImportRecord> read(InputStream in) {
		JsonNode root;
		try {
			root = JSON.readTree(in);
		}
		catch (JacksonException ex) {
			throw new InvalidFacilityException(
					List.of(new FacilityProblem("file", "file", "not valid JSON: " + ex.getOriginalMessage())));
		}
		JsonNode features = (root != null) ? root.get("features") : null;
		if (features == null || !features.isArray()) {
			throw new InvalidFacilityException(
					List.of(new FacilityProblem("file", "features", "not a GeoJSON FeatureCollection")));
		}
		List<ImportRecord> records = new ArrayList<>();
		List<FacilityProblem> problems = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			ImportRecord record = record(features.get(i), new FieldReader("feature " + (i + 1), problems));
			if (record != null) {
				records.add(record);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFacilityException(problems);
		}
		return records;
	}

	private static @Nullable ImportRecord record(JsonNode feature, FieldReader r) {
		JsonNode p = feature.path("properties");
		UUID id = r.uuid("id", text(p, "id"));
		Location location = location(feature.path("geometry"), p, r);
		String operatorName = text(p, "operator");
		GovernmentLevel level = r.choice("operator_level", text(p, "operator_level"), GovernmentLevel.class);
		Operator operator = (operatorName != null) ? r.build(
				() -> new Operator(operatorName, text(p, "operator_registration"), level, text(p, "operator_ministry")))
				: null;
		List<Activity> activities = new ArrayList<>();
		for (JsonNode a : p.path("activities")) {
			ActivityKind kind = r.choice("activities.kind", text(a, "kind"), ActivityKind.class);
			Confidence confidence = r.choice("activities.confidence", text(a, "confidence"), Confidence.class);
			if (kind != null && confidence != null) {
				activities.add(new Activity(kind, confidence, text(a, "evidence")));
			}
		}
		FacilityType type = r.choice("type", text(p, "type"), FacilityType.class);
		FacilityNames names = r.build(() -> new FacilityNames(text(p, "name_uk"), text(p, "name_ru"),
				text(p, "name_en"), strings(p, "aliases")));
		var firstSeen = r.date("first_seen", text(p, "first_seen"));
		var lastSeen = r.date("last_seen", text(p, "last_seen"));
		Integer capacity = r.integer("capacity", text(p, "capacity"));
		if (names == null || type == null) {
			if (type == null && text(p, "type") == null) {
				r.problem("type", "required, one of " + List.of(FacilityType.values()));
			}
			return null;
		}
		FacilityDetails details = r.build(() -> new FacilityDetails(names, type, text(p, "country"), text(p, "region"),
				location, operator, activities, firstSeen, lastSeen, capacity, strings(p, "sources")));
		return (details != null) ? new ImportRecord(r.where(), id, details) : null;
	}

	private static @Nullable Location location(JsonNode geometry, JsonNode p, FieldReader r) {
		if (geometry.isMissingNode() || geometry.isNull()) {
			return null;
		}
		JsonNode c = geometry.path("coordinates");
		if (!"Point".equals(geometry.path("type").asString(null)) || c.size() < 2 || !c.get(0).isNumber()
				|| !c.get(1).isNumber()) {
			r.problem("geometry", "must be a Point with [longitude, latitude]");
			return null;
		}
		return r.location(c.get(1).asDouble(), c.get(0).asDouble(), r.integer("precision_m", text(p, "precision_m")),
				r.choice("location_method", text(p, "location_method"), LocationMethod.class));
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : Text.clean(value.asString());
	}

	private static List<String> strings(JsonNode node, String field) {
		List<String> values = new ArrayList<>();
		node.path(field).forEach(v -> values.add(v.asString()));
		return values;
	}

}
