# ruff: noqa: E501 - SQL text, laid out for reading as SQL
"""MariaDB: what a signed-in session calls, and member management (SQL, see
``mysql_sql`` for the placeholders). The triggers are generated per table by
``mysql_install`` (MariaDB triggers cannot take arguments)."""

from __future__ import annotations

SESSION = r"""
CREATE OR REPLACE FUNCTION backoffice_ma_session() RETURNS INT NOT DETERMINISTIC READS SQL DATA
  RETURN (SELECT id_session FROM sessions_base WHERE compte_base = backoffice_moi())
-- ;;
CREATE OR REPLACE FUNCTION backoffice_mon_membre() RETURNS INT NOT DETERMINISTIC READS SQL DATA
  RETURN (SELECT id_utilisateur FROM sessions_base WHERE compte_base = backoffice_moi())
-- ;;
-- A staff login: a session login of this shop (its row may be gone: then it is refused).
CREATE OR REPLACE FUNCTION backoffice_est_personnel() RETURNS BOOL NOT DETERMINISTIC
  RETURN BINARY backoffice_moi() LIKE BINARY '@P@\_s\_%'
-- ;;
CREATE OR REPLACE FUNCTION backoffice_groupe() RETURNS VARCHAR(20) NOT DETERMINISTIC READS SQL DATA
  RETURN (SELECT i.groupe FROM sessions_base sb JOIN identites_base i
          ON i.id_utilisateur = sb.id_utilisateur WHERE sb.compte_base = backoffice_moi())
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_activite()
BEGIN
  DECLARE sid INT DEFAULT backoffice_ma_session(); DECLARE uid INT DEFAULT backoffice_mon_membre();
  DECLARE role_name VARCHAR(50); DECLARE seen DATETIME(6);
  IF sid IS NULL OR NOT backoffice_session_valide(sid) THEN
    SELECT 'fermee' AS r_etat, NULL AS r_role, uid AS r_utilisateur;
  ELSE
    SELECT r.libelle, x.last_activity INTO role_name, seen FROM sessions x
      JOIN utilisateurs u ON u.id = x.id_utilisateur JOIN roles r ON r.id = u.@IDROLE@
     WHERE x.id = sid;
    IF seen IS NULL OR seen < backoffice_maintenant() - INTERVAL 60 SECOND THEN
      UPDATE sessions SET last_activity = backoffice_maintenant() WHERE id = sid;
      CALL backoffice_balayer();
    END IF;
    SELECT 'ok' AS r_etat, role_name AS r_role, uid AS r_utilisateur;
  END IF;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_deconnexion()
BEGIN
  DECLARE sid INT DEFAULT backoffice_ma_session();
  IF sid IS NOT NULL THEN
    CALL backoffice_fin_session(sid, backoffice_moi());
  END IF;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_deverrouillage(p_hache VARCHAR(255), p_code VARCHAR(64),
                                                      p_ip VARCHAR(45), p_agent TEXT)
BEGIN
  DECLARE sid INT DEFAULT backoffice_ma_session(); DECLARE uid INT DEFAULT backoffice_mon_membre();
  DECLARE stored VARCHAR(255); DECLARE two_factor BOOL; DECLARE t DATETIME(6);
  DECLARE locked DATETIME(6); DECLARE ok BOOL DEFAULT TRUE;
  IF sid IS NULL OR NOT backoffice_session_valide(sid) THEN
    SELECT 'fermee' AS r_statut;
  ELSE
    SELECT password, COALESCE(two_factor_enabled, FALSE) INTO stored, two_factor
      FROM utilisateurs WHERE id = uid FOR UPDATE;
    SET t = backoffice_maintenant();
    SET locked = backoffice_fin_blocage_compte(uid, t);
    IF locked IS NOT NULL THEN
      CALL backoffice_tentative(uid, p_ip, p_agent, FALSE, 'locked', t);
      SELECT 'bloque' AS r_statut, CEIL(TIMESTAMPDIFF(MICROSECOND, t, locked) / 1000000) AS r_attente;
    ELSEIF NOT (stored REGEXP '^[$]2[aby][$][0-9]{2}[$][./A-Za-z0-9]{53}$'
                AND SUBSTRING(stored, 4) = BINARY SUBSTRING(COALESCE(p_hache, ''), 4)) THEN
      CALL backoffice_tentative(uid, p_ip, p_agent, FALSE, 'wrong_password', t);
      SELECT 'refuse' AS r_statut;
    ELSE
      IF two_factor THEN
        CALL backoffice_code_ok(uid, p_code, t, ok);
      END IF;
      IF NOT ok THEN
        CALL backoffice_tentative(uid, p_ip, p_agent, FALSE, 'wrong_code', t);
        SELECT 'refuse' AS r_statut;
      ELSE
        CALL backoffice_tentative(uid, p_ip, p_agent, TRUE, NULL, t);
        UPDATE sessions SET last_activity = t WHERE id = sid;
        SELECT 'ok' AS r_statut;
      END IF;
    END IF;
  END IF;
END
"""

