package org.homeward.evidence;

/**
 * What kind of source speaks of a child.
 */
public enum SourceKind {

	NEWS_REPORT, SOCIAL_MEDIA_POST, PUBLIC_DATABASE_ENTRY, OFFICIAL_LIST, TESTIMONY, FAMILY_REQUEST, OTHER

}
