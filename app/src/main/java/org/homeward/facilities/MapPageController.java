package org.homeward.facilities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The map: a page that loads everything from this server (Leaflet from its webjar, the
 * country boundaries, the facilities as JSON) and draws no tiles unless
 * {@code homeward.map.tiles-url} names a tile server.
 */
@Controller
class MapPageController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Facilities facilities;

	private final MessageSource messages;

	private final String tilesUrl;

	private final String tilesAttribution;

	MapPageController(Facilities facilities, MessageSource messages,
			@Value("${homeward.map.tiles-url:}") String tilesUrl,
			@Value("${homeward.map.tiles-attribution:}") String tilesAttribution) {
		this.facilities = facilities;
		this.messages = messages;
		this.tilesUrl = tilesUrl;
		this.tilesAttribution = tilesAttribution;
	}

	@GetMapping("/map")
	String map(@Nullable Authentication user, Locale locale, Model model) {
		model.addAttribute("tilesUrl", this.tilesUrl);
		model.addAttribute("tilesAttribution", this.tilesAttribution);
		model.addAttribute("readers", ChildReaders.canSeeChildren(user));
		model.addAttribute("types", FacilityType.values());
		model.addAttribute("activities", ActivityKind.values());
		model.addAttribute("labels", JSON.writeValueAsString(labels(locale)));
		return "facilities/map";
	}

	@GetMapping(path = "/map/facilities.json", produces = "application/json")
	@ResponseBody
	List<MapFacility> facilities(@Nullable Authentication user, Locale locale) {
		boolean exact = ChildReaders.canSeeChildren(user);
		Map<UUID, Integer> counts = this.facilities.childCounts();
		String fewer = message("facilities.fewerThan5", locale);
		return this.facilities.find(FacilityQuery.all())
			.stream()
			.filter(f -> f.details().location() != null)
			.map(f -> marker(f, counts.getOrDefault(f.id(), 0), exact, fewer, locale))
			.toList();
	}

	private static MapFacility marker(Facility f, int count, boolean exact, String fewer, Locale locale) {
		FacilityDetails d = f.details();
		Location l = d.location();
		Integer children = ChildReaders.visible(count, exact);
		return new MapFacility(f.id(), d.names().display(locale), d.names(), d.type(), d.country(), d.region(),
				l.latitude(), l.longitude(), l.precisionMeters(), l.method() == LocationMethod.APPROXIMATE,
				d.activities().stream().map(Activity::kind).toList(),
				(d.firstSeen() != null) ? d.firstSeen().toString() : null,
				(d.lastSeen() != null) ? d.lastSeen().toString() : null, children,
				(children != null) ? children.toString() : fewer);
	}

	/** Every label the map's script shows, in the page's language. */
	private Map<String, String> labels(Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (FacilityType t : FacilityType.values()) {
			labels.put("type." + t, message("facilities.type." + t, locale));
		}
		for (ActivityKind a : ActivityKind.values()) {
			labels.put("activity." + a, message("facilities.activity." + a, locale));
		}
		for (String key : List.of("children", "details", "approximate", "seen", "legend", "facilities")) {
			labels.put(key, message("facilities.map." + key, locale));
		}
		return labels;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
