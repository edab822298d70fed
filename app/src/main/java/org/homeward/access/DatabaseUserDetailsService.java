package org.homeward.access;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads users for form login.
 */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

	private final JdbcUserAccounts accounts;

	DatabaseUserDetailsService(JdbcUserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findUser(username)
			.map(u -> User.withUsername(u.username())
				.password(u.passwordHash())
				.roles(u.role())
				.disabled(!u.enabled())
				.accountLocked(u.locked())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
