package org.homeward.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The first identity of a child plus its status at registration, as the API and the form
 * send them.
 */
class NewChildForm extends IdentityForm {

	private @Nullable ChildStatus status;

	private @Nullable LocalDate statusDate;

	@Size(max = 10000)
	private @Nullable String notes;

	NewChild toNewChild() {
		return new NewChild(toIdentity(), (this.status != null) ? this.status : ChildStatus.REPORTED_MISSING,
				this.statusDate, (this.notes == null || this.notes.isBlank()) ? null : this.notes, false);
	}

	public @Nullable ChildStatus getStatus() {
		return this.status;
	}

	public void setStatus(@Nullable ChildStatus status) {
		this.status = status;
	}

	public @Nullable LocalDate getStatusDate() {
		return this.statusDate;
	}

	public void setStatusDate(@Nullable LocalDate statusDate) {
		this.statusDate = statusDate;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

}
