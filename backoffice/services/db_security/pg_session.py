"""PostgreSQL: what a signed-in session calls, the triggers, and member management (SQL).

Same placeholders and rules as :mod:`.pg_signin`. ``@STAFF@`` is the name of the role
every group is a member of (``@P@_personnel``): a login in it is a staff member's session.
"""

from __future__ import annotations

SESSION = r"""
-- Whether the login is a staff one (a superuser is a member of every role: not staff).
CREATE OR REPLACE FUNCTION backoffice_est_personnel() RETURNS boolean
LANGUAGE sql STABLE @OPTS@ AS $f$
  SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = session_user AND NOT rolsuper)
         AND pg_has_role(session_user, '@STAFF@', 'MEMBER')
$f$;

-- The session behind the current login, or nothing (the site's account, the owner…).
CREATE OR REPLACE FUNCTION backoffice_ma_session() RETURNS sessions_base
LANGUAGE sql STABLE @OPTS@ AS $f$
  SELECT * FROM sessions_base WHERE compte_base = session_user
$f$;

CREATE OR REPLACE FUNCTION backoffice_session_valide(p_sid int) RETURNS boolean
LANGUAGE sql STABLE @OPTS@ AS $f$
  SELECT EXISTS (
    SELECT FROM sessions_base sb
    JOIN sessions x ON x.id = sb.id_session AND x.id_utilisateur = sb.id_utilisateur
    JOIN identites_base i ON i.id_utilisateur = sb.id_utilisateur AND i.actif
    JOIN utilisateurs u ON u.id = sb.id_utilisateur
    JOIN roles r ON r.id = u.@IDROLE@ AND r.libelle = i.groupe
    WHERE sb.id_session = p_sid AND sb.expire_le > clock_timestamp()
      AND coalesce(x.last_activity::timestamptz, sb.date_creation)
          >= clock_timestamp() - @IDLE@ * interval '1 minute')
$f$;

-- The heartbeat: 'ok' and the member's role while the session holds; 'fermee' when it
-- was revoked, has expired, or the member was disabled; last_activity moves at most once
-- a minute, and that is also when stale sessions of everybody are swept.
CREATE OR REPLACE FUNCTION backoffice_activite()
RETURNS TABLE (r_etat text, r_role text, r_utilisateur int)
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE mine sessions_base; role_name text; seen timestamptz;
BEGIN
  mine := backoffice_ma_session();
  IF mine.id_session IS NULL OR NOT backoffice_session_valide(mine.id_session) THEN
    RETURN QUERY SELECT 'fermee', NULL::text, mine.id_utilisateur;
    RETURN;
  END IF;
  SELECT r.libelle, x.last_activity INTO role_name, seen FROM sessions x
    JOIN utilisateurs u ON u.id = x.id_utilisateur JOIN roles r ON r.id = u.@IDROLE@
   WHERE x.id = mine.id_session;
  IF seen IS NULL OR seen < clock_timestamp() - interval '60 seconds' THEN
    UPDATE sessions SET last_activity = clock_timestamp() WHERE id = mine.id_session;
    PERFORM backoffice_balayer();
  END IF;
  RETURN QUERY SELECT 'ok', role_name, mine.id_utilisateur;
END $f$;

CREATE OR REPLACE FUNCTION backoffice_deconnexion() RETURNS void
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE mine sessions_base;
BEGIN
  mine := backoffice_ma_session();
  IF mine.id_session IS NOT NULL THEN
    PERFORM backoffice_fin_session(mine.id_session, mine.compte_base);
  END IF;
END $f$;

-- The idle lock: the member's password (and code when enrolled), counted like a sign-in.
CREATE OR REPLACE FUNCTION backoffice_deverrouillage(p_mdp text, p_code text, p_ip text,
                                                     p_agent text)
RETURNS TABLE (r_statut text, r_attente int)
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE mine sessions_base; stored text; two_factor boolean; t_at timestamptz;
        locked timestamptz;
BEGIN
  mine := backoffice_ma_session();
  IF mine.id_session IS NULL OR NOT backoffice_session_valide(mine.id_session) THEN
    RETURN QUERY SELECT 'fermee', NULL::int;
    RETURN;
  END IF;
  SELECT u.password, coalesce(u.two_factor_enabled, false) INTO stored, two_factor
    FROM utilisateurs u WHERE u.id = mine.id_utilisateur FOR NO KEY UPDATE;
  t_at := clock_timestamp();
  locked := backoffice_blocage_compte(mine.id_utilisateur, t_at);
  IF locked IS NOT NULL THEN
    PERFORM backoffice_mdp_ok(p_mdp, NULL);
    PERFORM backoffice_tentative(mine.id_utilisateur, p_ip, p_agent, false, 'locked', t_at);
    RETURN QUERY SELECT 'bloque', ceil(extract(epoch FROM locked - t_at))::int;
    RETURN;
  END IF;
  IF NOT backoffice_mdp_ok(p_mdp, stored) THEN
    PERFORM backoffice_tentative(mine.id_utilisateur, p_ip, p_agent, false,
      CASE WHEN coalesce(stored, '') ~ '^\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}$'
           THEN 'wrong_password' ELSE 'unsupported_hash' END, t_at);
    RETURN QUERY SELECT 'refuse', NULL::int;
    RETURN;
  END IF;
  IF two_factor AND NOT backoffice_code_ok(mine.id_utilisateur, p_code, t_at) THEN
    PERFORM backoffice_tentative(mine.id_utilisateur, p_ip, p_agent, false, 'wrong_code', t_at);
    RETURN QUERY SELECT 'refuse', NULL::int;
    RETURN;
  END IF;
  PERFORM backoffice_tentative(mine.id_utilisateur, p_ip, p_agent, true, NULL, t_at);
  UPDATE sessions SET last_activity = t_at WHERE id = mine.id_session;
  RETURN QUERY SELECT 'ok', NULL::int;
END $f$;
"""

