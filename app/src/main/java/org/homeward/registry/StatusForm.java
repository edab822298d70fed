package org.homeward.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A status change as the API and the form send it.
 */
class StatusForm {

	@NotNull
	private @Nullable ChildStatus status;

	@NotNull
	@PastOrPresent
	private @Nullable LocalDate date;

	@Size(max = 4000)
	private String reason = "";

	public @Nullable ChildStatus getStatus() {
		return this.status;
	}

	public void setStatus(@Nullable ChildStatus status) {
		this.status = status;
	}

	public @Nullable LocalDate getDate() {
		return this.date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = (reason != null) ? reason : "";
	}

}
