package org.homeward.votes;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the member-state and alias tables in line with {@code votes/member-states.csv}
 * at startup, before the server opens its port. Idempotent: rows that already match are
 * left alone, so a restart writes nothing. Never lazy: the command-line import starts a
 * lazy context and still needs the member states.
 */
@Component
@Lazy(false)
class MemberStateLoader implements SmartInitializingSingleton {

	static final String RESOURCE = "votes/member-states.csv";

	private static final Logger log = LoggerFactory.getLogger(MemberStateLoader.class);

	private final JdbcVotesRepository repository;

	private final TransactionTemplate transaction;

	MemberStateLoader(JdbcVotesRepository repository, TransactionTemplate transaction) {
		this.repository = repository;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<MemberRow> rows = read();
		Map<String, String> aliases = aliases(rows);
		int changed = this.transaction.execute(status -> this.repository.syncMemberStates(rows, aliases));
		if (changed > 0) {
			log.info("Member states: {} rows and aliases written", changed);
		}
	}

	/**
	 * The member states of the resource file, in board order.
	 * @return 193 rows
	 */
	static List<MemberRow> read() {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setCommentMarker('#')
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.get();
		List<MemberRow> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
			for (CSVRecord r : parser) {
				MemberState state = new MemberState(r.get("iso3"), r.get("iso2"), r.get("ga_name"),
						r.get("common_name"), r.get("official_name"), r.get("un_regional_group"));
				List<String> extra = r.get("aliases").isEmpty() ? List.of() : List.of(r.get("aliases").split("\\|"));
				rows.add(new MemberRow(state, r.get("m49"), extra, 0));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Collator collator = Collator.getInstance(Locale.ENGLISH);
		collator.setStrength(Collator.SECONDARY);
		rows.sort(Comparator.comparing(row -> row.state().gaName(), collator));
		List<MemberRow> ordered = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			MemberRow row = rows.get(i);
			ordered.add(new MemberRow(row.state(), row.m49(), row.aliases(), i + 1));
		}
		return ordered;
	}

	/**
	 * Every alias key and the code it names.
	 * @param rows the member states
	 * @return alias keys to alpha-3 codes
	 * @throws IllegalStateException when one key would name two members
	 */
	static Map<String, String> aliases(List<MemberRow> rows) {
		Map<String, String> aliases = new LinkedHashMap<>();
		Map<String, String> spelled = new HashMap<>();
		for (MemberRow row : rows) {
			MemberState s = row.state();
			List<String> names = new ArrayList<>(
					List.of(s.code(), s.iso2(), s.gaName(), s.commonName(), s.officialName()));
			names.addAll(row.aliases());
			for (String name : names) {
				String key = MemberNames.key(name);
				String previous = aliases.putIfAbsent(key, s.code());
				if (previous != null && !previous.equals(s.code())) {
					throw new IllegalStateException("'" + name + "' names both " + previous + " (as '"
							+ spelled.get(key) + "') and " + s.code());
				}
				spelled.putIfAbsent(key, name);
			}
		}
		return aliases;
	}

	/**
	 * A member state as the resource file lists it.
	 *
	 * @param state the member state
	 * @param m49 its UN M49 numeric code
	 * @param aliases former and other names
	 * @param boardOrder its place on the board, from 1
	 */
	record MemberRow(MemberState state, String m49, List<String> aliases, int boardOrder) {

	}

}