MEMBERS = r"""
CREATE OR REPLACE PROCEDURE backoffice_membre_definir(p_uid INT, p_role VARCHAR(20))
BEGIN
  DECLARE member_role VARCHAR(80) DEFAULT CONCAT('@P@_m_', p_uid); DECLARE role_id INT;
  DECLARE done INT DEFAULT 0; DECLARE sid INT; DECLARE login VARCHAR(80);
  DECLARE mine CURSOR FOR SELECT id_session, compte_base FROM sessions_base WHERE id_utilisateur = p_uid;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  IF p_role NOT IN ('admin', 'manager', 'employe', 'support') THEN
    SIGNAL SQLSTATE '22023' SET MESSAGE_TEXT = 'backoffice: unknown staff role';
  END IF;
  SELECT id INTO role_id FROM roles WHERE libelle = p_role;
  IF role_id IS NULL OR NOT EXISTS (SELECT 1 FROM utilisateurs WHERE id = p_uid) THEN
    SIGNAL SQLSTATE '02000' SET MESSAGE_TEXT = 'backoffice: no such account or role';
  END IF;
  UPDATE utilisateurs SET @IDROLE@ = role_id WHERE id = p_uid AND @IDROLE@ <> role_id;
  CALL backoffice_executer(CONCAT('CREATE ROLE IF NOT EXISTS ', member_role, ' WITH ADMIN CURRENT_USER'));
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN END;  -- not a member of that one
    CALL backoffice_executer(CONCAT('REVOKE @P@_admin FROM ', member_role));
    CALL backoffice_executer(CONCAT('REVOKE @P@_manager FROM ', member_role));
    CALL backoffice_executer(CONCAT('REVOKE @P@_employe FROM ', member_role));
    CALL backoffice_executer(CONCAT('REVOKE @P@_support FROM ', member_role));
  END;
  CALL backoffice_executer(CONCAT('GRANT @P@_', p_role, ' TO ', member_role));
  INSERT INTO identites_base (id_utilisateur, compte_base, groupe, actif, date_modification)
  VALUES (p_uid, member_role, p_role, TRUE, backoffice_maintenant())
  ON DUPLICATE KEY UPDATE groupe = VALUES(groupe), actif = TRUE,
    date_modification = VALUES(date_modification);
  OPEN mine;
  ending: LOOP
    FETCH mine INTO sid, login;
    IF done THEN LEAVE ending; END IF;
    CALL backoffice_fin_session(sid, login);
  END LOOP;
  CLOSE mine;
  SELECT member_role AS r_compte;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_membre_desactiver(p_uid INT)
BEGIN
  DECLARE member_role VARCHAR(80) DEFAULT CONCAT('@P@_m_', p_uid);
  DECLARE done INT DEFAULT 0; DECLARE sid INT; DECLARE login VARCHAR(80);
  DECLARE mine CURSOR FOR SELECT id_session, compte_base FROM sessions_base WHERE id_utilisateur = p_uid;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  UPDATE identites_base SET actif = FALSE, date_modification = backoffice_maintenant()
   WHERE id_utilisateur = p_uid;
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN END;
    CALL backoffice_executer(CONCAT('REVOKE @P@_admin FROM ', member_role));
    CALL backoffice_executer(CONCAT('REVOKE @P@_manager FROM ', member_role));
    CALL backoffice_executer(CONCAT('REVOKE @P@_employe FROM ', member_role));
    CALL backoffice_executer(CONCAT('REVOKE @P@_support FROM ', member_role));
  END;
  OPEN mine;
  ending: LOOP
    FETCH mine INTO sid, login;
    IF done THEN LEAVE ending; END IF;
    CALL backoffice_fin_session(sid, login);
  END LOOP;
  CLOSE mine;
  DELETE FROM sessions WHERE id_utilisateur = p_uid;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_exiger_admin()
BEGIN
  DECLARE sid INT DEFAULT backoffice_ma_session();
  IF sid IS NULL OR NOT backoffice_session_valide(sid) OR backoffice_groupe() <> 'admin' THEN
    SIGNAL SQLSTATE '42000' SET MYSQL_ERRNO = 1142,
      MESSAGE_TEXT = 'backoffice: an administrator''s open session is required';
  END IF;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_admin_membre(p_uid INT, p_role VARCHAR(20))
BEGIN
  CALL backoffice_exiger_admin();
  IF p_role IS NULL THEN
    CALL backoffice_membre_desactiver(p_uid);
  ELSE
    CALL backoffice_membre_definir(p_uid, p_role);
  END IF;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_admin_revoquer(p_sid INT)
BEGIN
  DECLARE login VARCHAR(80); DECLARE found_it BOOL;
  CALL backoffice_exiger_admin();
  SELECT compte_base INTO login FROM sessions_base WHERE id_session = p_sid;
  SET found_it = login IS NOT NULL OR EXISTS (SELECT 1 FROM sessions WHERE id = p_sid);
  IF found_it THEN
    CALL backoffice_fin_session(p_sid, login);
  END IF;
  SELECT found_it AS r_fait;
END
-- ;;
CREATE OR REPLACE PROCEDURE backoffice_admin_2fa(p_uid INT, p_secret VARCHAR(64), p_code VARCHAR(64))
BEGIN
  DECLARE k VARBINARY(80); DECLARE c BIGINT; DECLARE step BIGINT;
  DECLARE now_step BIGINT DEFAULT FLOOR(UNIX_TIMESTAMP() / 30);
  CALL backoffice_exiger_admin();
  IF p_secret IS NULL THEN
    UPDATE utilisateurs SET two_factor_enabled = FALSE, two_factor_secret = NULL, backup_code = NULL
     WHERE id = p_uid;
    SELECT TRUE AS r_fait;
  ELSE
    SET k = backoffice_base32(p_secret), c = now_step + 1;
    WHILE k IS NOT NULL AND c >= now_step - 1 AND step IS NULL DO
      IF backoffice_totp(k, c) = REPLACE(REPLACE(COALESCE(p_code, ''), ' ', ''), '-', '') THEN
        SET step = c;
      END IF;
      SET c = c - 1;
    END WHILE;
    IF step IS NULL THEN
      SELECT FALSE AS r_fait;
    ELSE
      INSERT INTO totp_etapes (id_utilisateur, derniere_etape, updated_at)
      VALUES (p_uid, step, backoffice_maintenant())
      ON DUPLICATE KEY UPDATE derniere_etape = GREATEST(derniere_etape, VALUES(derniere_etape)),
        updated_at = VALUES(updated_at);
      UPDATE utilisateurs SET two_factor_secret = UPPER(REPLACE(p_secret, ' ', '')),
             two_factor_enabled = TRUE WHERE id = p_uid;
      SELECT TRUE AS r_fait;
    END IF;
  END IF;
END
-- ;;
CREATE OR REPLACE FUNCTION backoffice_code_secours_present(p_uid INT) RETURNS BOOL
NOT DETERMINISTIC READS SQL DATA
  RETURN (SELECT backup_code IS NOT NULL FROM utilisateurs WHERE id = p_uid)
"""
