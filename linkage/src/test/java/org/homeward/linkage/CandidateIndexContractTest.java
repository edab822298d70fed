package org.homeward.linkage;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.homeward.linkage.CrossScriptMatchingTest.person;

/**
 * What every {@link CandidateIndex} must do; subclassed per implementation.
 */
abstract class CandidateIndexContractTest {

	private CandidateIndex index;

	abstract CandidateIndex newIndex();

	@BeforeEach
	void fill() {
		this.index = newIndex();
		this.index.add(person("ua-1", "Михайло", "Коваленко", "Петрович", "M", "2014-03-15", "Маріуполь", "Донецька"));
		this.index.add(person("ua-2", "Олексій", "Коваленко", "Петрович", "M", "2014-03-15", "Маріуполь", "Донецька"));
		this.index.add(person("ua-3", "Софія", "Зборовська", "", "F", "2015-02-11", "Ізюм", "Харківська"));
	}

	@Test
	void findsTheSameChildAcrossScripts() {
		List<CandidateIndex.Candidate> found = this.index
			.candidates(person("news-1", "Mykhailo", "Kovalenko", "", "M", "2014-03-15", "Mariupol", ""), 5);
		assertThat(found).isNotEmpty();
		assertThat(found.get(0).recordId()).isEqualTo("ua-1");
		assertThat(found.get(0).explanation().decision()).isEqualTo(Decision.MATCH);
	}

	@Test
	void leavesOutVetoedTwinsAndTheRecordItself() {
		List<CandidateIndex.Candidate> found = this.index
			.candidates(person("ua-1", "Михайло", "Коваленко", "Петрович", "M", "2014-03-15", "Маріуполь", ""), 5);
		assertThat(found).extracting(CandidateIndex.Candidate::recordId).doesNotContain("ua-1", "ua-2");
	}

	@Test
	void forgetsRemovedRecords() {
		assertThat(this.index.remove("ua-1")).isTrue();
		assertThat(this.index.remove("ua-1")).isFalse();
		assertThat(this.index.size()).isEqualTo(2);
		assertThat(this.index
			.candidates(person("news-1", "Mykhailo", "Kovalenko", "", "M", "2014-03-15", "Mariupol", ""), 5))
			.extracting(CandidateIndex.Candidate::recordId)
			.doesNotContain("ua-1");
	}

	@Test
	void replacesARecordWithTheSameId() {
		this.index.add(person("ua-3", "Дарина", "Мельник", "", "F", "2011-01-01", "Херсон", ""));
		assertThat(this.index.size()).isEqualTo(3);
		assertThat(this.index.candidates(person("ru-1", "София", "Зборовская", "", "F", "2015-02-11", "Изюм", ""), 5))
			.isEmpty();
	}

	@Test
	void respectsTheLimit() {
		this.index.add(person("ua-4", "Михайло", "Коваленко", "", "M", "2014-03-15", "", ""));
		assertThat(this.index.candidates(person("ru-2", "Михаил", "Коваленко", "", "M", "2014-03-15", "", ""), 1))
			.hasSize(1);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.index.candidates(person("ru-2", "Михаил", "", "", "", "", "", ""), 0));
	}

}
