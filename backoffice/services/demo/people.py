"""The demo's people: roles, staff and customer accounts, their addresses."""

from __future__ import annotations

from collections.abc import Iterator

from backoffice.models.enums import RoleName
from backoffice.services.demo.base import DAY, EMAIL_DOMAINS, ROLE_ORDER, GeneratorBase


class PeopleRows(GeneratorBase):
    """``roles``, ``utilisateurs``, ``adresses``."""

    def roles_rows(self, existing: dict[str, int]) -> Iterator[tuple[object, ...]]:
        """The five roles; ids already in the table are kept, missing roles get new ids."""
        next_id = max(existing.values(), default=0) + 1
        created = self.dt(self.window_start - 800 * DAY)
        for role in ROLE_ORDER:
            if role.value in existing:
                continue
            self.role_ids[role.value] = next_id
            yield (next_id, role.value, created)
            next_id += 1

    def users_rows(self) -> Iterator[tuple[object, ...]]:
        """Staff and demo client accounts first (ids 1..5), then the generated customers."""
        rng = self.rng
        staff_since = self.window_start - 600 * DAY
        user_id = 0
        for role, email, totp in self.demo_accounts:
            user_id += 1
            prenom, nom = {
                RoleName.ADMIN: ("Alice", "Administratrice"),
                RoleName.MANAGER: ("Marc", "Gérant"),
                RoleName.EMPLOYE: ("Émilie", "Employée"),
                RoleName.SUPPORT: ("Sofiane", "Support"),
                RoleName.CLIENT: ("Claire", "Cliente"),
            }[role]
            street = "12 rue de la Démo"
            if role is RoleName.CLIENT:
                since = self.window_start - 200 * DAY
                self._register_customer(user_id, since, f"{prenom} {nom}", street, "75011", "Paris")
            else:
                self.staff_ids[role] = user_id
                since = staff_since
            yield (
                user_id,
                email,
                email.split("@")[0],
                self.staff_password_hashes[role],
                nom,
                prenom,
                street,
                "75011",
                "Paris",
                self._phone(),
                self.role_ids[role.value],
                self.dt(since),
                self.dt(self.now - rng.randrange(1, 3 * DAY)),
                totp,
                totp is not None,
                0,
            )
        # Registration dates are sorted by id, so "customers registered before t" is an id
        # prefix: orders pick their customer in it and never predate the registration.
        n = self.scale.customers
        first = self.window_start - 900 * DAY
        span = self.now - 2 * DAY - first
        since_list = sorted(first + int(span * rng.random() ** 1.3) for _ in range(n))
        client_role = self.role_ids[RoleName.CLIENT.value]
        first_names, last_names = self.first_names, self.last_names
        first_folded, last_folded = self.first_folded, self.last_folded
        streets, places = self.streets, self.places
        password = self.customer_password_hash
        for since in since_list:
            user_id += 1
            fi = rng.randrange(len(first_names))
            li = rng.randrange(len(last_names))
            prenom, nom = first_names[fi], last_names[li]
            local = f"{first_folded[fi]}.{last_folded[li]}{user_id}"
            street = streets[rng.randrange(len(streets))]
            code_postal, ville = places[rng.randrange(len(places))]
            self._register_customer(user_id, since, f"{prenom} {nom}", street, code_postal, ville)
            yield (
                user_id,
                f"{local}@{EMAIL_DOMAINS[user_id % 3]}",
                local,
                password,
                nom,
                prenom,
                street,
                code_postal,
                ville,
                self._phone(),
                client_role,
                self.dt(since),
                self.dt(since + int((self.now - since) * rng.random())),
                None,
                False,
                rng.randrange(0, 500, 10),
            )

    def _register_customer(
        self, user_id: int, since: int, full_name: str, street: str, code_postal: str, ville: str
    ) -> None:
        self.customer_ids.append(user_id)
        self.customer_since.append(since)
        self.customer_address.append(f"{full_name}\n{street}\n{code_postal} {ville}\nFrance")
        self._address_parts.append((full_name, street, code_postal, ville))

    def addresses_rows(self) -> Iterator[tuple[object, ...]]:
        """One default address per customer (their account address), a second for some."""
        rng = self.rng
        address_id = 0
        for user_id, since, (full_name, street, code_postal, ville) in zip(
            self.customer_ids, self.customer_since, self._address_parts, strict=True
        ):
            address_id += 1
            created = self.dt(since)
            yield (
                address_id,
                user_id,
                "Domicile",
                "livraison",
                full_name,
                street,
                None,
                code_postal,
                ville,
                "France",
                None,
                True,
                created,
                None,
            )
            if rng.random() < 0.35:
                address_id += 1
                other_street = self.streets[rng.randrange(len(self.streets))]
                other_cp, other_ville = self.places[rng.randrange(len(self.places))]
                when = self.dt(since + rng.randrange(DAY, 60 * DAY))
                yield (
                    address_id,
                    user_id,
                    rng.choice(("Travail", "Parents", "Résidence secondaire")),
                    rng.choice(("livraison", "facturation")),
                    full_name,
                    other_street,
                    rng.choice((None, None, "Bâtiment B", "Appartement 12")),
                    other_cp,
                    other_ville,
                    "France",
                    None,
                    False,
                    when,
                    when,
                )
        self.address_count = address_id
