package org.homeward.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InternerTest {

	@Test
	void numbersStringsInTheOrderFirstSeenThroughGrowth() {
		Interner interner = new Interner();
		int count = 300_000;
		for (int i = 0; i < count; i++) {
			assertThat(interner.intern("v" + i)).isEqualTo(i + 1);
			if (i % 7 == 0) {
				assertThat(interner.intern("v" + (i / 2))).isEqualTo(i / 2 + 1);
			}
		}
		String[] strings = interner.strings();
		assertThat(strings).hasSize(count + 1);
		assertThat(strings[0]).isNull();
		for (int i = 0; i < count; i++) {
			assertThat(strings[i + 1]).isEqualTo("v" + i);
			assertThat(interner.intern(new String("v" + i))).isEqualTo(i + 1);
		}
	}

	@Test
	void givesEveryThreadTheSameIdForAString() throws Exception {
		Interner interner = new Interner();
		ConcurrentHashMap<String, Integer> seen = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				int offset = t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < 100_000; i++) {
						String key = "k" + ((i * 7 + offset * 13) % 50_000);
						int id = interner.intern(key);
						assertThat(seen.computeIfAbsent(key, (k) -> id)).isEqualTo(id);
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(seen).hasSize(50_000);
		assertThat(seen.values()).doesNotHaveDuplicates().allMatch((id) -> id >= 1 && id <= 50_000);
	}

}
