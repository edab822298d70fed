package org.homeward.votes;

import org.homeward.testsupport.DemoInstance;

/**
 * The votes contract on the embedded H2 database (PostgreSQL mode), in the shared demo
 * instance.
 */
@DemoInstance
class VotesH2Test extends VotesContract {

}
