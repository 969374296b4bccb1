/**
 * Who may do what: accounts (members of an organisation, planners of a region,
 * administrators) with passwords hashed by Argon2id, and API tokens for programs, stored
 * only as SHA-256 hashes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account",
		allowedDependencies = { "actor", "geo", "support" })
package org.corridor.account;
