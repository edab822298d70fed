package org.homeward.linkage;

class InMemoryCandidateIndexTest extends CandidateIndexContractTest {

	@Override
	CandidateIndex newIndex() {
		return new InMemoryCandidateIndex(LinkageEngine.create(FieldProfile.person()));
	}

}
