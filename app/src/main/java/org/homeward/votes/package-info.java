/**
 * United Nations General Assembly resolutions and the recorded vote of every member
 * state: the member states with their Assembly names and aliases, the import of voting
 * files (UN Digital Library format, or {@code member,vote}), the colour-coded voting
 * board (page, SVG, PNG), the JSON and CSV API, and comparisons across resolutions.
 * <p>
 * Public surface: {@link org.homeward.votes.GeneralAssemblyVotes} and its records, and
 * the command-line entry point {@link org.homeward.votes.VotesImportCommand}.
 * Controllers, the repository and the file formats are package-private. Member-state
 * names derive from mledoze/countries (ODbL 1.0).
 */
@NullMarked
package org.homeward.votes;

import org.jspecify.annotations.NullMarked;
