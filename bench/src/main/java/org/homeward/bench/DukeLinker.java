package org.homeward.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Runs Duke 1.2 (its own Lucene candidate search and Bayesian property combination) on
 * records prepared in memory, and returns the clusters its matches form.
 */
final class DukeLinker {

	static final String ID = "ID";

	private static final int BATCH = 40_000;

	private final List<Property> properties;

	private final double threshold;

	private final int maxSearchHits;

	/**
	 * A hand-tuned Duke configuration.
	 * @param properties the compared properties (the ID property is added here)
	 * @param threshold the match threshold
	 * @param maxSearchHits how many Lucene candidates Duke compares per record
	 */
	DukeLinker(List<Property> properties, double threshold, int maxSearchHits) {
		this.properties = new ArrayList<>(properties);
		this.properties.add(0, new PropertyImpl(ID));
		this.threshold = threshold;
		this.maxSearchHits = maxSearchHits;
	}

	/**
	 * Makes a Duke record.
	 * @param id the record id
	 * @param values cleaned values by property name; blank ones are left out, as Duke
	 * expects
	 * @return the record
	 */
	static Record record(String id, Map<String, String> values) {
		Map<String, Collection<String>> data = new HashMap<>();
		data.put(ID, List.of(id));
		values.forEach((name, value) -> {
			if (!value.isBlank()) {
				data.put(name, List.of(value));
			}
		});
		return new RecordImpl(data);
	}

	/**
	 * Deduplicates one collection (Duke's deduplication mode).
	 * @param records the records
	 * @param threads Duke's worker threads
	 * @return record id to cluster id, for every record
	 */
	Map<String, String> deduplicate(List<Record> records, int threads) {
		ConfigurationImpl config = configuration();
		config.addDataSource(0, new InMemoryDataSource(records));
		Clusters clusters = run(config, threads, (p) -> p.deduplicate(config.getDataSources(), BATCH));
		records.forEach((r) -> clusters.add(r.getValue(ID)));
		return clusters.assignments();
	}

	/**
	 * Links two collections (Duke's record-linkage mode, best match only).
	 * @param first the first collection
	 * @param second the second collection
	 * @param threads Duke's worker threads
	 * @return record id to cluster id, for every record
	 */
	Map<String, String> link(List<Record> first, List<Record> second, int threads) {
		ConfigurationImpl config = configuration();
		config.addDataSource(1, new InMemoryDataSource(first));
		config.addDataSource(2, new InMemoryDataSource(second));
		Clusters clusters = run(config, threads,
				(p) -> p.link(config.getDataSources(1), config.getDataSources(2), false, BATCH));
		first.forEach((r) -> clusters.add(r.getValue(ID)));
		second.forEach((r) -> clusters.add(r.getValue(ID)));
		return clusters.assignments();
	}

	private ConfigurationImpl configuration() {
		ConfigurationImpl config = new ConfigurationImpl();
		config.setProperties(this.properties);
		config.setThreshold(this.threshold);
		config.setMaybeThreshold(this.threshold);
		LuceneDatabase database = new LuceneDatabase();
		database.setMaxSearchHits(this.maxSearchHits);
		config.setDatabase(database);
		return config;
	}

	private static Clusters run(ConfigurationImpl config, int threads, Consumer<Processor> job) {
		Clusters clusters = new Clusters();
		Processor processor = new Processor(config, true);
		processor.setThreads(threads);
		processor.addMatchListener(new AbstractMatchListener() {
			@Override
			public void matches(Record r1, Record r2, double confidence) {
				synchronized (clusters) {
					clusters.union(r1.getValue(ID), r2.getValue(ID));
				}
			}
		});
		job.accept(processor);
		processor.close();
		return clusters;
	}

}
