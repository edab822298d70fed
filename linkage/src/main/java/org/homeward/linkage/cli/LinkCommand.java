package org.homeward.linkage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.homeward.linkage.BlockingReport;
import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.FieldWeight;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.LinkageOptions;
import org.homeward.linkage.LinkageResult;
import org.homeward.linkage.LinkageStats;
import org.homeward.linkage.PairExplanation;
import org.homeward.linkage.PreparedRecord;
import org.homeward.linkage.ProfileFile;
import org.homeward.linkage.ScoredPair;
import org.homeward.linkage.evaluation.AssignmentFile;
import org.homeward.linkage.evaluation.InputFileException;
import org.homeward.linkage.evaluation.PairwiseEvaluation;
import org.homeward.linkage.evaluation.PairwiseScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code link --input records.csv [--input more.csv] --output clusters.csv [--pairs
 * pairs.csv] [--threads N] [--profile person|febrl|FILE]}: links the records of all
 * inputs and writes one {@code record_id,cluster_id} row per record. Output files appear
 * whole or not at all. Exit code 2 for malformed input (the message names file, line and
 * column), 1 for an I/O failure.
 */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Link records into clusters.")
public final class LinkCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--input", required = true, paramLabel = "FILE", description = "a CSV file of records (repeatable)")
	private List<Path> inputs = new ArrayList<>();

	@Option(names = "--output", required = true, paramLabel = "FILE", description = "clusters: record_id,cluster_id")
	private Path output;

	@Option(names = "--pairs", paramLabel = "FILE", description = "scored pairs with per-field levels and weights")
	private Path pairs;

	@Option(names = "--threads", paramLabel = "N", description = "threads (default: all cores)")
	private int threads = Runtime.getRuntime().availableProcessors();

	@Option(names = "--profile", paramLabel = "NAME|FILE",
			description = "person (default), febrl, or a profile file for another schema (format: "
					+ "linkage/src/main/resources/org/homeward/linkage/profiles/person.profile)")
	private String profile = "person";

	@Option(names = "--truth", paramLabel = "FILE",
			description = "labelled data (record_id,entity_id): also print pair completeness and pairwise precision, recall, F1")
	private Path truth;

	@Option(names = "--match-probability", paramLabel = "P", description = "link pairs at or above (default 0.9)")
	private double matchProbability = 0.9;

	@Option(names = "--review-probability", paramLabel = "P", description = "review pairs at or above (default 0.05)")
	private double reviewProbability = 0.05;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			FieldProfile fieldProfile = profileOf(this.profile);
			LinkageOptions defaults = LinkageOptions.defaults(fieldProfile);
			LinkageEngine engine = LinkageEngine
				.create(new LinkageOptions(fieldProfile, this.matchProbability, this.reviewProbability,
						defaults.maxBlockSize(), this.threads, defaults.trainingPairs(), defaults.seed()));
			Map<String, String> truthMap = (this.truth != null)
					? AssignmentFile.read(this.truth, AssignmentFile.ENTITY_COLUMNS, (id) -> null) : null;
			long start = System.nanoTime();
			List<InputRecord> records = readAll(engine, fieldProfile);
			long read = System.nanoTime();
			List<PreparedRecord> prepared = engine.prepareAll(records);
			long ready = System.nanoTime();
			LinkageResult result = engine.linkPrepared(prepared);
			out.printf(Locale.ROOT, "reading:          %d ms, preparing %d ms%n", (read - start) / 1_000_000,
					(ready - read) / 1_000_000);
			writeClusters(result);
			if (this.pairs != null) {
				writePairs(engine.withModel(result.model()), prepared, result);
			}
			report(out, result.stats(), (System.nanoTime() - start) / 1_000_000);
			if (truthMap != null) {
				reportBlocking(out, engine.assessBlocking(prepared, TruePairs.of(records, truthMap::get)));
				reportScore(out, truthMap, result);
			}
			else if (fieldProfile.name().equals("febrl")) {
				reportBlocking(out, engine.assessBlocking(prepared, TruePairs.fromFebrlIds(records)));
			}
			return 0;
		}
		catch (MalformedInputException | InputFileException | IllegalArgumentException ex) {
			err.println("link: " + ex.getMessage());
			return 2;
		}
		catch (IOException ex) {
			err.println("link: " + ex);
			return 1;
		}
	}

	/*
	 * A bundled profile by name, or a profile file: a value naming an existing file or
	 * ending in .profile is read as one.
	 */
	static FieldProfile profileOf(String value) throws IOException {
		Path path = Path.of(value);
		if (value.endsWith(".profile") || Files.isRegularFile(path)) {
			return ProfileFile.read(path);
		}
		return FieldProfile.named(value);
	}

	private List<InputRecord> readAll(LinkageEngine engine, FieldProfile fieldProfile)
			throws IOException, MalformedInputException {
		List<InputRecord> records = new ArrayList<>();
		Map<String, Path> seen = new HashMap<>();
		for (Path input : this.inputs) {
			List<InputRecord> fileRecords = RecordFile.read(input, fieldProfile, engine::validate);
			for (int k = 0; k < fileRecords.size(); k++) {
				Path earlier = seen.putIfAbsent(fileRecords.get(k).id(), input);
				if (earlier != null) {
					throw new MalformedInputException(input, k + 2, 1,
							"record id " + fileRecords.get(k).id() + " already used in " + earlier);
				}
			}
			records.addAll(fileRecords);
		}
		return records;
	}

	private void writeClusters(LinkageResult result) throws IOException {
		try (AtomicCsvFile file = new AtomicCsvFile(this.output, "record_id", "cluster_id")) {
			file.write((printer) -> {
				for (int i = 0; i < result.recordIds().size(); i++) {
					printer.printRecord(result.recordIds().get(i), result.clusterOf(i));
				}
			});
			file.commit();
		}
	}

	private void writePairs(LinkageEngine trained, List<PreparedRecord> prepared, LinkageResult result)
			throws IOException {
		Map<String, PreparedRecord> byId = new HashMap<>();
		prepared.forEach((record) -> byId.put(record.id(), record));
		List<String> header = new ArrayList<>(
				List.of("left_id", "right_id", "weight", "probability", "decision", "names_swapped"));
		trained.options()
			.profile()
			.fields()
			.forEach((f) -> header.addAll(List.of(f.name() + "_level", f.name() + "_weight")));
		try (AtomicCsvFile file = new AtomicCsvFile(this.pairs, header.toArray(String[]::new))) {
			file.write((printer) -> {
				for (ScoredPair pair : result.pairs()) {
					PairExplanation why = trained.explain(byId.get(pair.leftId()), byId.get(pair.rightId()));
					List<Object> row = new ArrayList<>(List.of(pair.leftId(), pair.rightId(), format(pair.weight()),
							format(pair.probability()), pair.decision(), why.namesSwapped()));
					for (FieldWeight field : why.fields()) {
						row.add(field.level());
						row.add(format(field.weight()));
					}
					printer.printRecord(row);
				}
			});
			file.commit();
		}
	}

	private static void report(PrintWriter out, LinkageStats stats, long wallMillis) {
		out.printf(Locale.ROOT, "records:          %d%n", stats.records());
		out.printf(Locale.ROOT, "candidate pairs:  %d (%d blocks over the size cap windowed)%n", stats.candidatePairs(),
				stats.blocksOverCap());
		out.printf(Locale.ROOT, "pairs/s:          %.0f (scoring %d ms, blocking and training %d ms)%n",
				stats.pairsPerSecond(), stats.scoreMillis(), stats.trainMillis());
		out.printf(Locale.ROOT, "pairs kept:       %d (cannot-link %d, merges refused %d)%n", stats.keptPairs(),
				stats.cannotLinks(), stats.refusedMerges());
		out.printf(Locale.ROOT, "clusters:         %d%n", stats.clusters());
		out.printf(Locale.ROOT, "wall time:        %d ms%n", wallMillis);
	}

	private static void reportBlocking(PrintWriter out, BlockingReport report) {
		out.printf(Locale.ROOT, "pair completeness: %.4f (%d of %d true pairs share a block)%n",
				report.pairCompleteness(), report.keptPairs(), report.truePairs());
	}

	/* Scored over the records the truth names, as evaluate scores clusters.csv. */
	private static void reportScore(PrintWriter out, Map<String, String> truthMap, LinkageResult result) {
		Map<String, String> clusters = new HashMap<>();
		for (int i = 0; i < result.recordIds().size(); i++) {
			String id = result.recordIds().get(i);
			if (truthMap.containsKey(id)) {
				clusters.put(id, String.valueOf(result.clusterOf(i)));
			}
		}
		PairwiseScore score = PairwiseEvaluation.score(truthMap, clusters);
		out.printf(Locale.ROOT, "pairwise:         precision %.4f, recall %.4f, F1 %.4f (%d records in the truth)%n",
				score.precision(), score.recall(), score.f1(), score.records());
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

}