TRIGGERS = r"""
-- Every write on a business table: refused from a session that no longer holds; else one
-- journal_base row (server clock, login, member, session, key, changed columns' names).
-- TG_ARGV: the table's key columns.
CREATE OR REPLACE FUNCTION backoffice_journal() RETURNS trigger
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE mine sessions_base; old_row jsonb; new_row jsonb; k text; changed text;
BEGIN
  mine := backoffice_ma_session();
  IF mine.id_session IS NULL AND backoffice_est_personnel() THEN
    RAISE EXCEPTION 'backoffice: no open session for this login'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF mine.id_session IS NOT NULL AND NOT backoffice_session_valide(mine.id_session) THEN
    RAISE EXCEPTION 'backoffice: this session has ended (revoked, idle or expired)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF mine.id_session IS NULL AND session_user = ANY (@QUIET@) THEN
    RETURN NULL;  -- the website's own account: its traffic is not the staff's
  END IF;
  IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
  SELECT string_agg(coalesce(coalesce(new_row, old_row) ->> a, ''), ',' ORDER BY n)
    INTO k FROM unnest(TG_ARGV) WITH ORDINALITY AS key(a, n);
  IF TG_OP = 'UPDATE' THEN
    SELECT string_agg(e.key, ',' ORDER BY e.key) INTO changed FROM jsonb_each(new_row) e
     WHERE e.value IS DISTINCT FROM old_row -> e.key;
    IF changed IS NULL THEN RETURN NULL; END IF;  -- nothing changed: nothing to record
  END IF;
  INSERT INTO journal_base (date_action, compte_base, id_utilisateur, id_session,
                            table_cible, operation, cle, colonnes)
  VALUES (clock_timestamp(), session_user, mine.id_utilisateur, mine.id_session,
          TG_TABLE_NAME, TG_OP, left(k, 255), changed);
  RETURN NULL;
END $f$;

-- The application's own audit rows: the member and the time are the database's.
CREATE OR REPLACE FUNCTION backoffice_horodatage_audit() RETURNS trigger
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE mine sessions_base;
BEGIN
  mine := backoffice_ma_session();
  IF mine.id_session IS NOT NULL OR backoffice_est_personnel() THEN
    NEW.id_utilisateur := mine.id_utilisateur;
    NEW.date_action := clock_timestamp();
  END IF;
  RETURN NEW;
END $f$;

-- Staff rows (and roles) change only through the routines; a staff login may edit a
-- customer's own fields (its column privileges say which).
CREATE OR REPLACE FUNCTION backoffice_garde_utilisateurs() RETURNS trigger
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
BEGIN
  IF current_user = '@P@_proprietaire' OR NOT backoffice_est_personnel()
  THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT FROM roles r WHERE r.id IN (OLD.@IDROLE@, NEW.@IDROLE@)
             AND r.libelle IN ('admin', 'manager', 'employe', 'support')) THEN
    RAISE EXCEPTION 'backoffice: staff accounts change through the Sécurité tab only'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $f$;

-- A value that needs a permission of its own (an order set to « annulée »…).
-- TG_ARGV: the column, the value, then the groups allowed to write it.
CREATE OR REPLACE FUNCTION backoffice_regle_valeur() RETURNS trigger
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE new_value text := to_jsonb(NEW) ->> TG_ARGV[0];
        old_value text;
BEGIN
  IF TG_OP = 'UPDATE' THEN old_value := to_jsonb(OLD) ->> TG_ARGV[0]; END IF;
  IF new_value IS DISTINCT FROM TG_ARGV[1] OR old_value IS NOT DISTINCT FROM new_value
     OR NOT backoffice_est_personnel() THEN
    RETURN NEW;
  END IF;
  FOR i IN 2 .. coalesce(array_length(TG_ARGV, 1), 0) - 1 LOOP
    IF pg_has_role(session_user, TG_ARGV[i], 'MEMBER') THEN RETURN NEW; END IF;
  END LOOP;
  RAISE EXCEPTION 'backoffice: %.% = % needs a permission this login lacks',
    TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[1] USING ERRCODE = 'insufficient_privilege';
END $f$;
"""

