// The world coloured by one resolution's vote. Served with the page (no CDN): Leaflet from its
// webjar, Natural Earth boundaries (public domain) and the votes as JSON. No inline scripts (CSP).
// Each country shows its vote's colour and, on hover or focus, its name and the vote's letter, so
// the map does not rely on colour alone.
(function () {
	'use strict';

	var COLOURS = { YES: '#1e7b34', NO: '#b71c1c', ABSTAIN: '#f6c700', NON_VOTING: '#c9ced6' };
	var LETTERS = { YES: 'Y', NO: 'N', ABSTAIN: 'A', NON_VOTING: 'X' };

	function getJson(url) {
		return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
			.then(function (r) { if (!r.ok) { throw new Error(url + ': ' + r.status); } return r.json(); });
	}

	function start(el) {
		var labels = { YES: el.dataset.labelYes, NO: el.dataset.labelNo, ABSTAIN: el.dataset.labelAbstain,
			NON_VOTING: el.dataset.labelNonVoting, none: el.dataset.labelNone };
		var map = L.map(el, { worldCopyJump: true, minZoom: 1 }).setView([30, 20], 2);
		Promise.all([getJson(el.dataset.votesUrl), getJson(el.dataset.countriesUrl)]).then(function (loaded) {
			var seats = {};
			loaded[0].votes.forEach(function (seat) { seats[seat.code] = seat; });
			var coloured = 0;
			L.geoJSON(loaded[1], {
				style: function (feature) {
					var seat = seats[feature.properties.iso3];
					var vote = seat ? seat.vote : null;
					return {
						color: '#5b6473', weight: 0.6,
						fillColor: vote ? COLOURS[vote] : (seat ? '#ffffff' : '#eceff1'),
						fillOpacity: 1
					};
				},
				onEachFeature: function (feature, layer) {
					var seat = seats[feature.properties.iso3];
					if (!seat) {
						return;
					}
					var vote = seat.vote;
					var text = seat.name + ': ' + (vote ? LETTERS[vote] + ' · ' + (labels[vote] || vote) : (labels.none || '–'));
					layer.bindTooltip(text, { sticky: true });
					layer.on('add', function () {
						var path = layer.getElement();
						if (path) {
							path.setAttribute('data-iso3', seat.code);
							path.setAttribute('data-vote', vote || '');
							path.setAttribute('aria-label', text);
						}
					});
					if (vote) {
						coloured++;
					}
				}
			}).addTo(map);
			el.dataset.coloured = String(coloured);
			el.dataset.loaded = 'true';
		}).catch(function (e) {
			el.dataset.error = String(e);
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		var el = document.getElementById('vote-map');
		if (el) {
			start(el);
		}
	});
})();
