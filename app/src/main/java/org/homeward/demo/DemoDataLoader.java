package org.homeward.demo;

import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.ChildStatus;
import org.homeward.registry.Identity;
import org.homeward.registry.NewChild;
import org.homeward.registry.NewEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, fills an empty registry with synthetic children before the server opens
 * its port. Nothing happens outside demo mode or when children already exist.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String ACTOR = "demo-generator";

	private final ChildRegistry registry;

	private final boolean demo;

	private final int children;

	private final long seed;

	private final TransactionTemplate transactions;

	DemoDataLoader(ChildRegistry registry, PlatformTransactionManager transactions,
			@Value("${homeward.demo:false}") boolean demo, @Value("${homeward.demo-children:600}") int children,
			@Value("${homeward.demo-seed:20220224}") long seed) {
		this.registry = registry;
		this.transactions = new TransactionTemplate(transactions);
		this.demo = demo;
		this.children = children;
		this.seed = seed;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.demo || this.registry.count() > 0) {
			return;
		}
		long start = System.nanoTime();
		SyntheticChildren generator = new SyntheticChildren(DemoNames.load(), this.seed);
		// one transaction per hundred children: the same rows and ledger entries, far
		// fewer commits
		for (int done = 0; done < this.children; done += 100) {
			int batch = Math.min(100, this.children - done);
			this.transactions.executeWithoutResult(status -> {
				for (int i = 0; i < batch; i++) {
					register(generator.next());
				}
			});
		}
		log.info("Loaded {} synthetic demo children in {} ms", this.children, (System.nanoTime() - start) / 1_000_000);
	}

	private void register(SyntheticChildren.Plan plan) {
		Child child = this.registry.register(
				new NewChild(plan.birthIdentity(), ChildStatus.REPORTED_MISSING,
						plan.statusPath().isEmpty() ? null : plan.statusPath().get(0).date().minusDays(1), null, true),
				ACTOR);
		for (Identity identity : plan.laterIdentities()) {
			this.registry.addIdentity(child.id(), identity, ACTOR);
		}
		for (SyntheticChildren.Step step : plan.statusPath()) {
			this.registry.changeStatus(child.id(), step.status(), step.date(), step.reason(), ACTOR);
		}
		for (NewEvent event : plan.events()) {
			this.registry.addEvent(child.id(), event, ACTOR);
		}
	}

}
