package org.homeward.votes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The member states and their aliases, read once for one import or one look-up.
 *
 * @param members member states in board order
 * @param byCode member states by alpha-3 code
 * @param aliases alias keys to alpha-3 codes
 */
record MemberDirectory(List<MemberState> members, Map<String, MemberState> byCode, Map<String, String> aliases) {

	static MemberDirectory of(List<MemberState> members, Map<String, String> aliases) {
		return new MemberDirectory(List.copyOf(members),
				members.stream().collect(Collectors.toUnmodifiableMap(MemberState::code, Function.identity())),
				Map.copyOf(aliases));
	}

	/**
	 * Finds a member by code or any name.
	 * @param nameOrCode the spelling
	 * @return the member, or empty
	 */
	Optional<MemberState> find(String nameOrCode) {
		return Optional.ofNullable(this.aliases.get(MemberNames.key(nameOrCode))).map(this.byCode::get);
	}

}
