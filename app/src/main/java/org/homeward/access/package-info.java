/**
 * Who may use Homeward and how they prove it: users with roles, form login, personal API
 * tokens. Deny by default.
 * <p>
 * Public surface: {@link org.homeward.access.Role} and
 * {@link org.homeward.access.UserAccounts}.
 */
@NullMarked
package org.homeward.access;

import org.jspecify.annotations.NullMarked;
