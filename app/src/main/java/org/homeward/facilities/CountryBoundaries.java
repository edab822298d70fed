package org.homeward.facilities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Coarse country boundaries (Natural Earth 1:50m, see {@code static/geo/README.md}) for
 * checking coordinates: is a point on land, and in which country. Ray casting over each
 * polygon, with a bounding-box test first; near a border or a coast the answer is given
 * with a tolerance, because the boundaries are only good to a few kilometres.
 */
@Component
class CountryBoundaries {

	static final String RESOURCE = "/static/geo/countries-50m.geojson";

	private static final double KM_PER_DEGREE = 111.195;

	private final Map<String, List<Polygon>> countries = new HashMap<>();

	private final List<Polygon> all = new ArrayList<>();

	CountryBoundaries() {
		try (InputStream in = CountryBoundaries.class.getResourceAsStream(RESOURCE)) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			for (JsonNode feature : root.get("features")) {
				JsonNode iso = feature.get("properties").get("iso3");
				String code = (iso == null || iso.isNull()) ? "" : iso.asString();
				JsonNode geometry = feature.get("geometry");
				List<JsonNode> polygons = new ArrayList<>();
				if (geometry.get("type").asString().equals("Polygon")) {
					polygons.add(geometry.get("coordinates"));
				}
				else {
					geometry.get("coordinates").forEach(polygons::add);
				}
				for (JsonNode p : polygons) {
					Polygon polygon = Polygon.of(p);
					this.all.add(polygon);
					this.countries.computeIfAbsent(code, c -> new ArrayList<>()).add(polygon);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean knows(String iso3) {
		return this.countries.containsKey(iso3);
	}

	/**
	 * The country a point lies in, without tolerance.
	 * @return its alpha-3 code, or empty at sea (or in a territory without a code)
	 */
	Optional<String> countryAt(double lat, double lon) {
		for (Map.Entry<String, List<Polygon>> e : this.countries.entrySet()) {
			if (!e.getKey().isEmpty() && e.getValue().stream().anyMatch(p -> p.contains(lon, lat))) {
				return Optional.of(e.getKey());
			}
		}
		return Optional.empty();
	}

	boolean isOnLand(double lat, double lon, double toleranceKm) {
		return within(this.all, lat, lon, toleranceKm);
	}

	boolean isIn(String iso3, double lat, double lon, double toleranceKm) {
		return within(this.countries.getOrDefault(iso3, List.of()), lat, lon, toleranceKm);
	}

	private static boolean within(List<Polygon> polygons, double lat, double lon, double toleranceKm) {
		double dLat = toleranceKm / KM_PER_DEGREE;
		double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
		for (Polygon p : polygons) {
			if (p.nearBox(lon, lat, dLon, dLat) && (p.contains(lon, lat) || p.distanceKm(lon, lat) <= toleranceKm)) {
				return true;
			}
		}
		return false;
	}

	/** One polygon: an outer ring and its holes, each as x (lon) and y (lat) arrays. */
	private record Polygon(List<double[][]> rings, double minX, double minY, double maxX, double maxY) {

		static Polygon of(JsonNode coordinates) {
			List<double[][]> rings = new ArrayList<>();
			double minX = 180;
			double minY = 90;
			double maxX = -180;
			double maxY = -90;
			for (JsonNode ring : coordinates) {
				double[][] xy = new double[2][ring.size()];
				for (int i = 0; i < ring.size(); i++) {
					xy[0][i] = ring.get(i).get(0).asDouble();
					xy[1][i] = ring.get(i).get(1).asDouble();
					minX = Math.min(minX, xy[0][i]);
					maxX = Math.max(maxX, xy[0][i]);
					minY = Math.min(minY, xy[1][i]);
					maxY = Math.max(maxY, xy[1][i]);
				}
				rings.add(xy);
			}
			return new Polygon(rings, minX, minY, maxX, maxY);
		}

		boolean nearBox(double x, double y, double dx, double dy) {
			return x >= this.minX - dx && x <= this.maxX + dx && y >= this.minY - dy && y <= this.maxY + dy;
		}

		boolean contains(double x, double y) {
			if (!nearBox(x, y, 0, 0) || !inRing(this.rings.get(0), x, y)) {
				return false;
			}
			return this.rings.stream().skip(1).noneMatch(hole -> inRing(hole, x, y));
		}

		private static boolean inRing(double[][] ring, double x, double y) {
			boolean inside = false;
			double[] xs = ring[0];
			double[] ys = ring[1];
			for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
				if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
					inside = !inside;
				}
			}
			return inside;
		}

		/** Distance to the nearest edge, on a local equirectangular projection. */
		double distanceKm(double x, double y) {
			double kx = KM_PER_DEGREE * Math.cos(Math.toRadians(y));
			double best = Double.MAX_VALUE;
			for (double[][] ring : this.rings) {
				double[] xs = ring[0];
				double[] ys = ring[1];
				for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
					best = Math.min(best, segmentDistance((xs[j] - x) * kx, (ys[j] - y) * KM_PER_DEGREE,
							(xs[i] - x) * kx, (ys[i] - y) * KM_PER_DEGREE));
				}
			}
			return best;
		}

		/** Distance from the origin to the segment (ax, ay)-(bx, by). */
		private static double segmentDistance(double ax, double ay, double bx, double by) {
			double dx = bx - ax;
			double dy = by - ay;
			double lengthSquared = dx * dx + dy * dy;
			double t = (lengthSquared == 0) ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
			return Math.hypot(ax + t * dx, ay + t * dy);
		}

	}

}
