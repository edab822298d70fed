package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An identity as the API and the forms send it: plain fields, validated field by field so
 * that an error names the field. Mutable for form binding.
 */
class IdentityForm {

	@Size(max = 200)
	private @Nullable String givenName;

	@Size(max = 200)
	private @Nullable String familyName;

	@Size(max = 200)
	private @Nullable String patronymic;

	@Pattern(regexp = "M|F|UNKNOWN", message = "{homeward.validation.sex}")
	private @Nullable String sex;

	@PartialDateFormat
	private @Nullable String birthDate;

	@Size(max = 200)
	private @Nullable String settlement;

	@Size(max = 100)
	private @Nullable String oblast;

	@Pattern(regexp = "[A-Z]{3}", message = "{homeward.validation.citizenship}")
	private @Nullable String citizenship;

	@Size(max = 100)
	private @Nullable String documentKind;

	@Size(max = 100)
	@Pattern(regexp = "[^\\t\\n]*", message = "{homeward.validation.oneLine}")
	private @Nullable String documentNumber;

	@Size(max = 300)
	private @Nullable String guardianName;

	@Size(max = 100)
	private @Nullable String guardianRelationship;

	@Size(max = 1000)
	private @Nullable String guardianContact;

	@Size(max = 1000)
	private @Nullable String source;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private boolean imposed;

	static IdentityForm of(Identity identity) {
		IdentityForm form = new IdentityForm();
		form.givenName = identity.givenName();
		form.familyName = identity.familyName();
		form.patronymic = identity.patronymic();
		form.sex = identity.sex().name();
		form.birthDate = (identity.birthDate() != null) ? identity.birthDate().toString() : null;
		form.settlement = identity.settlement();
		form.oblast = identity.oblast();
		form.citizenship = identity.citizenship();
		if (!identity.documents().isEmpty()) {
			form.documentKind = identity.documents().get(0).kind();
			form.documentNumber = identity.documents().get(0).number();
		}
		if (identity.guardian() != null) {
			form.guardianName = identity.guardian().name();
			form.guardianRelationship = identity.guardian().relationship();
			form.guardianContact = identity.guardian().contact();
		}
		form.source = identity.source();
		form.validFrom = identity.validFrom();
		form.validTo = identity.validTo();
		form.imposed = identity.imposed();
		return form;
	}

	@AssertTrue(message = "{homeward.validation.name}")
	public boolean isGivenNameOrFamilyName() {
		return !blank(this.givenName) || !blank(this.familyName);
	}

	@AssertTrue(message = "{homeward.validation.validity}")
	public boolean isValidityOrdered() {
		return this.validFrom == null || this.validTo == null || !this.validTo.isBefore(this.validFrom);
	}

	@AssertTrue(message = "{homeward.validation.guardian}")
	public boolean isGuardianNamed() {
		return !blank(this.guardianName) || (blank(this.guardianContact) && blank(this.guardianRelationship));
	}

	Identity toIdentity() {
		List<IdentityDocument> documents = (blank(this.documentNumber)) ? List.of() : List
			.of(new IdentityDocument(blank(this.documentKind) ? "OTHER" : this.documentKind, this.documentNumber));
		Guardian guardian = blank(this.guardianName) ? null
				: new Guardian(this.guardianName, this.guardianRelationship, this.guardianContact);
		return new Identity(this.givenName, this.familyName, this.patronymic,
				blank(this.sex) ? Sex.UNKNOWN : Sex.valueOf(this.sex),
				PartialDate.parseOptional(this.birthDate).orElse(null), this.settlement, this.oblast,
				blank(this.citizenship) ? null : this.citizenship, documents, guardian, this.source, this.validFrom,
				this.validTo, this.imposed);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	public @Nullable String getGivenName() {
		return this.givenName;
	}

	public void setGivenName(@Nullable String givenName) {
		this.givenName = givenName;
	}

	public @Nullable String getFamilyName() {
		return this.familyName;
	}

	public void setFamilyName(@Nullable String familyName) {
		this.familyName = familyName;
	}

	public @Nullable String getPatronymic() {
		return this.patronymic;
	}

	public void setPatronymic(@Nullable String patronymic) {
		this.patronymic = patronymic;
	}

	public @Nullable String getSex() {
		return this.sex;
	}

	public void setSex(@Nullable String sex) {
		this.sex = sex;
	}

	public @Nullable String getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(@Nullable String birthDate) {
		this.birthDate = birthDate;
	}

	public @Nullable String getSettlement() {
		return this.settlement;
	}

	public void setSettlement(@Nullable String settlement) {
		this.settlement = settlement;
	}

	public @Nullable String getOblast() {
		return this.oblast;
	}

	public void setOblast(@Nullable String oblast) {
		this.oblast = oblast;
	}

	public @Nullable String getCitizenship() {
		return this.citizenship;
	}

	public void setCitizenship(@Nullable String citizenship) {
		this.citizenship = blank(citizenship) ? null : citizenship;
	}

	public @Nullable String getDocumentKind() {
		return this.documentKind;
	}

	public void setDocumentKind(@Nullable String documentKind) {
		this.documentKind = documentKind;
	}

	public @Nullable String getDocumentNumber() {
		return this.documentNumber;
	}

	public void setDocumentNumber(@Nullable String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public @Nullable String getGuardianName() {
		return this.guardianName;
	}

	public void setGuardianName(@Nullable String guardianName) {
		this.guardianName = guardianName;
	}

	public @Nullable String getGuardianRelationship() {
		return this.guardianRelationship;
	}

	public void setGuardianRelationship(@Nullable String guardianRelationship) {
		this.guardianRelationship = guardianRelationship;
	}

	public @Nullable String getGuardianContact() {
		return this.guardianContact;
	}

	public void setGuardianContact(@Nullable String guardianContact) {
		this.guardianContact = guardianContact;
	}

	public @Nullable String getSource() {
		return this.source;
	}

	public void setSource(@Nullable String source) {
		this.source = source;
	}

	public @Nullable LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(@Nullable LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(@Nullable LocalDate validTo) {
		this.validTo = validTo;
	}

	public boolean isImposed() {
		return this.imposed;
	}

	public void setImposed(boolean imposed) {
		this.imposed = imposed;
	}

}
