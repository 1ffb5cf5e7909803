"""PostgreSQL: the owner-rights routines of the sign-in, as SQL (installed by ``pg_install``).

Placeholders replaced at installation (never by anything a user types): ``@P@`` the
accounts' prefix (a plain identifier), ``@IDROLE@`` the quoted name of
``utilisateurs.idRole`` as the database spells it, ``@OPTS@`` the functions' fixed
settings (``search_path`` — with pgcrypto's schema — and the shop's time zone, so that a
caller's session cannot change how a routine reads tables or stamps naive dates),
``@IDLE@``/``@LIFETIME@`` the session policy in minutes, ``@COST@`` the site's usual
bcrypt cost (the dummy checks' work), ``@KEY@`` the key of the unknown addresses'
fingerprints (the application's own, so that both write the same rows).

Every routine is ``SECURITY DEFINER``, owned by the NOLOGIN ``@P@_proprietaire``, with
EXECUTE taken from PUBLIC and given only to whom needs it. They rely on the server's clock
(``clock_timestamp()``) and on ``session_user`` (the login: a session role cannot change
it, unlike ``current_user`` with SET ROLE), never on anything the caller says about time
or identity. The throttle, the reasons recorded and the TOTP rules are the application's
(``services/throttle.py``, ``auth.py``, ``totp.py``), rewritten here in PL/pgSQL.
"""

from __future__ import annotations