MEMBERS = r"""
-- Creates or changes a member's identity: their account gets ``p_role`` (a staff role),
-- their own NOLOGIN role sits in that group only, and their open sessions end (the
-- rights they carried are no longer theirs). Internal: called by the admin's routine
-- below and by ``backoffice db member`` (run by the installer).
CREATE OR REPLACE FUNCTION backoffice_membre_definir(p_uid int, p_role text) RETURNS text
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE member_role text := '@P@_m_' || p_uid; role_id int; g text; s record;
BEGIN
  IF p_role NOT IN ('admin', 'manager', 'employe', 'support') THEN
    RAISE EXCEPTION 'backoffice: unknown staff role %', p_role USING ERRCODE = 'data_exception';
  END IF;
  SELECT id INTO role_id FROM roles WHERE libelle = p_role;
  IF role_id IS NULL OR NOT EXISTS (SELECT FROM utilisateurs WHERE id = p_uid) THEN
    RAISE EXCEPTION 'backoffice: no such account or role' USING ERRCODE = 'no_data_found';
  END IF;
  UPDATE utilisateurs SET @IDROLE@ = role_id WHERE id = p_uid AND @IDROLE@ <> role_id;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = member_role) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', member_role);
  END IF;
  FOREACH g IN ARRAY ARRAY['admin', 'manager', 'employe', 'support'] LOOP
    IF g <> p_role THEN
      EXECUTE format('REVOKE %I FROM %I', '@P@_' || g, member_role);
    END IF;
  END LOOP;
  EXECUTE format('GRANT %I TO %I', '@P@_' || p_role, member_role);
  INSERT INTO identites_base AS i (id_utilisateur, compte_base, groupe, actif, date_modification)
  VALUES (p_uid, member_role, p_role, true, clock_timestamp())
  ON CONFLICT (id_utilisateur) DO UPDATE SET groupe = EXCLUDED.groupe, actif = true,
    date_modification = EXCLUDED.date_modification;
  FOR s IN SELECT id_session, compte_base FROM sessions_base WHERE id_utilisateur = p_uid LOOP
    PERFORM backoffice_fin_session(s.id_session, s.compte_base);
  END LOOP;
  RETURN member_role;
END $f$;

-- Disables a member's identity: out of every group, every session ended and its
-- connections terminated at once. The website account is left as it is.
CREATE OR REPLACE FUNCTION backoffice_membre_desactiver(p_uid int) RETURNS integer
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE member_role text := '@P@_m_' || p_uid; g text; s record; n int := 0;
BEGIN
  UPDATE identites_base SET actif = false, date_modification = clock_timestamp()
   WHERE id_utilisateur = p_uid;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = member_role) THEN
    FOREACH g IN ARRAY ARRAY['admin', 'manager', 'employe', 'support'] LOOP
      EXECUTE format('REVOKE %I FROM %I', '@P@_' || g, member_role);
    END LOOP;
  END IF;
  FOR s IN SELECT id_session, compte_base FROM sessions_base WHERE id_utilisateur = p_uid LOOP
    PERFORM backoffice_fin_session(s.id_session, s.compte_base);
    n := n + 1;
  END LOOP;
  DELETE FROM sessions WHERE id_utilisateur = p_uid;
  RETURN n;
END $f$;

-- The admin's doors to the above, and to revoking a session: the caller must be a
-- signed-in admin whose session holds.
CREATE OR REPLACE FUNCTION backoffice_exiger_admin() RETURNS sessions_base
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE mine sessions_base;
BEGIN
  mine := backoffice_ma_session();
  IF mine.id_session IS NULL OR NOT backoffice_session_valide(mine.id_session)
     OR NOT pg_has_role(session_user, '@P@_admin', 'MEMBER') THEN
    RAISE EXCEPTION 'backoffice: an administrator''s open session is required'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN mine;
END $f$;

CREATE OR REPLACE FUNCTION backoffice_admin_membre(p_uid int, p_role text) RETURNS text
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
BEGIN
  PERFORM backoffice_exiger_admin();
  IF p_role IS NULL THEN
    PERFORM backoffice_membre_desactiver(p_uid);
    RETURN NULL;
  END IF;
  RETURN backoffice_membre_definir(p_uid, p_role);
END $f$;

CREATE OR REPLACE FUNCTION backoffice_admin_revoquer(p_sid int) RETURNS boolean
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE login text;
BEGIN
  PERFORM backoffice_exiger_admin();
  SELECT compte_base INTO login FROM sessions_base WHERE id_session = p_sid;
  IF login IS NULL AND NOT EXISTS (SELECT FROM sessions WHERE id = p_sid) THEN
    RETURN false;
  END IF;
  PERFORM backoffice_fin_session(p_sid, login);
  RETURN true;
END $f$;

-- Two-factor, for the admin: enrolment proven by a code, and removal (secret and backup
-- code forgotten). The secret goes in, nothing comes out.
CREATE OR REPLACE FUNCTION backoffice_admin_2fa(p_uid int, p_secret text, p_code text)
RETURNS boolean LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE v_key bytea; step bigint;
        now_step bigint := floor(extract(epoch FROM clock_timestamp()) / 30);
BEGIN
  PERFORM backoffice_exiger_admin();
  IF p_secret IS NULL THEN
    UPDATE utilisateurs SET two_factor_enabled = false, two_factor_secret = NULL,
           backup_code = NULL WHERE id = p_uid;
    RETURN FOUND;
  END IF;
  v_key := backoffice_base32(p_secret);
  IF v_key IS NULL THEN RETURN false; END IF;
  FOR candidate IN REVERSE now_step + 1 .. now_step - 1 LOOP
    IF backoffice_totp(v_key, candidate) = regexp_replace(coalesce(p_code, ''), '[\s-]', '', 'g')
    THEN step := candidate; EXIT; END IF;
  END LOOP;
  IF step IS NULL THEN RETURN false; END IF;
  INSERT INTO totp_etapes AS t (id_utilisateur, derniere_etape, updated_at)
  VALUES (p_uid, step, clock_timestamp())
  ON CONFLICT (id_utilisateur) DO UPDATE SET derniere_etape = EXCLUDED.derniere_etape,
    updated_at = EXCLUDED.updated_at WHERE t.derniere_etape < EXCLUDED.derniere_etape;
  UPDATE utilisateurs SET two_factor_secret = upper(regexp_replace(p_secret, '\s', '', 'g')),
         two_factor_enabled = true WHERE id = p_uid;
  RETURN FOUND;
END $f$;

-- Whether a staff member has a backup code, for the Sécurité tab (admins): the code
-- itself stays unreadable to every login.
CREATE OR REPLACE FUNCTION backoffice_code_secours_present(p_uid int) RETURNS boolean
LANGUAGE sql STABLE @OPTS@ AS $f$
  SELECT backup_code IS NOT NULL FROM utilisateurs WHERE id = p_uid
$f$;
"""
