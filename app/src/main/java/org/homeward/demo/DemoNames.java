package org.homeward.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.homeward.registry.Sex;

/**
 * The synthetic name lists of {@code demo/names.tsv}.
 */
record DemoNames(List<GivenName> given, List<FamilyName> family, List<String[]> imposed, List<String[]> patronymics,
		List<Place> places) {

	record GivenName(Sex sex, String ukrainian, String russian, String diminutive) {
	}

	record FamilyName(String ukrainianMasculine, String russianMasculine, String ukrainianFeminine,
			String russianFeminine) {

		String ukrainian(Sex sex) {
			return (sex == Sex.F) ? this.ukrainianFeminine : this.ukrainianMasculine;
		}

		String russian(Sex sex) {
			return (sex == Sex.F) ? this.russianFeminine : this.russianMasculine;
		}

	}

	record Place(String oblast, String settlement) {
	}

	static DemoNames load() {
		List<GivenName> given = new ArrayList<>();
		List<FamilyName> family = new ArrayList<>();
		List<String[]> imposed = new ArrayList<>();
		List<String[]> patronymics = new ArrayList<>();
		List<Place> places = new ArrayList<>();
		try (InputStream in = DemoNames.class.getResourceAsStream("/demo/names.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t");
				switch (f[0]) {
					case "given" -> given.add(new GivenName(Sex.valueOf(f[1]), f[2], f[3], f[4]));
					case "family" -> family.add(new FamilyName(f[1], f[2], f[3], f[4]));
					case "imposed" -> imposed.add(new String[] { f[1], f[2] });
					case "patronymic" -> patronymics.add(new String[] { f[1], f[2], f[3], f[4] });
					case "place" -> places.add(new Place(f[1], f[2]));
					default -> throw new IllegalStateException("demo/names.tsv: unknown kind " + f[0]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new DemoNames(given, family, imposed, patronymics, places);
	}

}
