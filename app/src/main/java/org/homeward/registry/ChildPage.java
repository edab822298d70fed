package org.homeward.registry;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of children.
 *
 * @param items the children on this page
 * @param page the page number from 0
 * @param size the requested page size
 * @param totalItems how many children match in all
 */
public record ChildPage(List<ChildSummary> items, int page, int size, long totalItems) {

	public ChildPage {
		items = List.copyOf(items);
	}

	@JsonProperty("totalPages")
	public int totalPages() {
		return (int) ((this.totalItems + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
