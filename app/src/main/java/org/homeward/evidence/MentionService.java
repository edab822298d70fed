package org.homeward.evidence;

import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentions imports, backed by {@link JdbcMentionRepository}. The whole import runs in one
 * transaction; a refused file leaves nothing behind.
 */
@Service
class MentionService implements SourceMentions {

	private final JdbcMentionRepository repository;

	private final JdbcSourceRepository sources;

	private final AuditLedger audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MentionService(JdbcMentionRepository repository, JdbcSourceRepository sources, AuditLedger audit, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.sources = sources;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public MentionPreview preview(MentionUpload upload) {
		return MentionFiles.read(upload);
	}

	@Override
	@Transactional
	public MentionImportReport importMentions(long sourceId, MentionUpload upload, String actor) {
		this.sources.find(sourceId).orElseThrow(() -> new NoSuchElementException("No source with id " + sourceId));
		String sha = HexFormat.of().formatHex(Rfc3161.sha256(upload.content()));
		if (this.repository.fileImported(sha)) {
			return new MentionImportReport(upload.fileName(), sha, 0, true, List.of());
		}
		MentionPreview read = MentionFiles.read(upload);
		boolean unreadable = read.problems().stream().anyMatch(p -> p.line() <= 1);
		if (!read.problems().isEmpty() && (!upload.skipInvalid() || unreadable)) {
			throw new MentionImportRejectedException(upload.fileName(), read.problems());
		}
		this.repository.insertFile(sha, sourceId, upload.fileName(), read.rows().size(), read.problems().size(), actor,
				this.clock.instant());
		this.repository.insertMentions(sourceId, sha, read.rows());
		List<Long> ids = this.repository.idsOfFile(sha);
		if (!ids.isEmpty()) {
			this.events.publishEvent(new MentionsImported(sourceId, ids));
		}
		this.audit.record(actor, AuditAction.CREATE, "source", Long.toString(sourceId), Map.of("mentionsFile",
				upload.fileName(), "sha256", sha, "imported", read.rows().size(), "rejected", read.problems().size()));
		return new MentionImportReport(upload.fileName(), sha, read.rows().size(), false, read.problems());
	}

	@Override
	public List<Mention> mentions(long sourceId) {
		return this.repository.forSource(sourceId);
	}

	@Override
	public Optional<Mention> mention(long mentionId) {
		return this.repository.find(mentionId);
	}

}
