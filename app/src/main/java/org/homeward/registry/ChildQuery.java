package org.homeward.registry;

import org.jspecify.annotations.Nullable;

/**
 * Filters and paging for the children list.
 *
 * @param status only children with this status
 * @param oblast only children with an identity from this oblast (exact, case-insensitive)
 * @param birthYear only children with an identity born that year
 * @param name only children with an identity whose given or family name contains this
 * text (case-insensitive, as written)
 * @param page page number from 0
 * @param size page size, 1 to 200
 * @param viewer who looks: restricted children they are not granted are left out; null
 * only for the system itself (demo generation, matching)
 */
public record ChildQuery(@Nullable ChildStatus status, @Nullable String oblast, @Nullable Integer birthYear,
		@Nullable String name, int page, int size, @Nullable Viewer viewer) {

	public ChildQuery(@Nullable ChildStatus status, @Nullable String oblast, @Nullable Integer birthYear,
			@Nullable String name, int page, int size) {
		this(status, oblast, birthYear, name, page, size, null);
	}

	public ChildQuery {
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more");
		}
		if (size < 1 || size > 200) {
			throw new IllegalArgumentException("size must be 1 to 200");
		}
		oblast = (oblast == null || oblast.isBlank()) ? null : oblast.strip();
		name = (name == null || name.isBlank()) ? null : name.strip();
	}

	public static ChildQuery firstPage(int size) {
		return new ChildQuery(null, null, null, null, 0, size);
	}

}
