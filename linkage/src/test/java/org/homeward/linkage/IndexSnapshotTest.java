package org.homeward.linkage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.linkage.CrossScriptMatchingTest.person;

class IndexSnapshotTest {

	private static final List<InputRecord> QUERIES = List.of(
			person("q-1", "Mykhailo", "Kovalenko", "", "M", "2014-03-15", "Mariupol", ""),
			person("q-2", "Михаил", "Коваленко", "Петрович", "M", "2014-03-15", "Мариуполь", ""),
			person("q-3", "София", "Зборовская", "", "F", "2015-02-11", "Изюм", ""),
			person("q-4", "Nastia", "Bondarenko", "", "F", "2012", "", ""));

	private InMemoryCandidateIndex index;

	@BeforeEach
	void fill() {
		this.index = new InMemoryCandidateIndex(LinkageEngine.create(FieldProfile.person()));
		this.index.add(person("ua-1", "Михайло", "Коваленко", "Петрович", "M", "2014-03-15", "Маріуполь", "Донецька"));
		this.index.add(person("ua-2", "Олексій", "Коваленко", "Петрович", "M", "2014-03-15", "Маріуполь", "Донецька"));
		this.index.add(person("ua-3", "Софія", "Зборовська", "", "F", "2015-02-11", "Ізюм", "Харківська"));
		this.index.add(person("ua-4", "Анастасія", "Бондаренко", "Іванівна", "F", "2012-07-01", "Херсон", ""));
		this.index.add(person("list-1", "BONDARENKO ANASTASIIA", "", "", "F", "2012-01-07", "", ""));
		this.index.candidates(QUERIES.get(0), 5);
	}

	@Test
	void answersAsTheIndexItWasWrittenFrom() throws IOException {
		InMemoryCandidateIndex restored = read(write(this.index), LinkageEngine.create(FieldProfile.person()));
		assertThat(restored.size()).isEqualTo(this.index.size());
		for (InputRecord query : QUERIES) {
			assertThat(restored.candidates(query, 10)).isEqualTo(this.index.candidates(query, 10));
		}
	}

	@Test
	void keepsLearningNewNamesAfterReading() throws IOException {
		InMemoryCandidateIndex restored = read(write(this.index), LinkageEngine.create(FieldProfile.person()));
		restored.add(person("ua-5", "Дарина", "Мельник", "", "F", "2011-01-01", "Херсон", ""));
		List<CandidateIndex.Candidate> found = restored
			.candidates(person("news-5", "Daryna", "Melnyk", "", "F", "2011-01-01", "Kherson", ""), 5);
		assertThat(found).extracting(CandidateIndex.Candidate::recordId).first().isEqualTo("ua-5");
		assertThat(restored.candidates(QUERIES.get(0), 5)).isEqualTo(this.index.candidates(QUERIES.get(0), 5));
	}

	@Test
	void refusesAnEngineThatPreparedRecordsAlready() {
		LinkageEngine used = LinkageEngine.create(FieldProfile.person());
		used.prepare(QUERIES.get(0));
		assertThatIllegalStateException().isThrownBy(() -> read(write(this.index), used));
	}

	@Test
	void refusesASnapshotOfAnotherFormatOrEngine() throws IOException {
		byte[] bytes = write(this.index);
		bytes[3] = 99;
		assertThatThrownBy(() -> read(bytes, LinkageEngine.create(FieldProfile.person())))
			.isInstanceOf(IndexSnapshot.IncompatibleSnapshotException.class);
	}

	@Test
	void failsOnATruncatedSnapshot() throws IOException {
		byte[] bytes = write(this.index);
		assertThatThrownBy(
				() -> read(Arrays.copyOf(bytes, bytes.length - 10), LinkageEngine.create(FieldProfile.person())))
			.isInstanceOf(IOException.class);
	}

	@Test
	void namesTheEngineByItsCodeAndData() {
		assertThat(IndexSnapshot.fingerprint(FieldProfile.person()))
			.isEqualTo(IndexSnapshot.fingerprint(FieldProfile.person()))
			.isNotEqualTo(IndexSnapshot.fingerprint(FieldProfile.febrl()))
			.hasSize(64);
	}

	/* A misspelt or moved input would silently drop out of the fingerprint. */
	@Test
	void fingerprintsOnlyInputsThatExist() {
		assertThat(IndexSnapshot.INPUTS)
			.allSatisfy((input) -> assertThat(IndexSnapshot.class.getResource(input)).as(input).isNotNull());
	}

	private static byte[] write(InMemoryCandidateIndex index) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			IndexSnapshot.write(index, out);
		}
		return bytes.toByteArray();
	}

	private static InMemoryCandidateIndex read(byte[] bytes, LinkageEngine engine) throws IOException {
		return IndexSnapshot.read(engine, new DataInputStream(new ByteArrayInputStream(bytes)), (n) -> {
		});
	}

}
