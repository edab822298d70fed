package org.homeward.votes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.homeward.votes.MemberStateLoader.MemberRow;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Member states, resolutions and recorded votes in SQL that runs unchanged on H2
 * (PostgreSQL mode) and PostgreSQL.
 */
@Repository
class JdbcVotesRepository {

	private static final String RESOLUTION_COLUMNS = "id, symbol, draft_symbol, title, session_no, meeting_no, "
			+ "vote_date, vote_time, required_majority, source";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	JdbcVotesRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Writes the member states and aliases that differ from the stored ones.
	 * @return how many rows were written
	 */
	int syncMemberStates(List<MemberRow> rows, Map<String, String> aliases) {
		Map<String, MemberRow> stored = new HashMap<>();
		this.jdbc
			.sql("select code, iso2, m49, ga_name, common_name, official_name, regional_group, board_order "
					+ "from member_state")
			.query((rs, n) -> {
				MemberState s = new MemberState(rs.getString("code"), rs.getString("iso2"), rs.getString("ga_name"),
						rs.getString("common_name"), rs.getString("official_name"), rs.getString("regional_group"));
				return new MemberRow(s, rs.getString("m49"), List.of(), rs.getInt("board_order"));
			})
			.list()
			.forEach(r -> stored.put(r.state().code(), r));
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (MemberRow row : rows) {
			MemberRow old = stored.get(row.state().code());
			MemberState s = row.state();
			Object[] values = { s.iso2(), row.m49(), s.gaName(), s.commonName(), s.officialName(), s.regionalGroup(),
					row.boardOrder(), s.code() };
			if (old == null) {
				inserts.add(values);
			}
			else if (!old.state().equals(s) || !old.m49().equals(row.m49()) || old.boardOrder() != row.boardOrder()) {
				updates.add(values);
			}
		}
		this.batch.batchUpdate("insert into member_state (iso2, m49, ga_name, common_name, official_name, "
				+ "regional_group, board_order, code) values (?, ?, ?, ?, ?, ?, ?, ?)", inserts);
		this.batch.batchUpdate("update member_state set iso2 = ?, m49 = ?, ga_name = ?, common_name = ?, "
				+ "official_name = ?, regional_group = ?, board_order = ? where code = ?", updates);
		return inserts.size() + updates.size() + syncAliases(aliases);
	}

	private int syncAliases(Map<String, String> aliases) {
		if (aliases().equals(aliases)) {
			return 0;
		}
		this.jdbc.sql("delete from member_alias").update();
		List<Object[]> rows = aliases.entrySet().stream().map(e -> new Object[] { e.getKey(), e.getValue() }).toList();
		this.batch.batchUpdate("insert into member_alias (alias_key, code) values (?, ?)", rows);
		return rows.size();
	}

	/** Alias keys to alpha-3 codes. */
	Map<String, String> aliases() {
		Map<String, String> aliases = new HashMap<>();
		this.jdbc.sql("select alias_key, code from member_alias").query((ResultSet rs) -> {
			aliases.put(rs.getString(1), rs.getString(2));
		});
		return aliases;
	}

	/** Member states in board order. */
	List<MemberState> memberStates() {
		return this.jdbc
			.sql("select code, iso2, ga_name, common_name, official_name, regional_group "
					+ "from member_state order by board_order")
			.query((rs, n) -> new MemberState(rs.getString("code"), rs.getString("iso2"), rs.getString("ga_name"),
					rs.getString("common_name"), rs.getString("official_name"), rs.getString("regional_group")))
			.list();
	}

	Optional<Long> findResolutionId(String symbol) {
		return this.jdbc.sql("select id from resolution where symbol = :symbol")
			.param("symbol", symbol)
			.query(Long.class)
			.optional();
	}

