package org.homeward.registry;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking, as the grants of restricted records name them: {@code user:<name>} and
 * {@code role:<ROLE>}.
 *
 * @param grants the grant names that apply to this viewer
 */
public record Viewer(Set<String> grants) {

	public Viewer {
		grants = Set.copyOf(grants);
	}

	public static Viewer of(Authentication user) {
		Set<String> grants = new TreeSet<>();
		grants.add(userGrant(user.getName()));
		Collection<? extends GrantedAuthority> authorities = user.getAuthorities();
		for (GrantedAuthority authority : authorities) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				grants.add("role:" + name.substring(5));
			}
		}
		return new Viewer(grants);
	}

	public static String userGrant(String username) {
		return "user:" + username;
	}

	/**
	 * Whether this viewer may see a child.
	 * @param child the child
	 * @return true for unrestricted children, and for restricted ones that grant this
	 * viewer
	 */
	public boolean maySee(Child child) {
		return !child.restricted() || child.grantees().stream().anyMatch(this.grants::contains);
	}

}
