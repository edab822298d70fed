package org.homeward.facilities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The gazetteer shipped in {@code facilities/gazetteer-ua.tsv} (its header names the
 * source), indexed by every name of every settlement and oblast.
 */
@Component
class ResourceGazetteer implements Gazetteer {

	private static final String FILE = "/facilities/gazetteer-ua.tsv";

	private final List<Settlement> settlements = new ArrayList<>();

	private final Map<String, List<Settlement>> byName = new HashMap<>();

	/** Oblast key (any of its names) to its Ukrainian name. */
	private final Map<String, String> oblasts = new HashMap<>();

	/** Ukrainian oblast name to the Ukrainian name of its centre. */
	private final Map<String, String> centres = new HashMap<>();

	ResourceGazetteer() {
		try (InputStream in = ResourceGazetteer.class.getResourceAsStream(FILE);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(this::read);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read(String line) {
		String[] f = line.split("\t", -1);
		if (f[0].equals("oblast")) {
			Stream.concat(Stream.of(f[1], f[2], f[3]), aliases(f[5]).stream())
				.forEach(name -> this.oblasts.put(Text.placeKey(name), f[1]));
			this.centres.put(f[1], f[4]);
			return;
		}
		Settlement s = new Settlement(f[2], f[3], f[4], aliases(f[7]), f[1], Double.parseDouble(f[5]),
				Double.parseDouble(f[6]));
		this.settlements.add(s);
		Stream.concat(Stream.of(s.ukrainian(), s.russian(), s.latin()), s.aliases().stream())
			.map(Text::placeKey)
			.distinct()
			.forEach(key -> this.byName.computeIfAbsent(key, k -> new ArrayList<>()).add(s));
	}

	private static List<String> aliases(String field) {
		return field.isBlank() ? List.of() : List.of(field.split("\\|"));
	}

	@Override
	public Optional<Settlement> resolve(@Nullable String settlement, @Nullable String oblast) {
		if (settlement == null || settlement.isBlank()) {
			return Optional.empty();
		}
		List<Settlement> candidates = this.byName.getOrDefault(Text.placeKey(settlement), List.of());
		String oblastName = oblastName(oblast);
		return candidates.stream()
			.filter(s -> oblastName == null || s.oblast().equals(oblastName))
			.findFirst()
			.or(() -> candidates.stream().findFirst());
	}

	@Override
	public Optional<Settlement> oblastCentre(@Nullable String oblast) {
		String name = oblastName(oblast);
		return (name != null) ? resolve(this.centres.get(name), null) : Optional.empty();
	}

	@Override
	public List<Settlement> all() {
		return List.copyOf(this.settlements);
	}

	private @Nullable String oblastName(@Nullable String oblast) {
		return (oblast == null || oblast.isBlank()) ? null : this.oblasts.get(Text.placeKey(oblast));
	}

}
