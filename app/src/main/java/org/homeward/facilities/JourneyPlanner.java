package org.homeward.facilities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.homeward.registry.Child;
import org.homeward.registry.ChildEvent;
import org.homeward.registry.EventType;
import org.homeward.registry.Identity;
import org.homeward.registry.PartialDate;

import org.springframework.stereotype.Component;

/**
 * Lays out a child's journey: home (the settlement of the child's own identity, through
 * the gazetteer, or its oblast's centre), then the timeline's events and the facility
 * stays in date order, each with its great-circle distance from home, and the return.
 */
@Component
class JourneyPlanner {

	private static final Set<EventType> MOVES = EnumSet.of(EventType.DEPORTATION, EventType.TRANSFER,
			EventType.PLACEMENT_FACILITY, EventType.PLACEMENT_FOSTER_FAMILY, EventType.ADOPTION);

	private final Gazetteer gazetteer;

	JourneyPlanner(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	Journey plan(Child child, List<FacilityStay> stays, Map<UUID, Facility> facilities) {
		Identity own = child.primaryIdentity().identity();
		Optional<Settlement> settlement = this.gazetteer.resolve(own.settlement(), own.oblast());
		Settlement home = settlement.or(() -> this.gazetteer.oblastCentre(own.oblast())).orElse(null);
		boolean oblastOnly = settlement.isEmpty() && home != null;
		List<Dated> stops = new ArrayList<>();
		List<FacilityStay> unlinked = new ArrayList<>(stays);
		for (ChildEvent event : child.events()) {
			List<FacilityStay> linked = stays.stream().filter(s -> event.id().equals(s.stay().eventId())).toList();
			unlinked.removeAll(linked);
			String date = (event.event().date() != null) ? event.event().date().toString() : null;
			linked.forEach(s -> stops.add(facilityStop(s, facilities.get(s.facilityId()), date, home)));
			if (linked.isEmpty() && event.event().type() == EventType.RETURN) {
				stops.add(placeStop(JourneyStop.Kind.RETURN, event, date, home));
			}
			else if (linked.isEmpty() && MOVES.contains(event.event().type()) && event.event().place() != null) {
				stops.add(placeStop(JourneyStop.Kind.PLACE, event, date, home));
			}
		}
		unlinked.forEach(s -> stops.add(facilityStop(s, facilities.get(s.facilityId()), null, home)));
		stops.sort(Comparator.comparing(Dated::sortKey, Comparator.nullsLast(Comparator.naturalOrder())));
		List<JourneyStop> journey = new ArrayList<>();
		journey.add(origin(own, home));
		stops.forEach(d -> journey.add(d.stop()));
		return new Journey(child.id(), child.caseNumber(), home, oblastOnly, journey);
	}

	private static JourneyStop origin(Identity own, @Nullable Settlement home) {
		String place = (home != null) ? home.ukrainian()
				: Optional.ofNullable(own.settlement()).or(() -> Optional.ofNullable(own.oblast())).orElse("?");
		return new JourneyStop(JourneyStop.Kind.ORIGIN, null, place, null, null,
				(home != null) ? home.latitude() : null, (home != null) ? home.longitude() : null,
				(home != null) ? 0.0 : null);
	}

	private static Dated facilityStop(FacilityStay stay, Facility facility, @Nullable String eventDate,
			@Nullable Settlement home) {
		String date = (stay.stay().from() != null) ? stay.stay().from().toString() : eventDate;
		Location l = facility.details().location();
		return new Dated(sortKey(date),
				new JourneyStop(JourneyStop.Kind.FACILITY, date, facility.details().names().display(Locale.ENGLISH),
						facility.id(), stay.stay().eventId(), (l != null) ? l.latitude() : null,
						(l != null) ? l.longitude() : null,
						distance(home, (l != null) ? l.latitude() : null, (l != null) ? l.longitude() : null)));
	}

	private Dated placeStop(JourneyStop.Kind kind, ChildEvent event, @Nullable String date, @Nullable Settlement home) {
		String placeText = event.event().place();
		Optional<Settlement> place = this.gazetteer.resolve(placeText, null);
		if (place.isEmpty() && kind == JourneyStop.Kind.RETURN) {
			place = Optional.ofNullable(home);
		}
		Double lat = place.map(Settlement::latitude).orElse(null);
		Double lon = place.map(Settlement::longitude).orElse(null);
		String name = (placeText != null) ? placeText : place.map(Settlement::ukrainian).orElse("?");
		return new Dated(sortKey(date),
				new JourneyStop(kind, date, name, null, event.id(), lat, lon, distance(home, lat, lon)));
	}

	private static @Nullable Double distance(@Nullable Settlement home, @Nullable Double lat, @Nullable Double lon) {
		if (home == null || lat == null || lon == null) {
			return null;
		}
		return Math.round(GreatCircle.distanceKm(home.latitude(), home.longitude(), lat, lon) * 10) / 10.0;
	}

	private static @Nullable LocalDate sortKey(@Nullable String date) {
		return PartialDate.parseOptional(date).map(PartialDate::earliest).orElse(null);
	}

	private record Dated(@Nullable LocalDate sortKey, JourneyStop stop) {
	}

}
