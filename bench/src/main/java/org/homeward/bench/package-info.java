/**
 * JMH benchmarks and side-by-side runs of the linkage engine. Build with
 * {@code ./mvnw -pl linkage,bench package -DskipTests} and run
 * {@code java -jar bench/target/homeward-bench.jar} for the JMH benchmarks, or
 * {@code java -cp bench/target/homeward-bench.jar org.homeward.bench.EndToEndBenchmark}
 * and {@code ...SideBySide} for the whole-run measurements (each class's Javadoc has its
 * command).
 */
@NullMarked
package org.homeward.bench;

import org.jspecify.annotations.NullMarked;
