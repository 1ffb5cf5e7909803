# ruff: noqa: E501 - SQL text, laid out for reading as SQL
"""MariaDB: the owner-rights routines of a secured database, as SQL (``mysql_install``).

MariaDB has no bcrypt: the database cannot hash a typed password. So the desk hashes it
with the account's own salt and cost, which the gate hands out (``backoffice_sel``: the
salt is not a secret; an unknown address gets a made-up salt that stays the same for that
address), and the routine compares the result with the stored hash, which no login can
read. Knowing the password is still required (the hash cannot be computed without it);
what a captured hash gives is discussed in the README (residual risks).

TOTP is computed here (HMAC-SHA1 built from ``SHA1()``), so the second factor is checked
by the database. Same placeholders as the PostgreSQL routines (see ``pg_signin``), plus
``@NOW@`` (the server clock in the shop's zone, whatever the session's ``time_zone``),
``@OWNER@`` (the routines' definer, a locked account) and ``@HOST@`` (where session logins
may connect from). Statements are separated by ``-- ;;`` lines.
"""

from __future__ import annotations

HELPERS = r"""
CREATE OR REPLACE FUNCTION backoffice_maintenant() RETURNS DATETIME(6) NOT DETERMINISTIC
  RETURN COALESCE(CONVERT_TZ(UTC_TIMESTAMP(6), '+00:00', @ZONE@), NOW(6))
-- ;;
CREATE OR REPLACE FUNCTION backoffice_moi() RETURNS VARCHAR(80) NOT DETERMINISTIC
  RETURN SUBSTRING_INDEX(USER(), '@', 1)
-- ;;
CREATE OR REPLACE FUNCTION backoffice_base32(s VARCHAR(128)) RETURNS VARBINARY(80) DETERMINISTIC
BEGIN
  DECLARE clean VARCHAR(128) DEFAULT UPPER(REPLACE(REPLACE(REPLACE(COALESCE(s, ''), ' ', ''), '=', ''), '-', ''));
  DECLARE i INT DEFAULT 1; DECLARE v INT; DECLARE bits BIGINT DEFAULT 0; DECLARE nbits INT DEFAULT 0;
  DECLARE result VARBINARY(80) DEFAULT '';
  IF clean = '' THEN RETURN NULL; END IF;
  WHILE i <= CHAR_LENGTH(clean) DO
    SET v = LOCATE(SUBSTRING(clean, i, 1), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') - 1;
    IF v < 0 THEN RETURN NULL; END IF;
    SET bits = ((bits << 5) | v) & 1099511627775, nbits = nbits + 5;
    IF nbits >= 8 THEN
      SET nbits = nbits - 8;
      SET result = CONCAT(result, CHAR((bits >> nbits) & 255 USING binary));
    END IF;
    SET i = i + 1;
  END WHILE;
  RETURN result;
END
-- ;;
CREATE OR REPLACE FUNCTION backoffice_hmac_sha1(k VARBINARY(80), m VARBINARY(64))
RETURNS VARBINARY(20) DETERMINISTIC
BEGIN
  DECLARE kk VARBINARY(64) DEFAULT RPAD(k, 64, UNHEX('00'));
  DECLARE ipad VARBINARY(64) DEFAULT ''; DECLARE opad VARBINARY(64) DEFAULT '';
  DECLARE i INT DEFAULT 1; DECLARE b INT;
  WHILE i <= 64 DO
    SET b = ASCII(SUBSTRING(kk, i, 1));
    SET ipad = CONCAT(ipad, CHAR(b ^ 54 USING binary)), opad = CONCAT(opad, CHAR(b ^ 92 USING binary));
    SET i = i + 1;
  END WHILE;
  RETURN UNHEX(SHA1(CONCAT(opad, UNHEX(SHA1(CONCAT(ipad, m))))));
END
-- ;;
CREATE OR REPLACE FUNCTION backoffice_totp(k VARBINARY(80), step BIGINT) RETURNS CHAR(6)
DETERMINISTIC
BEGIN
  DECLARE h VARBINARY(20) DEFAULT backoffice_hmac_sha1(k, UNHEX(LPAD(HEX(step), 16, '0')));
  DECLARE o INT DEFAULT ASCII(SUBSTRING(h, 20, 1)) & 15;
  DECLARE code BIGINT;
  SET code = ((ASCII(SUBSTRING(h, o + 1, 1)) & 127) << 24) | (ASCII(SUBSTRING(h, o + 2, 1)) << 16)
             | (ASCII(SUBSTRING(h, o + 3, 1)) << 8) | ASCII(SUBSTRING(h, o + 4, 1));
  RETURN LPAD(code MOD 1000000, 6, '0');
END
-- ;;
CREATE OR REPLACE FUNCTION backoffice_fin_blocage_compte(uid INT, t DATETIME(6))
RETURNS DATETIME(6) NOT DETERMINISTIC READS SQL DATA
BEGIN
  DECLARE last_ok DATETIME(6);
  SELECT MAX(date_connexion) INTO last_ok FROM historique_connexions
   WHERE id_utilisateur = uid AND succes;
  RETURN (
    WITH f AS (SELECT date_connexion AS d, ROW_NUMBER() OVER (ORDER BY date_connexion DESC) AS n
               FROM historique_connexions
               WHERE id_utilisateur = uid AND NOT succes AND date_connexion > t - INTERVAL 30 MINUTE
                 AND (last_ok IS NULL OR date_connexion > last_ok)
               ORDER BY date_connexion DESC LIMIT 9)
    SELECT IF(a.d + INTERVAL 15 MINUTE <= t, NULL, a.d + INTERVAL 15 MINUTE)
      FROM f a LEFT JOIN f b ON b.n = a.n + 4
     WHERE a.d + INTERVAL 15 MINUTE <= t OR (b.d IS NOT NULL AND b.d > a.d - INTERVAL 15 MINUTE)
     ORDER BY a.n LIMIT 1);
END
-- ;;
CREATE OR REPLACE FUNCTION backoffice_fin_blocage_adresse(fp VARCHAR(64), t DATETIME(6))
RETURNS DATETIME(6) NOT DETERMINISTIC READS SQL DATA
  RETURN (
    WITH f AS (SELECT date_tentative AS d, ROW_NUMBER() OVER (ORDER BY date_tentative DESC) AS n
               FROM tentatives_inconnues WHERE empreinte = fp AND date_tentative > t - INTERVAL 30 MINUTE
               ORDER BY date_tentative DESC LIMIT 9)
    SELECT IF(a.d + INTERVAL 15 MINUTE <= t, NULL, a.d + INTERVAL 15 MINUTE)
      FROM f a LEFT JOIN f b ON b.n = a.n + 4
     WHERE a.d + INTERVAL 15 MINUTE <= t OR (b.d IS NOT NULL AND b.d > a.d - INTERVAL 15 MINUTE)
     ORDER BY a.n LIMIT 1)
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_tentative(uid INT, ip VARCHAR(45), agent TEXT, ok BOOL,
                                                 reason VARCHAR(30), t DATETIME(6))
BEGIN
  INSERT INTO historique_connexions (id_utilisateur, ip, user_agent, succes, date_connexion)
  VALUES (uid, LEFT(ip, 45), agent, ok, t);
  IF reason IS NOT NULL THEN
    INSERT INTO connexions_motifs (id_connexion, motif) VALUES (LAST_INSERT_ID(), reason);
  END IF;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_executer(q TEXT)
BEGIN
  SET @backoffice_sql = q;
  PREPARE backoffice_stmt FROM @backoffice_sql;
  EXECUTE backoffice_stmt;
  DEALLOCATE PREPARE backoffice_stmt;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_fin_session(sid INT, login VARCHAR(80))
BEGIN
  DECLARE done INT DEFAULT 0; DECLARE thread BIGINT;
  DECLARE threads CURSOR FOR SELECT ID FROM information_schema.PROCESSLIST
    WHERE USER = login AND ID <> CONNECTION_ID();
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  DELETE FROM sessions WHERE id = sid;
  IF login IS NOT NULL THEN
    CALL backoffice_executer(CONCAT('DROP USER IF EXISTS ', QUOTE(login), '@', QUOTE(@HOST@)));
    OPEN threads;
    kill_loop: LOOP
      FETCH threads INTO thread;
      IF done THEN LEAVE kill_loop; END IF;
      BEGIN
        DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN END;  -- already gone
        CALL backoffice_executer(CONCAT('KILL CONNECTION ', thread));
      END;
    END LOOP;
    CLOSE threads;
  END IF;
  DELETE FROM sessions_base WHERE id_session = sid;
END
-- ;;
CREATE OR REPLACE FUNCTION backoffice_session_valide(sid INT) RETURNS BOOL
NOT DETERMINISTIC READS SQL DATA
  RETURN EXISTS (
    SELECT 1 FROM sessions_base sb
    JOIN sessions x ON x.id = sb.id_session AND x.id_utilisateur = sb.id_utilisateur
    JOIN identites_base i ON i.id_utilisateur = sb.id_utilisateur AND i.actif
    JOIN utilisateurs u ON u.id = sb.id_utilisateur
    JOIN roles r ON r.id = u.@IDROLE@ AND r.libelle = i.groupe
    WHERE sb.id_session = sid AND sb.expire_le > backoffice_maintenant()
      AND COALESCE(x.last_activity, sb.date_creation)
          >= backoffice_maintenant() - INTERVAL @IDLE@ MINUTE)
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_balayer()
BEGIN
  DECLARE done INT DEFAULT 0; DECLARE sid INT; DECLARE login VARCHAR(80);
  DECLARE stale CURSOR FOR SELECT sb.id_session, sb.compte_base FROM sessions_base sb
    WHERE NOT backoffice_session_valide(sb.id_session);
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  OPEN stale;
  sweep: LOOP
    FETCH stale INTO sid, login;
    IF done THEN LEAVE sweep; END IF;
    CALL backoffice_fin_session(sid, login);
  END LOOP;
  CLOSE stale;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_ouvrir_session(uid INT, ip VARCHAR(45), agent TEXT,
    t DATETIME(6), OUT sid INT, OUT login VARCHAR(80), OUT secret VARCHAR(64),
    OUT t_until DATETIME(6))
BEGIN
  CALL backoffice_balayer();
  SET secret = SHA2(CONCAT(RANDOM_BYTES(32), UUID()), 256);
  SET t_until = t + INTERVAL @LIFETIME@ MINUTE;
  INSERT INTO sessions (id_utilisateur, session_token, user_agent, ip, last_activity)
  VALUES (uid, SHA2(RANDOM_BYTES(32), 256), agent, LEFT(ip, 45), t);
  SET sid = LAST_INSERT_ID();
  SET login = CONCAT('@P@_s_', sid);
  CALL backoffice_executer(CONCAT('CREATE USER ', QUOTE(login), '@', QUOTE(@HOST@),
    ' IDENTIFIED BY ', QUOTE(secret),
    ' WITH MAX_USER_CONNECTIONS 8 MAX_STATEMENT_TIME 30'));
  CALL backoffice_executer(CONCAT('GRANT ', CONCAT('@P@_m_', uid), ' TO ', QUOTE(login), '@',
    QUOTE(@HOST@)));
  -- MariaDB lets a login into a database only with a privilege of its own there (a role's
  -- count once active): reading the session policy, which every staff login may anyway.
  CALL backoffice_executer(CONCAT('GRANT SELECT ON ', DATABASE(), '.securite_base TO ',
    QUOTE(login), '@', QUOTE(@HOST@)));
  INSERT INTO sessions_base (id_session, id_utilisateur, compte_base, date_creation, expire_le)
  VALUES (sid, uid, login, t, t_until);
  UPDATE utilisateurs SET derniere_connexion = t WHERE id = uid;
  CALL backoffice_tentative(uid, ip, agent, TRUE, NULL, t);
END
"""

