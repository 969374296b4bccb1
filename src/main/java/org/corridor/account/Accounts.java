package org.corridor.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The accounts and their API tokens.
 */
public interface Accounts {

	/** The shortest password accepted. */
	int MINIMUM_PASSWORD_LENGTH = 12;

	/**
	 * What an account is created with.
	 */
	record NewAccount(String email, String displayName, String password, Role role, Long organisationId,
			String regionCode) {

	}

	/**
	 * A token as issued: the secret is shown once and stored only as its hash.
	 */
	record IssuedToken(long id, String secret, Instant expiresAt) {

	}

	/**
	 * What checking a presented token found.
	 */
	sealed interface TokenCheck {

		/** A known, unexpired, unrevoked token of an enabled account. */
		record Valid(Account account, long tokenId) implements TokenCheck {
		}

		/** A known token past its expiry. */
		record Expired(Instant expiredAt) implements TokenCheck {
		}

		/** Unknown, revoked, or of a disabled account. */
		record Invalid() implements TokenCheck {
		}

	}

	/**
	 * Creates an account.
	 * @throws IllegalArgumentException naming the field at fault (email taken or
	 * malformed, password too short, member without organisation, unknown region)
	 */
	Account create(NewAccount account);

	Optional<Account> find(long id);

	Optional<Account> findByEmail(String email);

	List<Account> list(int offset, int limit);

	/** The account if the password is right; the same work is done for unknown names. */
	Optional<Account> authenticate(String email, String password);

	/**
	 * Issues an API token.
	 * @param lifetime between one minute and one year
	 */
	IssuedToken issueToken(long accountId, String name, Duration lifetime);

	TokenCheck checkToken(String secret);

	/** Revokes one of the account's tokens; false if it has no such token. */
	boolean revokeToken(long accountId, long tokenId);

	void changePassword(long accountId, String newPassword);

	/** One of an account's API tokens as its owner sees it (never the secret). */
	record TokenInfo(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {
	}

	/** The account's tokens, newest first, revoked and expired ones included. */
	List<TokenInfo> tokens(long accountId);

	/**
	 * Revokes every live token of the account but one (null: all), as a password change
	 * does.
	 * @return how many were revoked
	 */
	int revokeTokensExcept(long accountId, Long keptTokenId);

	/** Whether any administrator exists. */
	boolean hasAdministrator();

}
