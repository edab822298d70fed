package org.homeward.votes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Two resolutions side by side: each member state's vote on both.
 *
 * @param first the first resolution
 * @param second the second resolution
 * @param rows one per member state, in board order
 */
public record ResolutionComparison(Resolution first, Resolution second, List<Row> rows) {

	public ResolutionComparison {
		rows = List.copyOf(rows);
	}

	/**
	 * The members whose vote changed, grouped by the move ({@code Y → A}), largest group
	 * first.
	 * @return moves and the members who made them, in board order
	 */
	public Map<String, List<MemberState>> moves() {
		Map<String, List<MemberState>> moves = new LinkedHashMap<>();
		this.rows.stream()
			.filter(Row::changed)
			.forEach(r -> moves.computeIfAbsent(r.move(), k -> new ArrayList<>()).add(r.member()));
		Map<String, List<MemberState>> sorted = new LinkedHashMap<>();
		moves.entrySet()
			.stream()
			.sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
			.forEach(e -> sorted.put(e.getKey(), List.copyOf(e.getValue())));
		return sorted;
	}

	/**
	 * One member state's votes on both resolutions.
	 *
	 * @param member the member state
	 * @param first its vote on the first, or null without a record
	 * @param second its vote on the second, or null without a record
	 */
	public record Row(MemberState member, @Nullable Vote first, @Nullable Vote second) {

		/**
		 * Whether the two votes differ.
		 * @return true when they do
		 */
		public boolean changed() {
			return !Objects.equals(this.first, this.second);
		}

		/**
		 * The move as letters.
		 * @return for example {@code Y → A}
		 */
		public String move() {
			return letter(this.first) + " → " + letter(this.second);
		}

		private static String letter(@Nullable Vote vote) {
			return (vote != null) ? vote.letter() : "–";
		}

	}

}