SIGN_IN = r"""
-- The account's salt and cost (not secret), or a made-up one, stable per address: the
-- desk hashes the typed password with it and sends the hash to backoffice_connexion.
CREATE OR REPLACE PROCEDURE backoffice_sel(p_email VARCHAR(255))
BEGIN
  DECLARE stored VARCHAR(255); DECLARE fake VARCHAR(64);
  SELECT MAX(password) INTO stored FROM utilisateurs
   WHERE LOWER(email) = LOWER(TRIM(p_email)) AND TRIM(p_email) <> '';
  SET fake = REPLACE(TO_BASE64(UNHEX(SHA2(CONCAT('@KEY@', LOWER(TRIM(p_email))), 256))), '+', '.');
  IF stored IS NOT NULL AND stored REGEXP '^[$]2[aby][$][0-9]{2}[$][./A-Za-z0-9]{53}$' THEN
    SELECT LEFT(stored, 29) AS r_sel;
  ELSE
    SELECT CONCAT('$2y$', LPAD(@COST@, 2, '0'), '$', LEFT(fake, 21),
                  SUBSTRING('.Oeu', 1 + (ASCII(fake) MOD 4), 1)) AS r_sel;
  END IF;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_connexion(p_email VARCHAR(255), p_hache VARCHAR(255),
                                                 p_ip VARCHAR(45), p_agent TEXT)
BEGIN
  DECLARE address VARCHAR(255) DEFAULT LOWER(TRIM(COALESCE(p_email, '')));
  DECLARE matches INT; DECLARE uid INT; DECLARE stored VARCHAR(255); DECLARE role_name VARCHAR(50);
  DECLARE two_factor BOOL; DECLARE mail VARCHAR(255); DECLARE fname VARCHAR(100);
  DECLARE lname VARCHAR(100); DECLARE t DATETIME(6); DECLARE locked DATETIME(6);
  DECLARE fp VARCHAR(64); DECLARE ok BOOL; DECLARE challenge VARCHAR(64);
  DECLARE sid INT; DECLARE login VARCHAR(80); DECLARE secret VARCHAR(64); DECLARE t_until DATETIME(6);
  SELECT COUNT(*) INTO matches FROM (SELECT 1 FROM utilisateurs WHERE LOWER(email) = address
                                     AND address <> '' LIMIT 2) two;
  IF matches = 1 THEN
    SELECT u.id, u.password, r.libelle, COALESCE(u.two_factor_enabled, FALSE), u.email, u.prenom, u.nom
      INTO uid, stored, role_name, two_factor, mail, fname, lname
      FROM utilisateurs u JOIN roles r ON r.id = u.@IDROLE@ WHERE LOWER(u.email) = address FOR UPDATE;
  END IF;
  SET t = backoffice_maintenant();
  IF uid IS NULL THEN
    SET fp = SHA2(CONCAT('@KEY@', address), 256);
    SET locked = backoffice_fin_blocage_adresse(fp, t);
    DELETE FROM tentatives_inconnues WHERE date_tentative <= t - INTERVAL 30 MINUTE;
    INSERT INTO tentatives_inconnues (empreinte, date_tentative) VALUES (fp, t);
    CALL backoffice_tentative(NULL, p_ip, p_agent, FALSE,
      CASE WHEN locked IS NOT NULL THEN 'locked' WHEN matches > 1 THEN 'duplicate_account'
           ELSE 'unknown_account' END, t);
    SELECT IF(locked IS NULL, 'refuse', 'bloque') AS r_statut,
           CEIL(TIMESTAMPDIFF(MICROSECOND, t, locked) / 1000000) AS r_attente;
  ELSE
    SET locked = backoffice_fin_blocage_compte(uid, t);
    IF locked IS NOT NULL THEN
      CALL backoffice_tentative(uid, p_ip, p_agent, FALSE, 'locked', t);
      SELECT 'bloque' AS r_statut, CEIL(TIMESTAMPDIFF(MICROSECOND, t, locked) / 1000000) AS r_attente;
    ELSE
      SET ok = stored REGEXP '^[$]2[aby][$][0-9]{2}[$][./A-Za-z0-9]{53}$'
               AND p_hache REGEXP '^[$]2[aby][$][0-9]{2}[$][./A-Za-z0-9]{53}$'
               AND SUBSTRING(stored, 4) = BINARY SUBSTRING(p_hache, 4);
      IF role_name NOT IN ('admin', 'manager', 'employe', 'support') OR NOT ok
         OR NOT EXISTS (SELECT 1 FROM identites_base i WHERE i.id_utilisateur = uid AND i.actif
                        AND i.groupe = role_name) THEN
        CALL backoffice_tentative(uid, p_ip, p_agent, FALSE,
          CASE WHEN role_name NOT IN ('admin', 'manager', 'employe', 'support') THEN 'customer_account'
               WHEN NOT ok AND NOT (COALESCE(stored, '') REGEXP '^[$]2[aby][$][0-9]{2}[$][./A-Za-z0-9]{53}$')
                 THEN 'unsupported_hash'
               WHEN NOT ok THEN 'wrong_password'
               ELSE 'no_database_identity' END, t);
        SELECT 'refuse' AS r_statut;
      ELSEIF two_factor THEN
        SET challenge = SHA2(CONCAT(RANDOM_BYTES(32), UUID()), 256);
        DELETE FROM defis_connexion WHERE expire_le <= t;
        INSERT INTO defis_connexion (empreinte, id_utilisateur, expire_le, empreinte_mdp)
        VALUES (SHA2(challenge, 256), uid, t + INTERVAL 5 MINUTE, SHA2(COALESCE(stored, ''), 256));
        SELECT 'code' AS r_statut, challenge AS r_defi, uid AS r_utilisateur, role_name AS r_role,
               mail AS r_email, fname AS r_prenom, lname AS r_nom;
      ELSE
        CALL backoffice_ouvrir_session(uid, p_ip, p_agent, t, sid, login, secret, t_until);
        SELECT 'ok' AS r_statut, sid AS r_session, login AS r_compte, secret AS r_secret,
               t_until AS r_expire, uid AS r_utilisateur, role_name AS r_role, mail AS r_email,
               fname AS r_prenom, lname AS r_nom, CONCAT('@P@_m_', uid) AS r_role_base;
      END IF;
    END IF;
  END IF;
END
-- ;;
-- A TOTP code (once) or the plain backup code (once).
CREATE OR REPLACE PROCEDURE backoffice_code_ok(uid INT, p_code VARCHAR(64), t DATETIME(6),
                                               OUT ok BOOL)
BEGIN
  DECLARE typed VARCHAR(64) DEFAULT TRIM(COALESCE(p_code, ''));
  DECLARE compact VARCHAR(64);
  DECLARE k VARBINARY(80); DECLARE backup VARCHAR(255); DECLARE step BIGINT; DECLARE c BIGINT;
  DECLARE now_step BIGINT; DECLARE prev BIGINT;
  SET compact = REPLACE(REPLACE(typed, ' ', ''), '-', ''), ok = FALSE;
  SELECT backoffice_base32(two_factor_secret), backup_code INTO k, backup FROM utilisateurs WHERE id = uid;
  IF compact REGEXP '^[0-9]{6}$' AND k IS NOT NULL THEN
    SET now_step = FLOOR(UNIX_TIMESTAMP() / 30), c = now_step + 1;  -- epoch: no zone
    WHILE c >= now_step - 1 AND step IS NULL DO
      IF backoffice_totp(k, c) = compact THEN SET step = c; END IF;
      SET c = c - 1;
    END WHILE;
    IF step IS NOT NULL THEN
      -- The caller holds the account's row lock: attempts on one account run one by one.
      SELECT derniere_etape INTO prev FROM totp_etapes WHERE id_utilisateur = uid FOR UPDATE;
      IF prev IS NULL THEN
        INSERT INTO totp_etapes (id_utilisateur, derniere_etape, updated_at) VALUES (uid, step, t);
        SET ok = TRUE;
      ELSEIF prev < step THEN
        UPDATE totp_etapes SET derniere_etape = step, updated_at = t WHERE id_utilisateur = uid;
        SET ok = TRUE;
      END IF;
    END IF;
  END IF;
  IF NOT ok AND step IS NULL AND backup IS NOT NULL AND backup <> '' AND LEFT(backup, 1) <> '$'
     AND (backup = BINARY typed OR backup = BINARY compact) THEN
    UPDATE utilisateurs SET backup_code = NULL WHERE id = uid AND backup_code = BINARY backup;
    SET ok = ROW_COUNT() = 1;
  END IF;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_second_facteur(p_defi VARCHAR(64), p_code VARCHAR(64),
                                                      p_ip VARCHAR(45), p_agent TEXT)
BEGIN
  DECLARE d_uid INT; DECLARE d_expire DATETIME(6); DECLARE d_mdp VARCHAR(64);
  DECLARE uid INT; DECLARE stored VARCHAR(255); DECLARE role_name VARCHAR(50); DECLARE two_factor BOOL;
  DECLARE mail VARCHAR(255); DECLARE fname VARCHAR(100); DECLARE lname VARCHAR(100);
  DECLARE t DATETIME(6); DECLARE locked DATETIME(6); DECLARE ok BOOL;
  DECLARE sid INT; DECLARE login VARCHAR(80); DECLARE secret VARCHAR(64); DECLARE t_until DATETIME(6);
  SELECT id_utilisateur, expire_le, empreinte_mdp INTO d_uid, d_expire, d_mdp FROM defis_connexion
   WHERE empreinte = SHA2(COALESCE(p_defi, ''), 256) FOR UPDATE;
  IF d_uid IS NOT NULL THEN
    SELECT u.id, u.password, r.libelle, COALESCE(u.two_factor_enabled, FALSE), u.email, u.prenom, u.nom
      INTO uid, stored, role_name, two_factor, mail, fname, lname
      FROM utilisateurs u JOIN roles r ON r.id = u.@IDROLE@ WHERE u.id = d_uid FOR UPDATE;
  END IF;
  SET t = backoffice_maintenant();
  IF uid IS NULL OR d_expire <= t OR NOT two_factor
     OR role_name NOT IN ('admin', 'manager', 'employe', 'support')
     OR d_mdp <> SHA2(COALESCE(stored, ''), 256) THEN
    DELETE FROM defis_connexion WHERE empreinte = SHA2(COALESCE(p_defi, ''), 256);
    CALL backoffice_tentative(uid, p_ip, p_agent, FALSE, 'challenge_expired', t);
    SELECT 'expire' AS r_statut;
  ELSE
    SET locked = backoffice_fin_blocage_compte(uid, t);
    IF locked IS NULL THEN
      CALL backoffice_code_ok(uid, p_code, t, ok);
    END IF;
    IF locked IS NOT NULL OR NOT ok THEN
      CALL backoffice_tentative(uid, p_ip, p_agent, FALSE, IF(locked IS NULL, 'wrong_code', 'locked'), t);
      SELECT IF(locked IS NULL, 'code_refuse', 'bloque') AS r_statut,
             CEIL(TIMESTAMPDIFF(MICROSECOND, t, locked) / 1000000) AS r_attente;
    ELSE
      DELETE FROM defis_connexion WHERE empreinte = SHA2(COALESCE(p_defi, ''), 256);
      CALL backoffice_ouvrir_session(uid, p_ip, p_agent, t, sid, login, secret, t_until);
      SELECT 'ok' AS r_statut, sid AS r_session, login AS r_compte, secret AS r_secret,
             t_until AS r_expire, uid AS r_utilisateur, role_name AS r_role, mail AS r_email,
             fname AS r_prenom, lname AS r_nom, CONCAT('@P@_m_', uid) AS r_role_base;
    END IF;
  END IF;
END
"""
