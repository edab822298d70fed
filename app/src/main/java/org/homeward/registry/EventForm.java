package org.homeward.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A timeline event as the API and the form send it. The form gives sources one per line.
 */
class EventForm {

	@NotNull
	private @Nullable EventType type;

	@PartialDateFormat
	private @Nullable String date;

	@Size(max = 300)
	private @Nullable String place;

	@NotBlank
	@Size(max = 4000)
	private @Nullable String description;

	private List<@Size(max = 500) String> sources = new ArrayList<>();

	NewEvent toNewEvent() {
		return new NewEvent(this.type, PartialDate.parseOptional(this.date).orElse(null), this.place, this.description,
				this.sources);
	}

	public @Nullable EventType getType() {
		return this.type;
	}

	public void setType(@Nullable EventType type) {
		this.type = type;
	}

	public @Nullable String getDate() {
		return this.date;
	}

	public void setDate(@Nullable String date) {
		this.date = date;
	}

	public @Nullable String getPlace() {
		return this.place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public List<String> getSources() {
		return this.sources;
	}

	public void setSources(@Nullable List<String> sources) {
		this.sources = (sources != null) ? new ArrayList<>(sources) : new ArrayList<>();
	}

	public String getSourcesText() {
		return String.join("\n", this.sources);
	}

	public void setSourcesText(@Nullable String text) {
		this.sources = (text == null) ? new ArrayList<>() : new ArrayList<>(
				Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
	}

}
