package org.corridor.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.corridor.account.Account;
import org.corridor.account.Accounts;
import org.corridor.account.Role;
import org.corridor.actor.Organisations;
import org.corridor.geo.Gazetteer;
import org.corridor.support.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * {@link Accounts} in PostgreSQL. Passwords are hashed with the injected encoder
 * (Argon2id); a token is 32 random bytes shown once as {@code cor_} + base64url and
 * stored as the SHA-256 of that text, so a leaked table reveals no usable token.
 */
@Repository
class JdbcAccounts implements Accounts {

	private static final String COLUMNS = "id, email, display_name, role, organisation_id, region_code";

	private static final Duration LONGEST_TOKEN = Duration.ofDays(366);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Organisations organisations;

	private final Gazetteer gazetteer;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final String unknownUserHash;

	JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwords, Organisations organisations, Gazetteer gazetteer,
			Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.organisations = organisations;
		this.gazetteer = gazetteer;
		this.clock = clock;
		this.unknownUserHash = passwords.encode("no such account, same work");
	}

	@Override
	public Account create(NewAccount account) {
		String email = (account.email() != null) ? account.email().strip().toLowerCase(Locale.ROOT) : "";
		if (!email.matches("[^@\\s]+@[^@\\s]+")) {
			throw new InvalidInputException("email", "\"" + email + "\" is not an email address");
		}
		if (findByEmail(email).isPresent()) {
			throw new InvalidInputException("email", "an account for " + email + " exists already");
		}
		String name = (account.displayName() != null && !account.displayName().isBlank())
				? account.displayName().strip() : email;
		checkPassword(account.password());
		Role role = (account.role() != null) ? account.role() : Role.MEMBER;
		if ((role == Role.MEMBER || role == Role.INTERMEDIARY)
				&& (account.organisationId() == null || this.organisations.find(account.organisationId()).isEmpty())) {
			throw new InvalidInputException("organisation_id", "a " + role.code() + " needs an existing organisation");
		}
		if (account.regionCode() != null && this.gazetteer.region(account.regionCode()).isEmpty()) {
			throw new InvalidInputException("region_code", "unknown region code \"" + account.regionCode() + "\"");
		}
		if (role == Role.PLANNER && account.regionCode() == null) {
			throw new InvalidInputException("region_code", "a planner needs the region she plans for");
		}
		long id = this.jdbc.sql("""
				INSERT INTO account (email, display_name, password_hash, role, organisation_id, region_code, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(email, name, this.passwords.encode(account.password()), role.code(), account.organisationId(),
					account.regionCode(), OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
		return find(id).orElseThrow();
	}

	private static void checkPassword(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_PASSWORD_LENGTH) {
			throw new InvalidInputException("password",
					"a password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters");
		}
		if (password.length() > 200) {
			throw new InvalidInputException("password", "a password has at most 200 characters");
		}
	}

	@Override
	public Optional<Account> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ? AND enabled")
			.param(id)
			.query(JdbcAccounts::account)
			.optional();
	}

	@Override
	public Optional<Account> findByEmail(String email) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email = ?")
			.param(email.strip().toLowerCase(Locale.ROOT))
			.query(JdbcAccounts::account)
			.optional();
	}

	@Override
	public List<Account> list(int offset, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM account ORDER BY id OFFSET ? LIMIT ?")
			.params(offset, limit)
			.query(JdbcAccounts::account)
			.list();
	}

	@Override
	public Optional<Account> authenticate(String email, String password) {
		if (email == null || password == null) {
			return Optional.empty();
		}
		Optional<String> hash = this.jdbc.sql("SELECT password_hash FROM account WHERE email = ? AND enabled")
			.param(email.strip().toLowerCase(Locale.ROOT))
			.query(String.class)
			.optional();
		boolean matches = this.passwords.matches(password, hash.orElse(this.unknownUserHash));
		return (matches && hash.isPresent()) ? findByEmail(email) : Optional.empty();
	}

	@Override
	public IssuedToken issueToken(long accountId, String name, Duration lifetime) {
		if (lifetime.compareTo(Duration.ofMinutes(1)) < 0 || lifetime.compareTo(LONGEST_TOKEN) > 0) {
			throw new InvalidInputException("lifetime", "a token lives between one minute and 366 days");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = "cor_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expires = now.plus(lifetime);
		long id = this.jdbc.sql("""
				INSERT INTO account_token (account_id, token_hash, name, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?) RETURNING id""")
			.params(accountId, sha256(secret), (name != null && !name.isBlank()) ? name.strip() : "api",
					now.atOffset(ZoneOffset.UTC), expires.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return new IssuedToken(id, secret, expires);
	}

	@Override
	public TokenCheck checkToken(String secret) {
		if (secret == null || !secret.startsWith("cor_") || secret.length() > 100) {
			return new TokenCheck.Invalid();
		}
		record Row(long id, long account, OffsetDateTime expires, OffsetDateTime revoked) {
		}
		Optional<Row> row = this.jdbc.sql("""
				SELECT t.id, t.account_id, t.expires_at, t.revoked_at FROM account_token t
				JOIN account a ON a.id = t.account_id AND a.enabled WHERE t.token_hash = ?""")
			.param(sha256(secret))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
					rs.getObject(4, OffsetDateTime.class)))
			.optional();
		if (row.isEmpty() || row.get().revoked() != null) {
			return new TokenCheck.Invalid();
		}
		if (!row.get().expires().toInstant().isAfter(this.clock.instant())) {
			return new TokenCheck.Expired(row.get().expires().toInstant());
		}
		return find(row.get().account()).<TokenCheck>map((a) -> new TokenCheck.Valid(a, row.get().id()))
			.orElseGet(TokenCheck.Invalid::new);
	}

	@Override
	public boolean revokeToken(long accountId, long tokenId) {
		return this.jdbc
			.sql("UPDATE account_token SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL")
			.params(OffsetDateTime.now(this.clock), tokenId, accountId)
			.update() == 1;
	}

	@Override
	public List<TokenInfo> tokens(long accountId) {
		return this.jdbc.sql("""
				SELECT id, name, created_at, expires_at, revoked_at FROM account_token
				WHERE account_id = ? ORDER BY created_at DESC, id DESC
				""").param(accountId).query((rs, row) -> {
			OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
			return new TokenInfo(rs.getLong("id"), rs.getString("name"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
					(revoked != null) ? revoked.toInstant() : null);
		}).list();
	}

	@Override
	public int revokeTokensExcept(long accountId, Long keptTokenId) {
		return this.jdbc.sql("""
				UPDATE account_token SET revoked_at = ?
				WHERE account_id = ? AND revoked_at IS NULL AND (CAST(? AS bigint) IS NULL OR id <> ?)
				""").params(OffsetDateTime.now(this.clock), accountId, keptTokenId, keptTokenId).update();
	}

	@Override
	public void changePassword(long accountId, String newPassword) {
		checkPassword(newPassword);
		this.jdbc.sql("UPDATE account SET password_hash = ? WHERE id = ?")
			.params(this.passwords.encode(newPassword), accountId)
			.update();
	}

	@Override
	public boolean hasAdministrator() {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM account WHERE role = 'admin' AND enabled)")
			.query(Boolean.class)
			.single();
	}

	static Account account(ResultSet rs, int row) throws SQLException {
		long organisation = rs.getLong("organisation_id");
		return new Account(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				Role.of(rs.getString("role")), rs.wasNull() ? null : organisation, rs.getString("region_code"));
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
