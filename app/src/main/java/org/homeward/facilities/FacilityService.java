package org.homeward.facilities;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilities' rules over their repository: coordinates checked before anything is
 * written, each change one transaction recorded in the audit ledger, children read only
 * through the registry.
 */
@Service
class FacilityService implements Facilities {

	private final JdbcFacilityRepository facilities;

	private final CoordinateCheck coordinates;

	private final ChildRegistry registry;

	private final JourneyPlanner journeys;

	private final AuditLedger audit;

	private final Clock clock;

	FacilityService(JdbcFacilityRepository facilities, CoordinateCheck coordinates, ChildRegistry registry,
			JourneyPlanner journeys, AuditLedger audit, Clock clock) {
		this.facilities = facilities;
		this.coordinates = coordinates;
		this.registry = registry;
		this.journeys = journeys;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Facility> find(FacilityQuery query) {
		return this.facilities.find(query);
	}

	@Override
	@Transactional(readOnly = true)
	public Facility get(UUID id) {
		return this.facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id));
	}

	@Override
	@Transactional
	public Facility create(FacilityDetails details, String actor) {
		UUID id = UUID.randomUUID();
		this.facilities.insert(id, details, flags(details), this.clock.instant(), actor);
		this.audit.record(actor, AuditAction.CREATE, "facility", id.toString(), Map.of("after", details));
		return get(id);
	}

	@Override
	@Transactional
	public Facility update(UUID id, FacilityDetails details, String actor) {
		Facility before = get(id);
		this.facilities.update(id, details, flags(details), this.clock.instant(), actor);
		this.audit.record(actor, AuditAction.CHANGE, "facility", id.toString(),
				Map.of("before", before.details(), "after", details));
		return get(id);
	}

	@Override
	@Transactional
	public ImportResult importFile(ImportFormat format, InputStream file, String actor) {
		List<ImportRecord> records = (format == ImportFormat.CSV) ? FacilityCsv.read(file) : FacilityGeoJson.read(file);
		Instant now = this.clock.instant();
		int created = 0;
		int updated = 0;
		List<FacilityProblem> warnings = new ArrayList<>();
		for (ImportRecord r : records) {
			List<String> flags = flags(r.details());
			flags.forEach(flag -> warnings.add(new FacilityProblem(r.where(), "location", flag)));
			UUID id = r.id();
			if (id != null && this.facilities.update(id, r.details(), flags, now, actor)) {
				updated++;
			}
			else {
				this.facilities.insert((id != null) ? id : UUID.randomUUID(), r.details(), flags, now, actor);
				created++;
			}
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("format", format);
		detail.put("created", created);
		detail.put("updated", updated);
		detail.put("flagged", warnings.size());
		this.audit.record(actor, AuditAction.CREATE, "facility-import", null, detail);
		return new ImportResult(created, updated, warnings);
	}

	@Override
	@Transactional(readOnly = true)
	public String export(ImportFormat format, FacilityQuery query) {
		List<Facility> list = this.facilities.find(query);
		return (format == ImportFormat.CSV) ? FacilityCsv.write(list) : FacilityGeoJson.write(list);
	}

	@Override
	@Transactional
	public FacilityStay addStay(UUID facilityId, NewStay stay, String actor) {
		if (!this.facilities.exists(facilityId)) {
			throw new FacilityNotFoundException(facilityId);
		}
		Child child = this.registry.get(stay.childId());
		if (stay.eventId() != null && child.events().stream().noneMatch(e -> e.id().equals(stay.eventId()))) {
			throw new IllegalArgumentException("eventId: not an event on the timeline of " + child.caseNumber());
		}
		UUID id = UUID.randomUUID();
		this.facilities.insertStay(id, facilityId, stay, this.clock.instant(), actor);
		this.audit.record(actor, AuditAction.CHANGE, "child", child.id().toString(),
				Map.of("added", "facility stay", "facility", facilityId, "stay", stay));
		return this.facilities.staysAt(facilityId).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<FacilityStay> staysAt(UUID facilityId) {
		return this.facilities.staysAt(facilityId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Integer> childCounts() {
		return this.facilities.childCounts();
	}

	@Override
	@Transactional(readOnly = true)
	public Journey journey(UUID childId) {
		Child child = this.registry.get(childId);
		List<FacilityStay> stays = this.facilities.staysOf(childId);
		Map<UUID, Facility> visited = new LinkedHashMap<>();
		stays.forEach(s -> visited.computeIfAbsent(s.facilityId(), this::get));
		return this.journeys.plan(child, stays, visited);
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return this.facilities.count();
	}

	private List<String> flags(FacilityDetails details) {
		return new ArrayList<>(this.coordinates.flags(details.location(), details.country()));
	}

}
