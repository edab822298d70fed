package org.homeward.linkage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.homeward.linkage.evaluation.AssignmentFile;
import org.homeward.linkage.evaluation.FebrlTruth;
import org.homeward.linkage.evaluation.InputFileException;
import org.homeward.linkage.evaluation.PairwiseEvaluation;
import org.homeward.linkage.evaluation.PairwiseScore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --truth truth.csv --clusters clusters.csv} or
 * {@code evaluate --febrl --clusters
 * clusters.csv}: prints pairwise precision, recall and F1 with the pair counts behind
 * them. Records of the truth missing from the clusters count as clusters of their own.
 * Exit code 2 for a bad input, whose message names the file, line and column.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Print pairwise precision, recall and F1 of a clustering against the truth.")
public final class EvaluateCommand implements Callable<Integer> {

	static final List<String> CLUSTER_COLUMNS = List.of("cluster_id", "cluster", "entity_id");

	@Spec
	private CommandSpec spec;

	@ArgGroup(exclusive = true, multiplicity = "1")
	private TruthSource truth;

	@Option(names = "--clusters", required = true, paramLabel = "FILE",
			description = "the clustering: record_id,cluster_id")
	private Path clusters;

	static final class TruthSource {

		@Option(names = "--truth", paramLabel = "FILE", description = "the truth: record_id,entity_id")
		@Nullable Path file;

		@Option(names = "--febrl", description = "take the truth from FEBRL ids: rec-N-org and rec-N-dup-M are N")
		boolean febrl;

	}

	@Override
	public Integer call() {
		try {
			PairwiseScore score = (this.truth.file != null) ? againstTruthFile(this.truth.file) : againstFebrlIds();
			print(score, this.spec.commandLine().getOut());
			return 0;
		}
		catch (InputFileException ex) {
			return fail(ex.getMessage());
		}
		catch (IOException ex) {
			return fail("cannot read " + ex.getMessage());
		}
	}

	private int fail(String message) {
		this.spec.commandLine().getErr().println("evaluate: " + message);
		this.spec.commandLine().getErr().flush();
		return 2;
	}

	private PairwiseScore againstTruthFile(Path truthFile) throws IOException {
		Map<String, String> truthMap = AssignmentFile.read(truthFile, AssignmentFile.ENTITY_COLUMNS, (id) -> null);
		Map<String, String> clusterMap = AssignmentFile.read(this.clusters, CLUSTER_COLUMNS,
				(id) -> truthMap.containsKey(id) ? null : "record " + id + " is not in " + truthFile);
		return PairwiseEvaluation.score(truthMap, clusterMap);
	}

	private PairwiseScore againstFebrlIds() throws IOException {
		Map<String, String> clusterMap = AssignmentFile.read(this.clusters, CLUSTER_COLUMNS,
				(id) -> FebrlTruth.entityOf(id).isPresent() ? null
						: "record " + id + " is not a FEBRL id (rec-N-org or rec-N-dup-M)");
		Map<String, String> truthMap = new HashMap<>();
		clusterMap.keySet().forEach((id) -> truthMap.put(id, entityOf(id)));
		return PairwiseEvaluation.score(truthMap, clusterMap);
	}

	private static String entityOf(String febrlId) {
		Optional<String> entity = FebrlTruth.entityOf(febrlId);
		return entity.orElseThrow();
	}

	static void print(PairwiseScore score, PrintWriter out) {
		out.printf("records               %d%n", score.records());
		out.printf("true pairs            %d%n", score.truePairs());
		out.printf("predicted pairs       %d%n", score.predictedPairs());
		out.printf("true positive pairs   %d%n", score.truePositivePairs());
		out.printf("false positive pairs  %d%n", score.falsePositivePairs());
		out.printf("false negative pairs  %d%n", score.falseNegativePairs());
		out.printf(Locale.ROOT, "precision             %.4f%n", score.precision());
		out.printf(Locale.ROOT, "recall                %.4f%n", score.recall());
		out.printf(Locale.ROOT, "F1                    %.4f%n", score.f1());
		out.flush();
	}

}
