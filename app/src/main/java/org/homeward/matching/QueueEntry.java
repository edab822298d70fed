package org.homeward.matching;

/**
 * A review item as the queue lists it.
 *
 * @param item the item
 * @param mentionName the name the mention states
 * @param citation where the mention is: {@code source:42 line 7}
 * @param caseNumber the candidate child's case number
 * @param childName the candidate child's own name
 * @param sourceTitle the title of the mention's source
 */
record QueueEntry(ReviewItem item, String mentionName, String citation, String caseNumber, String childName,
		String sourceTitle) {
}
