// Homeward's facility map. Everything comes from this server: Leaflet from its webjar, the country
// boundaries (Natural Earth, public domain), the facilities as JSON. No inline scripts or styles (CSP):
// the page passes its settings in data- attributes, and popups are built as DOM nodes, never as HTML text.
(function () {
	'use strict';

	var CLUSTER_BELOW_ZOOM = 5;
	var CELL_PX = 56;

	function text(tag, className, value) {
		var el = document.createElement(tag);
		if (className) { el.className = className; }
		el.textContent = value;
		return el;
	}

	function getJson(url) {
		return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
			.then(function (r) { if (!r.ok) { throw new Error(url + ': ' + r.status); } return r.json(); });
	}

	function start(el) {
		var labels = JSON.parse(el.dataset.labels || '{}');
		var label = function (key) { return labels[key] || key; };
		var map = L.map(el, { worldCopyJump: true, minZoom: 2 }).setView([50, 60], 3);
		if (el.dataset.tilesUrl) {
			L.tileLayer(el.dataset.tilesUrl, { attribution: el.dataset.tilesAttribution || '', maxZoom: 18 }).addTo(map);
		}
		var markers = L.layerGroup().addTo(map);
		var all = [];
		var state = { type: '', country: '', activity: '' };

		getJson(el.dataset.countriesUrl).then(function (countries) {
			L.geoJSON(countries, {
				style: { color: '#7a8594', weight: 1, fillColor: '#f4f1e8', fillOpacity: 1 },
				interactive: false
			}).addTo(map).bringToBack();
			el.dataset.countriesLoaded = 'true';
		});

		getJson(el.dataset.facilitiesUrl).then(function (facilities) {
			all = facilities;
			fillCountries(facilities);
			addLegend(map, facilities, label);
			var shown = visible();
			if (shown.length > 0) {
				map.fitBounds(L.latLngBounds(shown.map(function (f) { return [f.latitude, f.longitude]; })).pad(0.2), { maxZoom: 6 });
			}
			render();
			el.dataset.loaded = 'true';
		});

		['type', 'country', 'activity'].forEach(function (name) {
			var select = document.getElementById('filter-' + name);
			select.addEventListener('change', function () { state[name] = select.value; render(); });
		});
		map.on('zoomend', render);

		function visible() {
			return all.filter(function (f) {
				return (!state.type || f.type === state.type)
					&& (!state.country || f.country === state.country)
					&& (!state.activity || f.activities.indexOf(state.activity) >= 0);
			});
		}

		function render() {
			markers.clearLayers();
			var shown = visible();
			clusters(shown).forEach(function (group) {
				markers.addLayer(group.length === 1 ? marker(group[0]) : cluster(group));
			});
			el.dataset.visibleCount = String(shown.length);
			document.getElementById('map-count').textContent = label('facilities') + ': ' + shown.length;
		}

		// A grid clustering: below CLUSTER_BELOW_ZOOM, facilities whose markers fall in the same
		// CELL_PX square of the screen are drawn as one numbered circle; clicking it zooms in.
		function clusters(facilities) {
			if (map.getZoom() >= CLUSTER_BELOW_ZOOM) {
				return facilities.map(function (f) { return [f]; });
			}
			var cells = {};
			var order = [];
			facilities.forEach(function (f) {
				var p = map.project([f.latitude, f.longitude], map.getZoom());
				var key = Math.floor(p.x / CELL_PX) + ':' + Math.floor(p.y / CELL_PX);
				if (!cells[key]) { cells[key] = []; order.push(key); }
				cells[key].push(f);
			});
			return order.map(function (key) { return cells[key]; });
		}

		function marker(f) {
			var icon = L.divIcon({
				className: 'facility-marker type-' + f.type + (f.approximate ? ' approximate' : ''),
				iconSize: [16, 16], html: ''
			});
			var m = L.marker([f.latitude, f.longitude], { icon: icon, title: f.name, keyboard: true });
			m.on('add', function () {
				var node = m.getElement();
				if (node) { node.dataset.type = f.type; node.dataset.facilityId = f.id; }
			});
			m.bindPopup(function () { return popup(f); });
			return m;
		}

		function cluster(group) {
			var bounds = L.latLngBounds(group.map(function (f) { return [f.latitude, f.longitude]; }));
			var size = group.length < 10 ? 30 : 38;
			var icon = L.divIcon({ className: 'facility-cluster', iconSize: [size, size], html: String(group.length) });
			var c = L.marker(bounds.getCenter(), { icon: icon, title: String(group.length), keyboard: true });
			c.on('add', function () {
				var node = c.getElement();
				if (node) {
					node.dataset.count = String(group.length);
					node.dataset.types = group.map(function (f) { return f.type; }).join(' ');
				}
			});
			c.on('click', function () { map.fitBounds(bounds.pad(0.5), { maxZoom: CLUSTER_BELOW_ZOOM + 1 }); });
			return c;
		}

		function popup(f) {
			var box = document.createElement('div');
			box.className = 'map-popup';
			box.appendChild(text('h3', '', f.name));
			box.appendChild(text('p', 'muted', label('type.' + f.type) + ' · ' + f.country + (f.region ? ', ' + f.region : '')));
			if (f.activities.length) {
				box.appendChild(text('p', '', f.activities.map(function (a) { return label('activity.' + a); }).join(', ')));
			}
			if (f.firstSeen || f.lastSeen) {
				box.appendChild(text('p', '', label('seen') + ': ' + (f.firstSeen || '…') + ' – ' + (f.lastSeen || '…')));
			}
			if (f.approximate) { box.appendChild(text('p', 'muted', label('approximate') + ' (±' + f.precisionMeters + ' m)')); }
			box.appendChild(text('p', 'children', label('children') + ': ' + f.childrenLabel));
			var link = text('a', '', label('details'));
			link.href = el.dataset.facilityUrl + f.id;
			box.appendChild(link);
			return box;
		}

		function fillCountries(facilities) {
			var select = document.getElementById('filter-country');
			facilities.map(function (f) { return f.country; })
				.filter(function (c, i, a) { return a.indexOf(c) === i; }).sort()
				.forEach(function (c) { select.appendChild(text('option', '', c)).value = c; });
		}
	}

	function addLegend(map, facilities, label) {
		var legend = L.control({ position: 'bottomright' });
		legend.onAdd = function () {
			var box = L.DomUtil.create('div', 'map-legend');
			box.id = 'map-legend';
			box.appendChild(text('h3', '', label('legend')));
			Object.keys(facilityTypes()).forEach(function (type) {
				var row = document.createElement('div');
				row.appendChild(text('span', 'type-swatch type-' + type, ''));
				row.appendChild(text('span', '', label('type.' + type)));
				box.appendChild(row);
			});
			return box;
		};
		legend.addTo(map);
	}

	function facilityTypes() {
		var types = {};
		document.querySelectorAll('#filter-type option').forEach(function (o) { if (o.value) { types[o.value] = true; } });
		return types;
	}

	document.addEventListener('DOMContentLoaded', function () {
		var el = document.getElementById('map');
		if (el && window.L) { start(el); }
	});
}());