HELPERS = r"""
CREATE OR REPLACE FUNCTION backoffice_base32(secret text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE @OPTS@ AS $f$
DECLARE
  alphabet constant text := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  clean text := upper(regexp_replace(coalesce(secret, ''), '[\s=-]', '', 'g'));
  bits bigint := 0; nbits int := 0; result bytea := ''::bytea; v int;
BEGIN
  IF clean = '' THEN RETURN NULL; END IF;
  FOR i IN 1..length(clean) LOOP
    v := strpos(alphabet, substr(clean, i, 1)) - 1;
    IF v < 0 THEN RETURN NULL; END IF;
    bits := ((bits << 5) | v) & 1099511627775;
    nbits := nbits + 5;
    IF nbits >= 8 THEN
      nbits := nbits - 8;
      result := result || set_byte('\x00'::bytea, 0, ((bits >> nbits) & 255)::int);
    END IF;
  END LOOP;
  RETURN result;
END $f$;

CREATE OR REPLACE FUNCTION backoffice_totp(key bytea, step bigint) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT @OPTS@ AS $f$
DECLARE h bytea; o int; code bigint;
BEGIN
  h := hmac(int8send(step), key, 'sha1');
  o := get_byte(h, 19) & 15;
  code := ((get_byte(h, o) & 127)::bigint << 24) | (get_byte(h, o + 1)::bigint << 16)
          | (get_byte(h, o + 2)::bigint << 8) | get_byte(h, o + 3)::bigint;
  RETURN lpad((code % 1000000)::text, 6, '0');
END $f$;

-- bcrypt through pgcrypto's crypt(), which knows the $2a$ spelling only: $2y$ (PHP) and
-- $2b$ are the same algorithm. Anything else (argon2, MD5, malformed) cannot be checked
-- here: one dummy bcrypt check at the site's cost keeps the time the same, and it fails.
CREATE OR REPLACE FUNCTION backoffice_mdp_ok(password text, stored text) RETURNS boolean
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE spelled text;
BEGIN
  IF stored ~ '^\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}$' THEN
    spelled := '$2a$' || substr(stored, 5);
    -- crypt_blowfish reads the first 72 bytes only, like PHP: nothing to cut here.
    RETURN crypt(coalesce(password, ''), spelled) = spelled;
  END IF;
  PERFORM crypt(coalesce(password, ''), gen_salt('bf', @COST@));
  RETURN false;
END $f$;

CREATE OR REPLACE FUNCTION backoffice_fin_blocage(failures timestamptz[], t_at timestamptz)
RETURNS timestamptz LANGUAGE plpgsql IMMUTABLE @OPTS@ AS $f$
DECLARE n int := coalesce(array_length(failures, 1), 0);
BEGIN
  FOR i IN 1..n LOOP
    IF failures[i] + interval '15 minutes' <= t_at THEN RETURN NULL; END IF;
    IF i + 4 <= n AND failures[i] - failures[i + 4] < interval '15 minutes' THEN
      RETURN failures[i] + interval '15 minutes';
    END IF;
  END LOOP;
  RETURN NULL;
END $f$;

CREATE OR REPLACE FUNCTION backoffice_blocage_compte(uid int, t_at timestamptz)
RETURNS timestamptz LANGUAGE sql STABLE @OPTS@ AS $f$
  SELECT backoffice_fin_blocage(ARRAY(
    SELECT h.date_connexion::timestamptz FROM historique_connexions h
    WHERE h.id_utilisateur = uid AND NOT h.succes
      AND h.date_connexion > t_at - interval '30 minutes'
      AND h.date_connexion > coalesce((SELECT max(s.date_connexion) FROM historique_connexions s
                                       WHERE s.id_utilisateur = uid AND s.succes), '-infinity')
    ORDER BY h.date_connexion DESC LIMIT 9), t_at)
$f$;

CREATE OR REPLACE FUNCTION backoffice_tentative(uid int, ip text, agent text, ok boolean,
                                                reason text, t_at timestamptz) RETURNS void
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE attempt int;
BEGIN
  INSERT INTO historique_connexions (id_utilisateur, ip, user_agent, succes, date_connexion)
  VALUES (uid, left(ip, 45), agent, ok, t_at) RETURNING id INTO attempt;
  IF reason IS NOT NULL THEN
    INSERT INTO connexions_motifs (id_connexion, motif) VALUES (attempt, reason);
  END IF;
END $f$;

-- Ends one session: its row, its login (NOLOGIN at once, its connections terminated, the
-- role dropped when nothing holds it any more; a later sweep retries otherwise).
CREATE OR REPLACE FUNCTION backoffice_fin_session(v_sid int, v_login text) RETURNS void
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
BEGIN
  DELETE FROM sessions WHERE id = v_sid;
  IF v_login IS NULL THEN RETURN; END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = v_login) THEN
    EXECUTE format('ALTER ROLE %I NOLOGIN', v_login);
    PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a
      WHERE a.usename = v_login AND a.pid <> pg_backend_pid();
    IF v_login <> session_user THEN
      BEGIN
        EXECUTE format('DROP ROLE %I', v_login);
      EXCEPTION WHEN OTHERS THEN
        RETURN;  -- kept NOLOGIN; the next sweep drops it
      END;
    ELSE
      RETURN;  -- one's own v_login cannot be dropped while connected: the next sweep will
    END IF;
  END IF;
  DELETE FROM sessions_base WHERE id_session = v_sid;
END $f$;

-- The sessions that must end: revoked (row gone), idle too long, past their lifetime,
-- whose member was disabled or whose role changed since.
CREATE OR REPLACE FUNCTION backoffice_balayer() RETURNS integer
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE s record; n int := 0; t_at timestamptz := clock_timestamp();
BEGIN
  FOR s IN
    SELECT sb.id_session, sb.compte_base FROM sessions_base sb
    LEFT JOIN sessions x ON x.id = sb.id_session AND x.id_utilisateur = sb.id_utilisateur
    LEFT JOIN identites_base i ON i.id_utilisateur = sb.id_utilisateur
    LEFT JOIN utilisateurs u ON u.id = sb.id_utilisateur
    LEFT JOIN roles r ON r.id = u.@IDROLE@
    WHERE x.id IS NULL OR sb.expire_le <= t_at
       OR coalesce(x.last_activity::timestamptz, sb.date_creation)
          < t_at - @IDLE@ * interval '1 minute'
       OR i.actif IS NOT TRUE OR r.libelle IS DISTINCT FROM i.groupe
    FOR UPDATE OF sb SKIP LOCKED
  LOOP
    PERFORM backoffice_fin_session(s.id_session, s.compte_base);
    n := n + 1;
  END LOOP;
  RETURN n;
END $f$;

-- Opens the session: its row, its login (random password, valid until the lifetime's end,
-- a member of the member's own role), the attempt. The password is returned once.
CREATE OR REPLACE FUNCTION backoffice_ouvrir_session(uid int, ip text, agent text,
                                                     t_at timestamptz)
RETURNS TABLE (r_session int, r_compte text, r_secret text, r_expire timestamptz)
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE v_sid int; v_login text; secret text := encode(gen_random_bytes(24), 'hex');
        t_until timestamptz := t_at + @LIFETIME@ * interval '1 minute';
        member_role text := '@P@_m_' || uid;
BEGIN
  PERFORM backoffice_balayer();
  INSERT INTO sessions (id_utilisateur, session_token, user_agent, ip, last_activity)
  VALUES (uid, encode(digest(gen_random_bytes(32), 'sha256'), 'hex'), agent, left(ip, 45), t_at)
  RETURNING id INTO v_sid;
  v_login := '@P@_s_' || v_sid;
  EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT PASSWORD %L VALID UNTIL %L '
                 'CONNECTION LIMIT 8 IN ROLE %I', v_login, secret, t_until::text, member_role);
  -- NOINHERIT above, INHERIT here: the login gets its member's rights (and through it the
  -- group's); written in two steps so that PostgreSQL 16's GRANT … INHERIT works too.
  EXECUTE format('ALTER ROLE %I INHERIT', v_login);
  EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', v_login, '30s');
  EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', v_login, '10s');
  EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', v_login, '300s');
  INSERT INTO sessions_base (id_session, id_utilisateur, compte_base, date_creation, expire_le)
  VALUES (v_sid, uid, v_login, t_at, t_until);
  UPDATE utilisateurs SET derniere_connexion = t_at WHERE id = uid;
  PERFORM backoffice_tentative(uid, ip, agent, true, NULL, t_at);
  RETURN QUERY SELECT v_sid, v_login, secret, t_until;
END $f$;
"""

