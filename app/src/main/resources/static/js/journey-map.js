// A child's journey on the map: home, then each stop in order, joined by a line. The stops come
// from the journey table's data- attributes (no inline scripts: CSP); the countries from this server.
(function () {
	'use strict';

	var COLOURS = { ORIGIN: '#0057b7', FACILITY: '#b71c1c', PLACE: '#6d4c00', RETURN: '#1e7b34' };

	document.addEventListener('DOMContentLoaded', function () {
		var el = document.getElementById('journey-map');
		if (!el) {
			return;
		}
		var rows = Array.prototype.slice.call(document.querySelectorAll('#journey-table tbody tr[data-lat]'));
		var stops = rows.map(function (row) {
			return { lat: Number(row.dataset.lat), lon: Number(row.dataset.lon), label: row.dataset.label, kind: row.dataset.kind };
		});
		var map = L.map(el, { worldCopyJump: true }).setView([50, 40], 3);
		fetch(el.dataset.countriesUrl, { credentials: 'same-origin' }).then(function (r) { return r.json(); })
			.then(function (countries) {
				L.geoJSON(countries, {
					style: { color: '#7a8594', weight: 1, fillColor: '#f4f1e8', fillOpacity: 1 }, interactive: false
				}).addTo(map).bringToBack();
			});
		stops.forEach(function (stop) {
			L.circleMarker([stop.lat, stop.lon], {
				radius: 7, color: '#1d2430', weight: 1, fillColor: COLOURS[stop.kind] || '#5b6473', fillOpacity: 1
			}).bindTooltip(stop.label).addTo(map);
		});
		if (stops.length > 1) {
			L.polyline(stops.map(function (s) { return [s.lat, s.lon]; }), { color: '#b71c1c', weight: 2, dashArray: '6 4' }).addTo(map);
		}
		if (stops.length > 0) {
			map.fitBounds(L.latLngBounds(stops.map(function (s) { return [s.lat, s.lon]; })).pad(0.3), { maxZoom: 7 });
		}
		el.dataset.stops = String(stops.length);
		el.dataset.loaded = 'true';
	});
})();
