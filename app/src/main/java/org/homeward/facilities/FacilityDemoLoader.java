package org.homeward.facilities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.registry.Child;
import org.homeward.registry.ChildEvent;
import org.homeward.registry.ChildQuery;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.ChildSummary;
import org.homeward.registry.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode, records a handful of real, publicly documented facilities (each with its
 * public source, coordinates marked approximate) and links the synthetic children's
 * placement events to them. Runs after the registry's demo loader: this package is
 * scanned after {@code org.homeward.demo}, and the ready event catches any other order.
 * Does nothing outside demo mode, and never twice.
 */
@Component
class FacilityDemoLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FacilityDemoLoader.class);

	private static final String ACTOR = "demo-generator";

	private final Facilities facilities;

	private final JdbcFacilityRepository repository;

	private final ChildRegistry registry;

	private final boolean demo;

	FacilityDemoLoader(Facilities facilities, JdbcFacilityRepository repository, ChildRegistry registry,
			@Value("${homeward.demo:false}") boolean demo) {
		this.facilities = facilities;
		this.repository = repository;
		this.registry = registry;
		this.demo = demo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		load();
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		load();
	}

	synchronized void load() {
		if (!this.demo) {
			return;
		}
		if (this.facilities.count() == 0) {
			DemoFacilities.all().forEach(f -> this.facilities.create(f, ACTOR));
			log.info("Loaded {} publicly documented demo facilities", DemoFacilities.all().size());
		}
		if (this.repository.stayCount() == 0 && this.registry.count() > 0) {
			log.info("Linked {} synthetic children to demo facilities", linkChildren());
		}
	}

	private int linkChildren() {
		Map<String, Facility> byName = new HashMap<>();
		this.facilities.find(FacilityQuery.all()).forEach(f -> byName.put(f.details().names().english(), f));
		List<ChildSummary> synthetic = new ArrayList<>();
		for (int page = 0;; page++) {
			var result = this.registry.find(new ChildQuery(null, null, null, null, page, 200));
			result.items().stream().filter(ChildSummary::synthetic).forEach(synthetic::add);
			if (!result.hasNext()) {
				break;
			}
		}
		int linked = 0;
		int songdowon = 0;
		for (ChildSummary summary : synthetic) {
			Child child = this.registry.get(summary.id());
			String oblast = String.valueOf(child.primaryIdentity().identity().oblast());
			String target = DemoFacilities.ARTEK;
			if (songdowon < 2 && (oblast.equals("Донецька") || oblast.startsWith("Автономна"))) {
				target = DemoFacilities.SONGDOWON;
				songdowon++;
			}
			else if (oblast.equals("Херсонська")) {
				target = DemoFacilities.DRUZHBA;
			}
			else if (oblast.equals("Харківська")) {
				target = DemoFacilities.GELENDZHIK;
			}
			Facility facility = byName.get(target);
			for (ChildEvent event : child.events()) {
				if (event.event().type() == EventType.PLACEMENT_FACILITY && facility != null) {
					LocalDate from = (event.event().date() != null) ? event.event().date().earliest() : null;
					this.facilities.addStay(facility.id(), new NewStay(child.id(), event.id(), from,
							(from != null) ? from.plusDays(21) : null, "SYNTHETIC demo link"), ACTOR);
					linked++;
				}
			}
		}
		return linked;
	}

}