SIGN_IN = r"""
-- Step 1: e-mail and password. Status 'ok' (session opened), 'code' (the second factor is
-- due: r_defi is the challenge to send back with it), 'refuse' or 'bloque' (r_attente:
-- seconds left). Why a refusal happened is recorded, never returned.
CREATE OR REPLACE FUNCTION backoffice_connexion(p_email text, p_mdp text, p_ip text,
                                                p_agent text)
RETURNS TABLE (r_statut text, r_attente int, r_defi text, r_session int, r_compte text,
               r_secret text, r_expire timestamptz, r_utilisateur int, r_role text,
               r_email text, r_prenom text, r_nom text)
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE address text := lower(btrim(coalesce(p_email, '')));
        matches int; uid int; stored text; role_name text; two_factor boolean;
        mail text; fname text; lname text;
        t_at timestamptz; locked timestamptz; fp text; ok boolean; challenge text;
BEGIN
  SELECT count(*) INTO matches FROM (SELECT 1 FROM utilisateurs WHERE lower(email) = address
                                   AND address <> '' LIMIT 2) two;
  IF matches = 1 THEN
    SELECT u.id, u.password, r.libelle, coalesce(u.two_factor_enabled, false), u.email,
           u.prenom, u.nom
      INTO uid, stored, role_name, two_factor, mail, fname, lname
      FROM utilisateurs u JOIN roles r ON r.id = u.@IDROLE@
     WHERE lower(u.email) = address FOR NO KEY UPDATE OF u;
  END IF;
  t_at := clock_timestamp();
  IF uid IS NULL THEN
    PERFORM backoffice_mdp_ok(p_mdp, NULL);
    fp := encode(hmac(address, '@KEY@', 'sha256'), 'hex');
    locked := backoffice_fin_blocage(ARRAY(
      SELECT t.date_tentative::timestamptz FROM tentatives_inconnues t
      WHERE t.empreinte = fp AND t.date_tentative > t_at - interval '30 minutes'
      ORDER BY t.date_tentative DESC LIMIT 9), t_at);
    DELETE FROM tentatives_inconnues WHERE date_tentative <= t_at - interval '30 minutes';
    INSERT INTO tentatives_inconnues (empreinte, date_tentative) VALUES (fp, t_at);
    PERFORM backoffice_tentative(NULL, p_ip, p_agent, false,
      CASE WHEN locked IS NOT NULL THEN 'locked' WHEN matches > 1 THEN 'duplicate_account'
           ELSE 'unknown_account' END, t_at);
    RETURN QUERY SELECT CASE WHEN locked IS NULL THEN 'refuse' ELSE 'bloque' END,
      ceil(extract(epoch FROM locked - t_at))::int, NULL::text, NULL::int, NULL::text,
      NULL::text, NULL::timestamptz, NULL::int, NULL::text, NULL::text, NULL::text, NULL::text;
    RETURN;
  END IF;
  locked := backoffice_blocage_compte(uid, t_at);
  IF locked IS NOT NULL THEN
    PERFORM backoffice_mdp_ok(p_mdp, NULL);
    PERFORM backoffice_tentative(uid, p_ip, p_agent, false, 'locked', t_at);
    RETURN QUERY SELECT 'bloque', ceil(extract(epoch FROM locked - t_at))::int, NULL::text,
      NULL::int, NULL::text, NULL::text, NULL::timestamptz, NULL::int, NULL::text,
      NULL::text, NULL::text, NULL::text;
    RETURN;
  END IF;
  ok := backoffice_mdp_ok(p_mdp, stored);
  IF role_name NOT IN ('admin', 'manager', 'employe', 'support') OR NOT ok
     OR NOT EXISTS (SELECT FROM identites_base i WHERE i.id_utilisateur = uid AND i.actif
                    AND i.groupe = role_name) THEN
    PERFORM backoffice_tentative(uid, p_ip, p_agent, false,
      CASE WHEN role_name NOT IN ('admin', 'manager', 'employe', 'support')
             THEN 'customer_account'
           WHEN NOT ok AND coalesce(stored, '') !~ '^\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}$'
             THEN 'unsupported_hash'
           WHEN NOT ok THEN 'wrong_password'
           ELSE 'no_database_identity' END, t_at);
    RETURN QUERY SELECT 'refuse', NULL::int, NULL::text, NULL::int, NULL::text, NULL::text,
      NULL::timestamptz, NULL::int, NULL::text, NULL::text, NULL::text, NULL::text;
    RETURN;
  END IF;
  IF two_factor THEN
    challenge := encode(gen_random_bytes(32), 'hex');
    DELETE FROM defis_connexion WHERE expire_le <= t_at;
    INSERT INTO defis_connexion (empreinte, id_utilisateur, expire_le, empreinte_mdp)
    VALUES (encode(digest(challenge, 'sha256'), 'hex'), uid, t_at + interval '5 minutes',
            encode(digest(coalesce(stored, ''), 'sha256'), 'hex'));
    RETURN QUERY SELECT 'code', NULL::int, challenge, NULL::int, NULL::text, NULL::text,
      NULL::timestamptz, uid, role_name, mail, fname, lname;
    RETURN;
  END IF;
  RETURN QUERY SELECT 'ok', NULL::int, NULL::text, o.r_session, o.r_compte, o.r_secret,
    o.r_expire, uid, role_name, mail, fname, lname
    FROM backoffice_ouvrir_session(uid, p_ip, p_agent, t_at) o;
END $f$;

-- A TOTP code (once: totp_etapes only moves forward) or the backup code (once: erased).
CREATE OR REPLACE FUNCTION backoffice_code_ok(uid int, p_code text, t_at timestamptz)
RETURNS boolean LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE typed text := btrim(coalesce(p_code, ''));
        compact text := regexp_replace(typed, '[\s-]', '', 'g');
        secret bytea; backup text; step bigint; now_step bigint; claimed int;
BEGIN
  IF compact = '' THEN RETURN false; END IF;
  SELECT backoffice_base32(u.two_factor_secret), u.backup_code INTO secret, backup
    FROM utilisateurs u WHERE u.id = uid;
  IF compact ~ '^[0-9]{6}$' AND secret IS NOT NULL THEN
    now_step := floor(extract(epoch FROM t_at) / 30)::bigint;
    FOR candidate IN REVERSE now_step + 1 .. now_step - 1 LOOP
      IF backoffice_totp(secret, candidate) = compact THEN step := candidate; EXIT; END IF;
    END LOOP;
    IF step IS NOT NULL THEN
      INSERT INTO totp_etapes AS t (id_utilisateur, derniere_etape, updated_at)
      VALUES (uid, step, t_at)
      ON CONFLICT (id_utilisateur) DO UPDATE SET derniere_etape = EXCLUDED.derniere_etape,
        updated_at = EXCLUDED.updated_at WHERE t.derniere_etape < EXCLUDED.derniere_etape
      RETURNING 1 INTO claimed;
      RETURN claimed IS NOT NULL;
    END IF;
  END IF;
  IF backup IS NULL OR backup = '' THEN RETURN false; END IF;
  IF (backup ~ '^\$2[aby]\$' AND (backoffice_mdp_ok(typed, backup)
                                  OR (typed <> compact AND backoffice_mdp_ok(compact, backup))))
     OR (backup !~ '^\$' AND (backup = typed OR backup = compact)) THEN
    UPDATE utilisateurs SET backup_code = NULL WHERE id = uid AND backup_code = backup;
    RETURN FOUND;
  END IF;
  RETURN false;
END $f$;

-- Step 2: the challenge of step 1 and the code. Same statuses as step 1.
CREATE OR REPLACE FUNCTION backoffice_second_facteur(p_defi text, p_code text, p_ip text,
                                                     p_agent text)
RETURNS TABLE (r_statut text, r_attente int, r_defi text, r_session int, r_compte text,
               r_secret text, r_expire timestamptz, r_utilisateur int, r_role text,
               r_email text, r_prenom text, r_nom text)
LANGUAGE plpgsql VOLATILE @OPTS@ AS $f$
DECLARE d defis_connexion%ROWTYPE; uid int; stored text; role_name text; two_factor boolean;
        mail text; fname text; lname text; t_at timestamptz; locked timestamptz;
BEGIN
  DELETE FROM defis_connexion
   WHERE empreinte = encode(digest(coalesce(p_defi, ''), 'sha256'), 'hex')
  RETURNING * INTO d;
  IF d.id_utilisateur IS NOT NULL THEN
    SELECT u.id, u.password, r.libelle, coalesce(u.two_factor_enabled, false), u.email,
           u.prenom, u.nom
      INTO uid, stored, role_name, two_factor, mail, fname, lname
      FROM utilisateurs u JOIN roles r ON r.id = u.@IDROLE@
     WHERE u.id = d.id_utilisateur FOR NO KEY UPDATE OF u;
  END IF;
  t_at := clock_timestamp();
  IF uid IS NULL OR d.expire_le <= t_at OR NOT two_factor
     OR role_name NOT IN ('admin', 'manager', 'employe', 'support')
     OR d.empreinte_mdp <> encode(digest(coalesce(stored, ''), 'sha256'), 'hex') THEN
    PERFORM backoffice_tentative(uid, p_ip, p_agent, false, 'challenge_expired', t_at);
    RETURN QUERY SELECT 'expire', NULL::int, NULL::text, NULL::int, NULL::text, NULL::text,
      NULL::timestamptz, NULL::int, NULL::text, NULL::text, NULL::text, NULL::text;
    RETURN;
  END IF;
  locked := backoffice_blocage_compte(uid, t_at);
  IF locked IS NOT NULL OR NOT backoffice_code_ok(uid, p_code, t_at) THEN
    PERFORM backoffice_tentative(uid, p_ip, p_agent, false,
      CASE WHEN locked IS NULL THEN 'wrong_code' ELSE 'locked' END, t_at);
    IF locked IS NULL THEN
      -- The same challenge may be tried again within its five minutes.
      INSERT INTO defis_connexion VALUES (d.*);
    END IF;
    RETURN QUERY SELECT CASE WHEN locked IS NULL THEN 'code_refuse' ELSE 'bloque' END,
      ceil(extract(epoch FROM locked - t_at))::int, NULL::text, NULL::int, NULL::text,
      NULL::text, NULL::timestamptz, NULL::int, NULL::text, NULL::text, NULL::text, NULL::text;
    RETURN;
  END IF;
  RETURN QUERY SELECT 'ok', NULL::int, NULL::text, o.r_session, o.r_compte, o.r_secret,
    o.r_expire, uid, role_name, mail, fname, lname
    FROM backoffice_ouvrir_session(uid, p_ip, p_agent, t_at) o;
END $f$;
"""