	long insertResolution(ResolutionDetails d, Instant now, String actor) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into resolution (symbol, draft_symbol, title, session_no, meeting_no, vote_date, vote_time,
				  required_majority, source, imported_at, imported_by)
				values (:symbol, :draft, :title, :session, :meeting, :date, :time, :majority, :source, :now, :actor)""")
			.param("symbol", d.symbol())
			.param("draft", d.draftSymbol())
			.param("title", d.title())
			.param("session", d.session())
			.param("meeting", d.meeting())
			.param("date", d.date())
			.param("time", d.time())
			.param("majority", d.majority().name())
			.param("source", d.source())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.update(key, "id");
		return Objects.requireNonNull(key.getKeyAs(Number.class)).longValue();
	}

	void insertVotes(long resolutionId, Map<String, Vote> votes) {
		List<Object[]> rows = votes.entrySet()
			.stream()
			.map(e -> new Object[] { resolutionId, e.getKey(), e.getValue().name() })
			.toList();
		this.batch.batchUpdate("insert into recorded_vote (resolution_id, member_code, vote) values (?, ?, ?)", rows);
	}

	/** A resolution's votes by member code. */
	Map<String, Vote> votes(long resolutionId) {
		Map<String, Vote> votes = new LinkedHashMap<>();
		this.jdbc.sql("select member_code, vote from recorded_vote where resolution_id = :id")
			.param("id", resolutionId)
			.query((ResultSet rs) -> {
				votes.put(rs.getString(1), Vote.valueOf(rs.getString(2)));
			});
		return votes;
	}

	/** One member's votes by resolution id. */
	Map<Long, Vote> votesOf(String memberCode) {
		Map<Long, Vote> votes = new HashMap<>();
		this.jdbc.sql("select resolution_id, vote from recorded_vote where member_code = :code")
			.param("code", memberCode)
			.query((ResultSet rs) -> {
				votes.put(rs.getLong(1), Vote.valueOf(rs.getString(2)));
			});
		return votes;
	}

	Optional<Resolution> resolution(long id) {
		Tally tally = tallies(id).getOrDefault(id, new Tally(0, 0, 0, 0));
		return this.jdbc.sql("select " + RESOLUTION_COLUMNS + " from resolution where id = :id")
			.param("id", id)
			.query((rs, n) -> resolution(rs, tally))
			.optional();
	}

	/** All resolutions, newest vote first. */
	List<Resolution> resolutions() {
		Map<Long, Tally> tallies = tallies(null);
		return this.jdbc
			.sql("select " + RESOLUTION_COLUMNS
					+ " from resolution order by vote_date desc, vote_time desc nulls last, symbol desc")
			.query((rs, n) -> resolution(rs, tallies.getOrDefault(rs.getLong("id"), new Tally(0, 0, 0, 0))))
			.list();
	}

	private Map<Long, Tally> tallies(@Nullable Long onlyId) {
		Map<Long, Map<Vote, Integer>> counts = new HashMap<>();
		this.jdbc.sql("""
				select resolution_id, vote, count(*) from recorded_vote
				where (cast(:id as bigint) is null or resolution_id = :id)
				group by resolution_id, vote""").param("id", onlyId).query((ResultSet rs) -> {
			counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Vote.class))
				.put(Vote.valueOf(rs.getString(2)), rs.getInt(3));
		});
		Map<Long, Tally> tallies = new HashMap<>();
		counts.forEach((id, c) -> tallies.put(id, new Tally(c.getOrDefault(Vote.YES, 0), c.getOrDefault(Vote.NO, 0),
				c.getOrDefault(Vote.ABSTAIN, 0), c.getOrDefault(Vote.NON_VOTING, 0))));
		return tallies;
	}

	private static Resolution resolution(ResultSet rs, Tally tally) throws SQLException {
		return new Resolution(rs.getLong("id"), rs.getString("symbol"), rs.getString("draft_symbol"),
				rs.getString("title"), rs.getString("session_no"), rs.getString("meeting_no"),
				rs.getObject("vote_date", LocalDate.class), rs.getObject("vote_time", LocalTime.class),
				Majority.valueOf(rs.getString("required_majority")), rs.getString("source"), tally);
	}

}
